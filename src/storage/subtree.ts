/**
 * "This unit and everything below it" as a condition on a materialized unit path ("/<root>/…/<id>/"). Written as a
 * prefix comparison rather than LIKE, whose escaping differs between SQLite and PostgreSQL.
 * @module
 */
import { type RawBuilder, sql } from "kysely";

export function underPath(column: string, prefix: string): RawBuilder<boolean> {
  return sql<boolean>`substr(${sql.ref(column)}, 1, ${prefix.length}) = ${prefix}`;
}
