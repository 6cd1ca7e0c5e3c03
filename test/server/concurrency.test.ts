/**
 * Fifty sessions of one 填报人 change the same indicator at the same moment, all from the same version: in every
 * round exactly one write wins (200) and the other 49 are told the report moved on (409, with the current version);
 * the stored version goes up by exactly one, the stored value is the winner's, and the history holds exactly one
 * version per win with the winner's change — no lost update, on SQLite and on PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient, ApiResponse } from "../support/api-client.ts";
import { DIALECTS, startTestRegion, type TestRegion } from "../support/server-harness.ts";

const CLIENTS = 50;
const ROUNDS = 6;
const FIELD_PATH = "projects[0].evaluation.indicators[0].actual";

describe.each(DIALECTS)("50 concurrent writers on %s", (dialect) => {
  let region: TestRegion;
  let clients: ApiClient[];
  let reportId: string;
  let fillerId: string;

  const stored = async () => {
    const report = await region.services.reports.find(reportId);
    if (!report) throw new Error("report missing");
    return {
      version: report.version,
      actual: JSON.parse(report.dataset).projects[0].evaluation.indicators[0].actual as string | undefined,
    };
  };
  const rowCount = async (table: "report_versions" | "transitions" | "comments" | "sessions") =>
    Number(
      (
        await region.services.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    region = await startTestRegion(dialect);
    // Fifty separate sign-ins of the same account: fifty sessions, each with its own cookie and CSRF token.
    clients = [];
    for (let i = 0; i < CLIENTS; i++) clients.push(await region.signedIn("filler"));
    expect(new Set(clients.map((c) => c.cookie)).size).toBe(CLIENTS);
    const first = clients[0] as ApiClient;
    fillerId = (await first.get("/api/session")).body.user.id;
    const listed = (await first.get("/api/reports")).body.reports as { id: string; year: number }[];
    reportId = (listed.find((r) => r.year === 2023) as { id: string }).id;
  }, 120_000);
  afterAll(async () => region?.close());

  it(`${CLIENTS} sessions × ${ROUNDS} rounds on one indicator: one 200 per round, ${CLIENTS - 1} × 409, nothing lost`, async () => {
    const path = `/api/reports/${reportId}/projects/0/indicators/0`;
    const start = await stored();
    const transitionsBefore = await rowCount("transitions");
    const commentsBefore = await rowCount("comments");
    let previous = start;
    const winners: { version: number; value: string; before: string | undefined }[] = [];

    for (let round = 0; round < ROUNDS; round++) {
      const versionsBefore = await rowCount("report_versions");
      const version = previous.version;
      // Every client sends at once, all based on the same version; client i writes its own number.
      const responses: ApiResponse[] = await Promise.all(
        clients.map((client, i) => client.patch(path, { version, fields: { actual: `${i + 1}` } })),
      );

      const won = responses.flatMap((r, i) => (r.status === 200 ? [i] : []));
      expect(won, `round ${round}: ${JSON.stringify(responses.map((r) => r.status))}`).toHaveLength(1);
      const winner = won[0] as number;
      const lost = responses.filter((r) => r.status === 409);
      expect(lost).toHaveLength(CLIENTS - 1);
      expect((responses[winner] as ApiResponse).body.version).toBe(version + 1);
      for (const response of lost) {
        expect(response.body.error).toContain("已被他人修改");
        expect(response.body.details).toEqual({ yourVersion: version, currentVersion: version + 1 });
      }

      // Stored: the version went up by exactly one, and the value is the winner's.
      const now = await stored();
      expect(now.version).toBe(version + 1);
      expect(now.actual).toBe(`${winner + 1}`);
      // Exactly one new history row, by the filler, with exactly the winner's change.
      expect(await rowCount("report_versions")).toBe(versionsBefore + 1);
      winners.push({ version: version + 1, value: `${winner + 1}`, before: previous.actual });
      previous = now;
    }

    const rows = await region.services.database.db
      .selectFrom("report_versions")
      .select(["version", "reason", "changes", "changed_by"])
      .where("report_id", "=", reportId)
      .where("version", ">", start.version)
      .orderBy("version")
      .execute();
    expect(rows.map((r) => r.version)).toEqual(winners.map((w) => w.version));
    for (const [i, row] of rows.entries()) {
      const win = winners[i] as (typeof winners)[number];
      expect(row.reason).toBe("edit");
      expect(row.changed_by).toBe(fillerId);
      // The same client may win twice in a row: its second write then changes nothing.
      const expected = win.before === win.value ? [] : [{ path: FIELD_PATH, before: win.before, after: win.value }];
      const changes = (JSON.parse(row.changes) as { path: string; before: unknown; after: unknown }[]).map(
        ({ path, before, after }) => ({ path, before, after }),
      );
      expect(changes).toEqual(expected);
    }
    expect((await stored()).version).toBe(start.version + ROUNDS);
    expect(await rowCount("transitions")).toBe(transitionsBefore);
    expect(await rowCount("comments")).toBe(commentsBefore);

    // Replaying the history gives back each winner's value at its version.
    const reader = clients[0] as ApiClient;
    const diff = await reader.get(`/api/reports/${reportId}/diff?from=${start.version}&to=${start.version + ROUNDS}`);
    expect(diff.status).toBe(200);
    const last = winners[winners.length - 1] as (typeof winners)[number];
    const change = (diff.body.changes as { path: string; before: unknown; after: unknown }[])
      .filter((c) => c.path === FIELD_PATH)
      .map(({ path, before, after }) => ({ path, before, after }));
    expect(change).toEqual(
      start.actual === last.value ? [] : [{ path: FIELD_PATH, before: start.actual, after: last.value }],
    );
  }, 180_000);

  it(`${CLIENTS} sessions all sending a stale version at once: ${CLIENTS} × 409, nothing written`, async () => {
    const before = await stored();
    const versionsBefore = await rowCount("report_versions");
    const responses = await Promise.all(
      clients.map((client, i) =>
        client.patch(`/api/reports/${reportId}/projects/0/indicators/0`, {
          version: before.version - 1,
          fields: { actual: `stale-${i}` },
        }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array.from({ length: CLIENTS }, () => 409));
    for (const response of responses) expect(response.body.details.currentVersion).toBe(before.version);
    expect(await stored()).toEqual(before);
    expect(await rowCount("report_versions")).toBe(versionsBefore);
  }, 60_000);
});
