/**
 * The private PostgreSQL cluster of the global set-up: the right version, isolated databases, loopback only.
 */
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createTestDatabase } from "./support/postgres-cluster.ts";

const clients: pg.Client[] = [];

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  clients.push(client);
  return client;
}

afterAll(async () => {
  await Promise.all(clients.map((c) => c.end()));
});

describe("PostgreSQL 测试集群", () => {
  const url = inject("postgresUrl");

  it("提供 127.0.0.1 上的 jixiao_test 数据库 URL", () => {
    expect(url).toMatch(/^postgres:\/\/app@127\.0\.0\.1:\d+\/jixiao_test$/);
  });

  it("是 PostgreSQL 15", async () => {
    const client = await connect(url);
    const { rows } = await client.query<{ version: string }>("select version()");
    expect(rows[0]?.version).toContain("PostgreSQL 15");
  });

  it("只监听 127.0.0.1", async () => {
    const client = await connect(url);
    const { rows } = await client.query<{ listen_addresses: string }>("show listen_addresses");
    expect(rows[0]?.listen_addresses).toBe("127.0.0.1");
  });

  it("createTestDatabase 建立彼此隔离的数据库，可建表、写入、读回", async () => {
    const name = `jx_cluster_${process.pid}_${Date.now()}`;
    const isolatedUrl = await createTestDatabase(url, name);
    expect(isolatedUrl).toBe(url.replace(/\/jixiao_test$/, `/${name}`));

    const isolated = await connect(isolatedUrl);
    const { rows: current } = await isolated.query<{ db: string }>("select current_database() as db");
    expect(current[0]?.db).toBe(name);

    await isolated.query("create table item (id integer primary key, title text not null)");
    await isolated.query("insert into item (id, title) values ($1, $2)", [1, "绩效自评"]);
    const { rows } = await isolated.query<{ id: number; title: string }>("select id, title from item");
    expect(rows).toEqual([{ id: 1, title: "绩效自评" }]);

    // The table lives in the new database only.
    const shared = await connect(url);
    const { rows: elsewhere } = await shared.query<{ t: string | null }>(
      "select to_regclass('public.item')::text as t",
    );
    expect(elsewhere[0]?.t).toBeNull();
  });

  it("createTestDatabase 拒绝不合法的名称", async () => {
    await expect(createTestDatabase(url, 'x"; drop database jixiao_test; --')).rejects.toThrow("测试数据库名称不合法");
  });
});
