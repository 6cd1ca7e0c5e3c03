/**
 * GET /api/reports/:id/full answered from the process's cache of whole reports equals, byte for byte, the answer a
 * process without that cache builds from the database — after an edit (the dataset remembered by the write, the old
 * audit reused), after the audit of the edit is stored (the audit read alone, the dataset reused), after a deadline
 * is set (no new version) and after an edit made by another process (nothing of this one's usable). On both databases.
 * @module
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/server/create-app.ts";
import { FullReportCache } from "../../src/server/services/full-report-cache.ts";
import { createServices } from "../../src/server/services/services.ts";
import { ApiClient } from "../support/api-client.ts";
import { DIALECTS, startTestRegion, type TestRegion } from "../support/server-harness.ts";

describe.each(DIALECTS)("whole-report answers kept per report (%s)", (dialect) => {
  let region: TestRegion;
  beforeAll(async () => {
    region = await startTestRegion(dialect);
  }, 120_000);
  afterAll(async () => {
    await region?.close();
  });

  /** The same request on the region's app (with its cache) and on an app whose cache is empty. */
  async function bothAnswers(client: ApiClient, id: string): Promise<{ cached: string; fresh: string }> {
    const headers = { cookie: client.cookie };
    const cached = await region.app.request(`/api/reports/${id}/full`, { headers });
    const freshApp = createApp({ ...region.services, fullReports: new FullReportCache() });
    const fresh = await freshApp.request(`/api/reports/${id}/full`, { headers });
    expect(cached.status).toBe(200);
    expect(fresh.status).toBe(200);
    return { cached: await cached.text(), fresh: await fresh.text() };
  }

  it("gives what the database gives after edits, audits, a deadline and another process's edit", async () => {
    const filler = await region.signedIn("filler");
    const report = (await filler.get("/api/reports")).body.reports.find((r: { year: number }) => r.year === 2023);
    const id = report.id as string;
    const path = `/api/reports/${id}/projects/1/indicators/0`;

    const first = await bothAnswers(filler, id);
    expect(first.cached).toBe(first.fresh);

    // An edit: the new dataset is this process's, the audit still that of the version before (auditStale).
    const edited = await filler.patch(path, { version: report.version, fields: { actual: "3" } });
    expect(edited.status).toBe(200);
    const afterEdit = await bothAnswers(filler, id);
    expect(afterEdit.cached).toBe(afterEdit.fresh);
    const shown = JSON.parse(afterEdit.cached);
    expect(shown.report.version).toBe(edited.body.version);
    expect(shown.dataset.projects[1].evaluation.indicators[0].actual).toBe("3");

    // Its audit stored: the audit is new, the dataset the same.
    await region.services.audits.idle();
    const audited = await bothAnswers(filler, id);
    expect(audited.cached).toBe(audited.fresh);
    expect(JSON.parse(audited.cached).report.auditVersion).toBe(edited.body.version);
    expect(audited.cached).not.toBe(afterEdit.cached);

    // A deadline set by a reviewer: no new version, yet the answer shows it.
    const userId = (await filler.get("/api/session")).body.user.id as string;
    await region.services.reports.setDueAt(id, "2030-01-31T00:00:00.000Z", userId);
    const due = await bothAnswers(filler, id);
    expect(due.cached).toBe(due.fresh);
    expect(JSON.parse(due.cached).report.dueAt).toBe("2030-01-31T00:00:00.000Z");

    // An edit by another server process on the same database: this one reads the new version from the database.
    const otherServices = createServices(region.services.database);
    const otherApp = createApp(otherServices);
    const other = await otherApp.request(path, {
      method: "PATCH",
      headers: { cookie: filler.cookie, "x-csrf-token": filler.csrfToken, "content-type": "application/json" },
      body: JSON.stringify({ version: edited.body.version, fields: { actual: "4" } }),
    });
    expect(other.status).toBe(200);
    await otherServices.audits.idle();
    const afterOther = await bothAnswers(filler, id);
    expect(afterOther.cached).toBe(afterOther.fresh);
    expect(JSON.parse(afterOther.cached).dataset.projects[1].evaluation.indicators[0].actual).toBe("4");
    await otherServices.audits.stop();
  });
});
