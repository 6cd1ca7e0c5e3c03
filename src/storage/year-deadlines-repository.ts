/**
 * Year deadlines (migration 0007): the 截止日期 of a year set over a unit's subtree. Setting one gives every report
 * of that year in the subtree that deadline and keeps it for reports started later (the nearest unit above a new
 * report that has one decides), in one transaction: never some reports changed and others not.
 * @module
 */
import type { Kysely } from "kysely";
import { nowIso } from "./clock.ts";
import type { DatabaseSchema } from "./database-schema.ts";
import { underPath } from "./subtree.ts";

/** The ids of the units on a path, from the root down to the unit itself: "/a/b/c/" → [a, b, c]. */
function unitIdsOnPath(path: string): string[] {
  return path.split("/").filter((id) => id !== "");
}

export interface InheritedDeadline {
  year: number;
  dueAt: string;
  /** The unit it was set at (the unit itself or one above it). */
  unitId: string;
}

export class YearDeadlinesRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  /** Per year, the deadline a report of the unit at `unitPath` gets: the one set nearest above it (or at it). */
  async listInherited(unitPath: string): Promise<Map<number, InheritedDeadline>> {
    const ancestors = unitIdsOnPath(unitPath);
    const rows = await this.db
      .selectFrom("year_deadlines")
      .select(["unit_id", "year", "due_at"])
      .where("unit_id", "in", ancestors)
      .execute();
    const depth = (unitId: string) => ancestors.indexOf(unitId);
    const nearest = new Map<number, InheritedDeadline>();
    for (const row of rows.sort((a, b) => depth(a.unit_id) - depth(b.unit_id))) {
      nearest.set(row.year, { year: row.year, dueAt: row.due_at, unitId: row.unit_id });
    }
    return nearest;
  }

  /** The deadline a new report of `year` for the unit at `unitPath` gets, or null when none was set above it. */
  async findInherited(unitPath: string, year: number): Promise<string | null> {
    return (await this.listInherited(unitPath)).get(year)?.dueAt ?? null;
  }

  /** Years with a deadline set at a unit of the subtree under `unitPath` (the unit itself included). */
  async listYearsSetInSubtree(unitPath: string): Promise<number[]> {
    const rows = await this.db
      .selectFrom("year_deadlines")
      .innerJoin("units", "units.id", "year_deadlines.unit_id")
      .select("year_deadlines.year")
      .distinct()
      .where(underPath("units.path", unitPath))
      .execute();
    return rows.map((row) => row.year);
  }

  /**
   * Sets (or with null clears) the deadline of `year` over the subtree of the unit: its reports of that year get it,
   * a deadline set lower in the subtree for that year gives way to it, and it is kept for reports started later.
   * Returns how many reports now have it.
   */
  async setForSubtree(input: {
    unitId: string;
    unitPath: string;
    year: number;
    dueAt: string | null;
    userId: string;
  }): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      const below = trx.selectFrom("units").select("id").where(underPath("units.path", input.unitPath));
      await trx.deleteFrom("year_deadlines").where("year", "=", input.year).where("unit_id", "in", below).execute();
      const now = nowIso();
      if (input.dueAt !== null) {
        await trx
          .insertInto("year_deadlines")
          .values({ unit_id: input.unitId, year: input.year, due_at: input.dueAt, set_by: input.userId, set_at: now })
          .execute();
      }
      const result = await trx
        .updateTable("reports")
        // Not updated_at: the deadline is the reviewers', and 最近修改 of a region's reports should stay the units'.
        .set({ due_at: input.dueAt })
        .where("year", "=", input.year)
        .where("unit_id", "in", below)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    });
  }
}
