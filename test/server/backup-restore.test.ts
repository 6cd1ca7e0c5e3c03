/**
 * `jixiao backup` / `jixiao restore` on SQLite: the backup is a consistent copy taken while the database is open,
 * restore refuses a damaged or foreign file and changes nothing then, and a good restore brings the old rows back.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { openDatabase } from "../../src/storage/open-database.ts";
import { UnitsRepository } from "../../src/storage/units-repository.ts";

describe("backup and restore (SQLite)", () => {
  const dir = mkdtempSync(join(tmpdir(), "jixiao-backup-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const location = `sqlite:${join(dir, "jixiao.db")}`;
  const backup = join(dir, "backup.db");

  it("backs up an open database, and restores it after later changes", async () => {
    const database = await openDatabase(location);
    const units = new UnitsRepository(database.db);
    await units.create({ name: "备份前的财政局", kind: "finance", parentId: null });
    expect(await main(["backup", "--db", location, "--out", backup])).toBe(0);
    await units.create({ name: "备份后新增的财政局", kind: "finance", parentId: null });
    await database.close();

    expect(await main(["backup", "--db", location, "--out", backup])).toBe(2); // never overwrites a backup
    expect(await main(["restore", "--db", location, "--from", backup])).toBe(0);
    const reopened = await openDatabase(location);
    const names = (await reopened.db.selectFrom("units").select("name").execute()).map((u) => u.name);
    await reopened.close();
    expect(names).toEqual(["备份前的财政局"]);
  });

  it("refuses a damaged or foreign file and leaves the database alone", async () => {
    const damaged = join(dir, "damaged.db");
    writeFileSync(damaged, "这不是数据库");
    expect(await main(["restore", "--db", location, "--from", damaged])).toBe(2);
    expect(await main(["restore", "--db", location, "--from", join(dir, "missing.db")])).toBe(2);
    const database = await openDatabase(location);
    const names = (await database.db.selectFrom("units").select("name").execute()).map((u) => u.name);
    await database.close();
    expect(names).toEqual(["备份前的财政局"]);
  });

  it("prints pg_dump guidance for PostgreSQL", async () => {
    expect(await main(["backup", "--db", "postgres://app@127.0.0.1:5/x"])).toBe(0);
  });
});
