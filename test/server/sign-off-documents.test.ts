/**
 * The 单位负责人's sign-off in the generated documents, on SQLite and on PostgreSQL: where the region asks for the
 * sign-off and the report was signed off, the document job's Word files name the 负责人 and the day of the
 * sign-off (from the report's history) in the signature block; a report not signed off is signed by the unit alone.
 */
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chineseDate } from "../../src/core/narrative/self-evaluation/signature-lines.ts";
import { readDocxText } from "../../src/documents/read-docx-text.ts";
import type { ApiClient } from "../support/api-client.ts";
import { cleanDataset, DIALECTS, startTestRegion, type TestRegion } from "../support/server-harness.ts";
import { act } from "../support/submittable-report.ts";

describe.each(DIALECTS)("the 单位负责人's sign-off in the documents on %s", (dialect) => {
  let region: TestRegion;
  beforeAll(async () => {
    region = await startTestRegion(dialect);
  }, 60_000);
  afterAll(async () => region?.close());

  const newReport = async (filler: ApiClient, year: number) => {
    const unitId = (await filler.get("/api/session")).body.user.unit.id as string;
    const created = await filler.post("/api/reports", {
      unitId,
      year,
      profileId: "sichuan",
      dataset: cleanDataset(year, "凉山州科学技术协会"),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    return { id: created.body.id as string, version: created.body.version as number };
  };

  /** The text of every report (.docx …自评报告) of the report's document package, made by the document job. */
  const documentTexts = async (client: ApiClient, id: string): Promise<string[]> => {
    const started = await client.post(`/api/reports/${id}/documents`, { pdf: false });
    expect(started.status, JSON.stringify(started.body)).toBe(200);
    let job = (await client.get(`/api/jobs/${started.body.jobId}`)).body;
    // The region's own runner takes the job; waited for as the page polls it.
    for (let i = 0; i < 600 && job.status !== "done" && job.status !== "failed"; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      job = (await client.get(`/api/jobs/${started.body.jobId}`)).body;
    }
    expect(job.status, job.message).toBe("done");
    const download = await region.app.request(`/api/jobs/${started.body.jobId}/download`, {
      headers: { cookie: client.cookie },
    });
    expect(download.status).toBe(200);
    const entries = unzipSync(new Uint8Array(await download.arrayBuffer()));
    return Object.entries(entries)
      .filter(([name]) => /自评报告.*\.docx$/.test(name))
      .map(([, data]) => readDocxText(data));
  };

  it("prints the 负责人 and the sign-off day once signed off, and only the unit before", async () => {
    const admin = await region.signedIn("admin");
    const filler = await region.signedIn("filler");
    const leader = await region.signedIn("unitLeader");
    expect((await admin.put("/api/region/settings", { signOffRequired: true })).status).toBe(200);
    const { id, version: created } = await newReport(filler, 2026);

    const pending = await act(filler, id, "submitForSignOff", created);
    const unsigned = await documentTexts(filler, id);
    expect(unsigned.length).toBeGreaterThan(0);
    for (const text of unsigned) {
      expect(text).toContain("凉山州科学技术协会");
      expect(text).not.toContain("单位负责人：");
    }

    await act(leader, id, "signOff", pending);
    const history = (await filler.get(`/api/reports/${id}/history`)).body.transitions as {
      action: string;
      actorName: string;
      at: string;
    }[];
    const signOff = history.find((t) => t.action === "signOff");
    expect(signOff?.actorName).toBe("演示单位负责人");
    const day = chineseDate(signOff?.at ?? "");
    expect(day).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    const signed = await documentTexts(filler, id);
    expect(signed.length).toBe(unsigned.length);
    for (const text of signed) expect(text).toContain(`凉山州科学技术协会\n单位负责人：演示单位负责人\n${day}`);
  }, 120_000);
});
