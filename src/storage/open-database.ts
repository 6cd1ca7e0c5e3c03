/**
 * Opens the database a server or command works on: SQLite (the embedded default, a file in a data folder) or
 * PostgreSQL (`postgres://…`, for a region served by several processes). Runs the migrations before handing it out.
 * @module
 */
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient, SqliteDialect } from "kysely";
import pg from "pg";
import type { DatabaseSchema } from "./database-schema.ts";
import { migrateToLatest } from "./migrate.ts";

export type Dialect = "sqlite" | "postgres";

export interface Database {
  db: Kysely<DatabaseSchema>;
  dialect: Dialect;
  /** Where it is, without any password: "sqlite:/path/jixiao.db" or "postgres://host:port/name". */
  description: string;
  /** The open SQLite handle (for online backup and integrity checks); absent on PostgreSQL. */
  sqlite?: SQLite.Database;
  close(): Promise<void>;
}

// int8 (bigint, bigserial) as a JS number: amounts in 分 and log ids stay far below 2^53.
pg.types.setTypeParser(20, (text) => Number(text));

/** "sqlite:PATH", a bare path, or "postgres://…" / "postgresql://…". */
export async function openDatabase(location: string, options: { poolSize?: number } = {}): Promise<Database> {
  const database = /^postgres(ql)?:\/\//.test(location)
    ? openPostgres(location, options.poolSize ?? 20)
    : openSqlite(location);
  try {
    await migrateToLatest(database.db, database.dialect);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

function openSqlite(location: string): Database {
  const raw = location.replace(/^sqlite:/, "");
  const path = raw === ":memory:" ? raw : resolve(raw);
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SQLite(path);
  // WAL: readers never wait for the writer; NORMAL sync keeps every committed write through a process kill.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const db = new Kysely<DatabaseSchema>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return {
    db,
    dialect: "sqlite",
    description: `sqlite:${path}`,
    sqlite,
    close: () => db.destroy(),
  };
}

/**
 * Kysely prepares every query afresh; with better-sqlite3 a prepared statement can be reused, and preparing was a
 * sixth of the server's time under load. Statements are kept by their SQL text (which holds no values: those are
 * parameters), a bounded number of them.
 */
function withStatementCache(sqlite: SQLite.Database) {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (!statement) {
        statement = sqlite.prepare(sql);
        if (statements.size >= 500) statements.clear();
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}

function openPostgres(url: string, poolSize: number): Database {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection the database server drops (a restart, a failover) must not end the process: the pool makes
  // a new one for the next query, and a query meanwhile fails with its own error.
  pool.on("error", (error) => console.error(`[jixiao] 数据库连接中断（将自动重连）：${error.message}`));
  const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool: withNamedStatements(pool) }) });
  const parsed = new URL(url);
  return {
    db,
    dialect: "postgres",
    description: `postgres://${parsed.host}${parsed.pathname}`,
    close: () => db.destroy(),
  };
}

/** Distinct statements named per pool; beyond this, statements run unnamed (as kysely sends them). */
const MAX_NAMED_STATEMENTS = 300;
const NAMEABLE = /^\s*(select|insert|update|delete|with)\b/i;

/**
 * As withStatementCache for SQLite: kysely sends every query unnamed, so PostgreSQL parses and plans it each time,
 * and most requests run the same few statements. Here each distinct statement text gets a name, and node-postgres
 * prepares it once per connection and then only binds values. Statement texts hold no values (those are
 * parameters), so there are few of them; past a bound, new ones run unnamed.
 */
function withNamedStatements(pool: pg.Pool) {
  const names = new Map<string, string>();
  const nameOf = (text: string): string | undefined => {
    let name = names.get(text);
    if (!name && names.size < MAX_NAMED_STATEMENTS && NAMEABLE.test(text)) {
      name = `jx_${names.size + 1}`;
      names.set(text, name);
    }
    return name;
  };
  const wrapped: PostgresPool = {
    async connect() {
      const client = await pool.connect();
      const query = (text: unknown, values?: readonly unknown[]) => {
        // A cursor (streamed query) passes through as it is.
        if (typeof text !== "string") return client.query(text as pg.Submittable);
        const name = nameOf(text);
        return name
          ? client.query({ name, text, values: values as unknown[] })
          : client.query(text, values as unknown[]);
      };
      return { query: query as unknown as PostgresPoolClient["query"], release: () => client.release() };
    },
    end: () => pool.end(),
  };
  return wrapped;
}
