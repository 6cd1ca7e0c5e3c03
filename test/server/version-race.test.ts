/**
 * 50 clients update the same indicator at once, each with the version it read: in every round exactly one wins and
 * 49 get 409, the stored value is the winner's, and the history holds one version per win — no lost update, on
 * SQLite and on PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../support/api-client.ts";
import { DIALECTS, startTestRegion, type TestRegion } from "../support/server-harness.ts";

const CLIENTS = 50;
const ROUNDS = 4;

describe.each(DIALECTS)("concurrent edits on %s", (dialect) => {
  let region: TestRegion;
  let clients: ApiClient[];
  beforeAll(async () => {
    region = await startTestRegion(dialect);
    clients = [];
    for (let i = 0; i < CLIENTS; i++) clients.push(await region.signedIn(i % 2 === 0 ? "filler" : "unitReviewer"));
  }, 120_000);
  afterAll(async () => region?.close());

  it(`${CLIENTS} clients × ${ROUNDS} rounds: one winner per round, the rest 409, nothing lost`, async () => {
    const report = (await clients[0]?.get("/api/reports"))?.body.reports[0] as { id: string; version: number };
    const path = `/api/reports/${report.id}/projects/0/indicators/0`;
    let version = report.version;
    const winners: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const responses = await Promise.all(
        clients.map((client, i) => client.patch(path, { version, fields: { actual: `${round * 100 + i}` } })),
      );
      const wins = responses.map((r, i) => ({ status: r.status, i, body: r.body })).filter((r) => r.status === 200);
      expect(wins, `round ${round}`).toHaveLength(1);
      expect(responses.filter((r) => r.status === 409)).toHaveLength(CLIENTS - 1);
      const winner = wins[0] as { i: number; body: { version: number } };
      expect(winner.body.version).toBe(version + 1);
      version = winner.body.version;
      winners.push(`${round * 100 + winner.i}`);

      const stored = await region.services.reports.find(report.id);
      expect(stored?.version).toBe(version);
      const dataset = JSON.parse(stored?.dataset ?? "{}");
      expect(dataset.projects[0].evaluation.indicators[0].actual).toBe(winners[round]);
    }
    const edits = await region.services.database.db
      .selectFrom("report_versions")
      .select(["version", "changes"])
      .where("report_id", "=", report.id)
      .where("reason", "=", "edit")
      .orderBy("version")
      .execute();
    expect(edits.map((e) => e.version)).toEqual(Array.from({ length: ROUNDS }, (_, r) => report.version + r + 1));
    expect(edits.map((e) => JSON.parse(e.changes)[0].after)).toEqual(winners);
  }, 120_000);
});
