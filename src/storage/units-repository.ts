/** Units as a tree (财政部门 → 主管部门 → 单位 → 二级单位), each with a materialized path for subtree checks. */
import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { nowIso } from "./clock.ts";
import { underPath } from "./subtree.ts";
import type { DatabaseSchema, UnitKind, UnitRow } from "./database-schema.ts";

export interface NewUnit {
  name: string;
  kind: UnitKind;
  parentId: string | null;
  code?: string | null;
}

export class UnitsRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async create(unit: NewUnit, id: string = randomUUID()): Promise<UnitRow> {
    const parent = unit.parentId ? await this.find(unit.parentId) : null;
    if (unit.parentId && !parent) throw new Error(`上级单位不存在：${unit.parentId}`);
    const row: UnitRow = {
      id,
      parent_id: unit.parentId,
      path: `${parent?.path ?? "/"}${id}/`,
      name: unit.name,
      kind: unit.kind,
      code: unit.code ?? null,
      version: 1,
      created_at: nowIso(),
      sign_off_required: 0,
    };
    await this.db.insertInto("units").values(row).execute();
    return row;
  }

  async find(id: string): Promise<UnitRow | undefined> {
    return this.db.selectFrom("units").selectAll().where("id", "=", id).executeTakeFirst();
  }

  async findByName(name: string): Promise<UnitRow | undefined> {
    return this.db.selectFrom("units").selectAll().where("name", "=", name).executeTakeFirst();
  }

  /** The region's settings the workflow reads, from the root unit of the region `unitPath` lies in. */
  async regionSettings(unitPath: string): Promise<{ signOffRequired: boolean }> {
    const rootId = unitPath.split("/")[1] ?? "";
    const root = await this.db
      .selectFrom("units")
      .select("sign_off_required")
      .where("id", "=", rootId)
      .executeTakeFirst();
    return { signOffRequired: (root?.sign_off_required ?? 0) === 1 };
  }

  /** Sets the region's sign-off setting on its root unit; the caller has checked the unit is a root. */
  async setSignOffRequired(rootId: string, required: boolean): Promise<void> {
    await this.db
      .updateTable("units")
      .set({ sign_off_required: required ? 1 : 0 })
      .where("id", "=", rootId)
      .where("parent_id", "is", null)
      .execute();
  }

  /** The unit at `path` and everything below it, in tree order. */
  async listSubtree(path: string): Promise<UnitRow[]> {
    return this.db.selectFrom("units").selectAll().where(underPath("path", path)).orderBy("path").execute();
  }
}
