/**
 * Accounts: each session gets a public id (to list and end one without showing its token hash) with the address and
 * browser it was made from; login throttling remembers how often a key was locked (each lock lasts longer); and a
 * browser where a user has signed in before is remembered as a trusted device, whose sign-ins are counted on their
 * own, so someone without the password cannot lock the user out of it.
 * @module
 */
import { type Kysely, type Migration, sql } from "kysely";

export function accountsMigration(dialect: "sqlite" | "postgres"): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable("sessions").addColumn("id", "text").execute();
      await db.schema.alterTable("sessions").addColumn("address", "text").execute();
      await db.schema.alterTable("sessions").addColumn("user_agent", "text").execute();
      // Sessions made before this migration get a random id too.
      const randomId =
        dialect === "postgres" ? sql`md5(random()::text || token_hash)` : sql`lower(hex(randomblob(16)))`;
      await sql`update sessions set id = ${randomId} where id is null`.execute(db);
      await db.schema.createIndex("sessions_id").unique().on("sessions").column("id").execute();
      await db.schema.createIndex("sessions_user").on("sessions").column("user_id").execute();

      await db.schema
        .alterTable("login_attempts")
        .addColumn("lock_count", "integer", (c) => c.notNull().defaultTo(0))
        .execute();

      await db.schema
        .createTable("trusted_devices")
        .addColumn("token_hash", "text", (c) => c.primaryKey())
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("last_used_at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("trusted_devices_user").on("trusted_devices").column("user_id").execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable("trusted_devices").execute();
      await db.schema.alterTable("login_attempts").dropColumn("lock_count").execute();
      await db.schema.dropIndex("sessions_user").execute();
      await db.schema.dropIndex("sessions_id").execute();
      for (const column of ["user_agent", "address", "id"])
        await db.schema.alterTable("sessions").dropColumn(column).execute();
    },
  };
}
