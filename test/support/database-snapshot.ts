/**
 * Every row of every table of a test region's database (long texts and bytes as hashes), read once the background
 * audits are stored and this process's document jobs have run: what a refused request must leave exactly as it was. The tables are found by introspection,
 * so a table added by a migration is covered without being listed here.
 * @module
 */
import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import { expect } from "vitest";
import type { ApiResponse } from "./api-client.ts";
import type { TestRegion } from "./server-harness.ts";

export type DatabaseSnapshot = Record<string, Record<string, unknown>[]>;

const sha = (value: string | Uint8Array) => createHash("sha256").update(value).digest("hex");

function normalize(value: unknown): unknown {
  if (value instanceof Uint8Array) return `bytes:${value.byteLength}:${sha(value)}`;
  if (typeof value === "string" && value.length > 200) return `text:${value.length}:${sha(value)}`;
  return value;
}

export async function snapshotDatabase(region: Pick<TestRegion, "services">): Promise<DatabaseSnapshot> {
  await region.services.audits.idle();
  // A publication queues its PDF job; the rows of a job in hand change as it runs.
  await region.services.jobRunner.idle();
  const db = region.services.database.db as unknown as Kysely<Record<string, Record<string, unknown>>>;
  const tables = (await db.introspection.getTables())
    .map((t) => t.name)
    .filter((name) => !name.startsWith("jixiao_migrations"))
    .sort();
  const result: DatabaseSnapshot = {};
  for (const table of tables) {
    const rows = await db.selectFrom(table).selectAll().execute();
    result[table] = rows
      .map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, normalize(v)])))
      .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  }
  return result;
}

/**
 * Runs `attempt`, checks its status and that its error is in Chinese, and that not one row of any table changed:
 * what a refused request must be. Returns the answer, for its message.
 */
export async function expectRefusedUnchanged(
  region: Pick<TestRegion, "services">,
  attempt: () => Promise<ApiResponse>,
  status: number,
): Promise<ApiResponse> {
  const before = await snapshotDatabase(region);
  const response = await attempt();
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.body.error).toMatch(/[\u4e00-\u9fff]/);
  expect(await snapshotDatabase(region)).toEqual(before);
  return response;
}
