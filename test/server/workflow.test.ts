/**
 * A report walks from 草稿 to 已公开 with one return for revision, on SQLite and on PostgreSQL: every transition is
 * logged with who, when and the comment, editing is locked outside 草稿/退回, the reviewer sees what changed since the
 * last submission, and the public sees the report only once published.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Dataset } from "../../src/core/dataset/schema.ts";
import { cleanDataset, DIALECTS, startTestRegion, type TestRegion } from "../support/server-harness.ts";

describe.each(DIALECTS)("workflow on %s", (dialect) => {
  let region: TestRegion;
  beforeAll(async () => {
    region = await startTestRegion(dialect);
  }, 60_000);
  afterAll(async () => region?.close());

  it("goes 草稿 → 已提交 → 退回 → 已提交 → 主管部门通过 → 财政通过 → 已公开, locked between, with history", async () => {
    const filler = await region.signedIn("filler");
    const department = await region.signedIn("departmentReviewer");
    const finance = await region.signedIn("financeReviewer");
    const anonymous = region.client();
    const unitId = (await filler.get("/api/session")).body.user.unit.id;

    // A new 2025 report for the filler's own unit, with a clean dataset.
    const created = await filler.post("/api/reports", {
      unitId,
      year: 2025,
      profileId: "sichuan",
      dataset: cleanDataset(2025, "凉山州科学技术协会"),
    });
    expect(created.status).toBe(200);
    const id = created.body.id as string;
    let version = created.body.version as number;

    // The public cannot see a draft.
    expect((await anonymous.get(`/api/public/reports/${id}`)).status).toBe(404);

    const submitted = await filler.post(`/api/reports/${id}/transitions`, { action: "submit", version });
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe("submitted");
    version = submitted.body.version;

    // Locked while under review: the filler cannot edit.
    const lockedEdit = await filler.patch(`/api/reports/${id}/projects/0/indicators/0`, {
      version,
      fields: { actual: "11" },
    });
    expect(lockedEdit.status).toBe(423);
    expect(lockedEdit.body.error).toContain("已锁定");

    // A return needs a comment.
    expect(
      (await department.post(`/api/reports/${id}/transitions`, { action: "departmentReturn", version })).status,
    ).toBe(422);
    const returned = await department.post(`/api/reports/${id}/transitions`, {
      action: "departmentReturn",
      version,
      comment: "受益人次请附统计依据",
    });
    expect(returned.status).toBe(200);
    version = returned.body.version;

    // The filler sees the comment in the history and edits again.
    const history = await filler.get(`/api/reports/${id}/history`);
    expect(history.body.transitions.map((t: { action: string }) => t.action)).toEqual(["submit", "departmentReturn"]);
    expect(history.body.transitions[1].comment).toBe("受益人次请附统计依据");
    expect(history.body.transitions[1].actorName).toBe("演示主管部门审核人");
    const edited = await filler.patch(`/api/reports/${id}/projects/0/indicators/1`, {
      version,
      fields: { actual: "2350", reason: "依据：活动签到表" },
    });
    expect(edited.status).toBe(200);
    version = edited.body.version;
    const resubmitted = await filler.post(`/api/reports/${id}/transitions`, { action: "submit", version });
    expect(resubmitted.status).toBe(200);
    version = resubmitted.body.version;

    // The reviewer sees exactly what changed between the two submissions.
    const diff = await department.get(`/api/reports/${id}/diff`);
    expect(diff.status).toBe(200);
    expect(diff.body.changes.map((c: { path: string }) => c.path).sort()).toEqual([
      "projects[0].evaluation.indicators[1].actual",
      "projects[0].evaluation.indicators[1].reason",
    ]);
    expect(diff.body.changes.find((c: { path: string }) => c.path.endsWith("actual"))).toMatchObject({
      before: "2300",
      after: "2350",
    });

    // The filler cannot approve; the finance reviewer cannot act before the department.
    expect((await filler.post(`/api/reports/${id}/transitions`, { action: "departmentApprove", version })).status).toBe(
      403,
    );
    expect((await finance.post(`/api/reports/${id}/transitions`, { action: "financeApprove", version })).status).toBe(
      409,
    );

    for (const [client, action] of [
      [department, "departmentApprove"],
      [finance, "financeApprove"],
      [finance, "publish"],
    ] as const) {
      const moved = await client.post(`/api/reports/${id}/transitions`, { action, version });
      expect(moved.status, `${action}: ${JSON.stringify(moved.body)}`).toBe(200);
      version = moved.body.version;
    }

    const published = await anonymous.get(`/api/public/reports/${id}`);
    expect(published.status).toBe(200);
    expect(published.body.report.unitName).toBe("凉山州科学技术协会");
    expect(published.body.scores.projects[0].totalShown).toBe("99.80");
    expect((await anonymous.get("/api/public/reports")).body.reports.map((r: { id: string }) => r.id)).toEqual([id]);

    // Still locked once published, and the full log is there.
    expect(
      (await filler.patch(`/api/reports/${id}/projects/0/indicators/0`, { version, fields: { actual: "13" } })).status,
    ).toBe(423);
    const finalHistory = await finance.get(`/api/reports/${id}/history`);
    expect(finalHistory.body.transitions.map((t: { toStatus: string }) => t.toStatus)).toEqual([
      "submitted",
      "returned",
      "submitted",
      "departmentApproved",
      "financeApproved",
      "published",
    ]);
    const stored = await region.services.reports.find(id);
    expect(stored?.status).toBe("published");
    expect(stored?.published_at).not.toBeNull();
  });

  it("refuses to submit while error-level findings remain, and lists them", async () => {
    const filler = await region.signedIn("filler");
    const { reports } = (await filler.get("/api/reports")).body;
    const liangshan = reports.find((r: { year: number }) => r.year === 2023);
    const refused = await filler.post(`/api/reports/${liangshan.id}/transitions`, {
      action: "submit",
      version: liangshan.version,
    });
    expect(refused.status).toBe(422);
    expect(refused.body.details.findings.length).toBeGreaterThan(0);
    expect(refused.body.details.findings.map((f: { code: string }) => f.code)).toContain("SUM-PARTS");
    expect((await region.services.reports.find(liangshan.id))?.status).toBe("draft");
  });

  it("refuses to publish an approved report whose audit now has errors (a rule changed since approval)", async () => {
    const filler = await region.signedIn("filler");
    const department = await region.signedIn("departmentReviewer");
    const finance = await region.signedIn("financeReviewer");
    const unitId = (await filler.get("/api/session")).body.user.unit.id;
    const created = await filler.post("/api/reports", {
      unitId,
      year: 2027,
      profileId: "sichuan",
      dataset: cleanDataset(2027, "凉山州科学技术协会"),
    });
    const id = created.body.id as string;
    let version = created.body.version as number;
    for (const [client, action] of [
      [filler, "submit"],
      [department, "departmentApprove"],
      [finance, "financeApprove"],
    ] as const) {
      const moved = await client.post(`/api/reports/${id}/transitions`, { action, version });
      expect(moved.status, `${action}: ${JSON.stringify(moved.body)}`).toBe(200);
      version = moved.body.version;
    }
    // The approved dataset as a later rule set judges it: a template placeholder left in its narrative, which the
    // audit of the new rules reports as an error. Nothing the unit can do through the API writes it now (the report
    // is locked), so the row is changed in place, as an upgrade with a stricter check would leave it.
    const dataset = Dataset.parse({
      ...cleanDataset(2027, "凉山州科学技术协会"),
      narrative: [{ title: "一、部门基本情况", text: "20XX年度主要用于……" }],
    });
    await region.services.database.db
      .updateTable("reports")
      .set({ dataset: JSON.stringify(dataset) })
      .where("id", "=", id)
      .execute();

    const refused = await finance.post(`/api/reports/${id}/transitions`, { action: "publish", version });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatch(/^还有 \d+ 个错误级校验问题，不能公开：请退回单位改正$/);
    expect(refused.body.details.findings.map((f: { code: string }) => f.code)).toContain("PLACEHOLDER-TEXT");
    expect((await region.services.reports.find(id))?.status).toBe("financeApproved");
    expect((await region.client().get(`/api/public/reports/${id}`)).status).toBe(404);
  });

  it("saves an edit at once and brings its audit up to date off the request path", async () => {
    const filler = await region.signedIn("filler");
    const unitId = (await filler.get("/api/session")).body.user.unit.id;
    const created = await filler.post("/api/reports", {
      unitId,
      year: 2026,
      dataset: cleanDataset(2026, "凉山州科学技术协会"),
    });
    const id = created.body.id as string;
    const before = (await filler.get(`/api/reports/${id}/full`)).body;
    expect(before.report.auditStale).toBe(false);
    expect(before.scores.projects[0].totalShown).toBe("99.80");

    // 12 → 6 of ≥10 次: 50 × 6/10 = 30 instead of 50.
    const edited = await filler.patch(`/api/reports/${id}/projects/0/indicators/0`, {
      version: created.body.version,
      fields: { actual: "6" },
    });
    expect(edited.status).toBe(200);
    await region.services.audits.idle();
    const after = (await filler.get(`/api/reports/${id}/full`)).body;
    expect(after.report.version).toBe(edited.body.version);
    expect(after.report.auditVersion).toBe(edited.body.version);
    expect(after.report.auditStale).toBe(false);
    expect(after.scores.projects[0].totalShown).toBe("79.80");
    expect(after.scores.findings.map((f: { code: string }) => f.code)).toContain("REASON-MISSING");
  });

  it("rebuilds any version from its snapshot and the edits after it", async () => {
    const filler = await region.signedIn("filler");
    const report = (await filler.get("/api/reports")).body.reports.find((r: { year: number }) => r.year === 2023);
    const path = `/api/reports/${report.id}/projects/1/indicators/0`;
    const first = await filler.patch(path, { version: report.version, fields: { actual: "1" } });
    const second = await filler.patch(path, { version: first.body.version, fields: { actual: "2" } });
    const third = await filler.patch(path, { version: second.body.version, fields: { reason: "天气原因延期" } });
    expect(third.status).toBe(200);
    const diff = await filler.get(`/api/reports/${report.id}/diff?from=${first.body.version}&to=${third.body.version}`);
    expect(diff.body.changes).toEqual([
      {
        path: "projects[1].evaluation.indicators[0].actual",
        segments: ["projects", 1, "evaluation", "indicators", 0, "actual"],
        before: "1",
        after: "2",
      },
      {
        path: "projects[1].evaluation.indicators[0].reason",
        segments: ["projects", 1, "evaluation", "indicators", 0, "reason"],
        after: "天气原因延期",
      },
    ]);
    const history = await filler.get(`/api/reports/${report.id}/history`);
    const edits = history.body.versions.filter((v: { reason: string }) => v.reason === "edit").slice(-3);
    expect(edits.map((v: { hasSnapshot: boolean }) => v.hasSnapshot)).toEqual([false, false, false]);
    expect(edits[2].summary).toBe("修改 projects[1].evaluation.indicators[0].reason");
  });

  it("lets a 管理员 restore an earlier version as a new one, and nobody else", async () => {
    const filler = await region.signedIn("filler");
    const admin = await region.signedIn("admin");
    const { reports } = (await filler.get("/api/reports")).body;
    const report = reports.find((r: { year: number }) => r.year === 2023);
    const first = await filler.patch(`/api/reports/${report.id}/projects/0/indicators/0`, {
      version: report.version,
      fields: { actual: "90" },
    });
    expect(first.status).toBe(200);
    expect(
      (
        await filler.post(`/api/reports/${report.id}/restore`, {
          toVersion: report.version,
          version: first.body.version,
        })
      ).status,
    ).toBe(403);
    const restored = await admin.post(`/api/reports/${report.id}/restore`, {
      toVersion: report.version,
      version: first.body.version,
    });
    expect(restored.status).toBe(200);
    const now = await filler.get(`/api/reports/${report.id}/projects/0/indicators/0`);
    const original = await filler.get(
      `/api/reports/${report.id}/diff?from=${report.version}&to=${restored.body.version}`,
    );
    expect(original.body.changes).toEqual([]);
    expect(now.body.indicator.actual).not.toBe("90");
  });
});
