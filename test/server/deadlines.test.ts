/**
 * Report years and their deadlines, and notifications, on SQLite and PostgreSQL: a 管理员 sees each year of the demo
 * region with its counts and its overdue reports (every demo deadline, 30 April of the year after, has passed), sets
 * one deadline for a year over the region (its reports take it, a report started later too), a 主管部门审核人 over
 * their own subtree only; a 填报人 and another region are refused with nothing changed. The 零陵 填报人 is told of a
 * near deadline, of a return with the reviewer's comment and of an approval, and marks them read.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient, ApiResponse } from "../support/api-client.ts";
import { expectRefusedUnchanged } from "../support/database-snapshot.ts";
import { DIALECTS, startTestRegion, type TestRegion } from "../support/server-harness.ts";
import { act, correctAndSave, LINGLING, linglingFiller } from "../support/submittable-report.ts";

const DAY_MS = 24 * 60 * 60 * 1000;
const FUTURE = "2099-04-30T16:00:00.000Z";
const PAST = "2025-06-30T16:00:00.000Z";

interface YearRow {
  year: number;
  dueAt: string | null;
  dueAtUnitName: string | null;
  reportCount: number;
  submittedCount: number;
  overdueCount: number;
  withoutDueAtCount: number;
  earliestDueAt: string | null;
  latestDueAt: string | null;
}

describe.each(DIALECTS)("report years, deadlines and notifications on %s", (dialect) => {
  let region: TestRegion;
  let admin: ApiClient;
  let department: ApiClient;
  let filler: ApiClient;
  let units: { id: string; name: string; kind: string; parentId: string | null }[];

  const years = async (client: ApiClient, unitId?: string) => {
    const answer = await client.get(`/api/report-years${unitId ? `?unitId=${unitId}` : ""}`);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return answer.body as { unitId: string; unitName: string; years: YearRow[] };
  };
  const yearOf = async (client: ApiClient, year: number, unitId?: string) =>
    (await years(client, unitId)).years.find((row) => row.year === year) as YearRow;
  const refused = (attempt: () => Promise<ApiResponse>, status: number) =>
    expectRefusedUnchanged(region, attempt, status);

  beforeAll(async () => {
    region = await startTestRegion(dialect);
    admin = await region.signedIn("admin");
    department = await region.signedIn("departmentReviewer");
    filler = await region.signedIn("filler");
    units = (await admin.get("/api/units")).body.units;
  }, 120_000);
  afterAll(async () => region?.close());

  it("lists each year of the region with its reports, and every demo report overdue", async () => {
    const answer = await years(admin);
    expect(answer.unitName).toBe("演示地区财政局");
    expect(answer.years.map((row) => row.year)).toEqual([2024, 2023, 2022]);
    expect(answer.years.find((row) => row.year === 2023)).toEqual({
      year: 2023,
      dueAt: null,
      dueAtUnitName: null,
      reportCount: 2,
      submittedCount: 0,
      overdueCount: 2,
      withoutDueAtCount: 0,
      earliestDueAt: "2024-04-30T16:00:00.000Z",
      latestDueAt: "2024-04-30T16:00:00.000Z",
    });
  });

  it("sets one deadline for a year over the region: its reports take it, a report started later too", async () => {
    const set = await admin.put("/api/report-years/2023/deadline", { dueAt: FUTURE });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body).toEqual({ ok: true, year: 2023, unitId: units[0]?.id, dueAt: FUTURE, updatedReports: 2 });
    expect(await yearOf(admin, 2023)).toMatchObject({
      dueAt: FUTURE,
      dueAtUnitName: "演示地区财政局",
      overdueCount: 0,
      earliestDueAt: FUTURE,
      latestDueAt: FUTURE,
    });
    // The other region's 2023 report is not in this subtree and keeps its own (no) deadline.
    expect((await region.services.reports.find(region.other.reportId))?.due_at).toBeNull();
    // The workspace's whole-report answer shows the new deadline at once (it is cached per version).
    const own = ((await filler.get("/api/reports")).body.reports as { id: string; year: number }[]).find(
      (r) => r.year === 2023,
    ) as { id: string };
    expect((await filler.get(`/api/reports/${own.id}/full`)).body.report.dueAt).toBe(FUTURE);

    const parent = units.find((u) => u.kind === "department") as { id: string };
    const unitId = (await admin.post("/api/units", { parentId: parent.id, name: "后来的单位", kind: "unit" })).body
      .id as string;
    const later = await admin.post("/api/reports", { unitId, year: 2023 });
    expect(later.status, JSON.stringify(later.body)).toBe(200);
    expect((await region.services.reports.find(later.body.id))?.due_at).toBe(FUTURE);
    const otherYear = await admin.post("/api/reports", { unitId, year: 2025 });
    expect((await region.services.reports.find(otherYear.body.id))?.due_at).toBeNull();
    expect(await yearOf(admin, 2023)).toMatchObject({ reportCount: 3, overdueCount: 0 });
  });

  it("a 主管部门审核人 sets a deadline over their own subtree only, and a later one over the region overrides it", async () => {
    const parent = units.find((u) => u.kind === "department") as { id: string; name: string };
    const set = await department.put("/api/report-years/2023/deadline", { dueAt: PAST });
    expect(set.body).toMatchObject({ unitId: parent.id, updatedReports: 3 });
    expect(await yearOf(admin, 2023)).toMatchObject({ dueAt: FUTURE, overdueCount: 3, latestDueAt: PAST });
    expect(await yearOf(admin, 2023, parent.id)).toMatchObject({ dueAt: PAST, dueAtUnitName: parent.name });
    expect(await yearOf(department, 2023)).toMatchObject({ dueAt: PAST, overdueCount: 3 });

    expect((await admin.put("/api/report-years/2023/deadline", { dueAt: FUTURE })).body.updatedReports).toBe(3);
    expect(await yearOf(department, 2023)).toMatchObject({ dueAt: FUTURE, dueAtUnitName: "演示地区财政局" });
    // A year with no report yet: the deadline is kept for the reports to come and the year is listed.
    expect((await admin.put("/api/report-years/2026/deadline", { dueAt: FUTURE })).body.updatedReports).toBe(0);
    expect(await yearOf(admin, 2026)).toMatchObject({ dueAt: FUTURE, reportCount: 0 });
    // Cleared: the year's reports have no deadline any more.
    expect((await admin.put("/api/report-years/2026/deadline", { dueAt: null })).body.updatedReports).toBe(0);
    expect((await years(admin)).years.map((row) => row.year)).not.toContain(2026);
  });

  it("refuses a 填报人, another region, a bad year and a bad date, and changes nothing", async () => {
    expect((await refused(() => filler.get("/api/report-years"), 403)).body.error).toContain("填报人无权");
    await refused(() => filler.put("/api/report-years/2023/deadline", { dueAt: PAST }), 403);
    const otherFinance = await region.signedIn("otherFinance");
    const parent = units.find((u) => u.kind === "department") as { id: string };
    await refused(() => otherFinance.put("/api/report-years/2023/deadline", { unitId: parent.id, dueAt: PAST }), 404);
    await refused(() => otherFinance.get(`/api/report-years?unitId=${parent.id}`), 404);
    await refused(() => department.put("/api/report-years/2023/deadline", { unitId: units[0]?.id, dueAt: PAST }), 404);
    expect((await refused(() => admin.put("/api/report-years/20x3/deadline", { dueAt: PAST }), 400)).body.error).toBe(
      "年度“20x3”无效：应为 2000–2100 之间的四位年份",
    );
    await refused(() => admin.put("/api/report-years/2023/deadline", { dueAt: "明天" }), 400);
  });

  it("a year's deadline reaches the 填报人's notifications: none while far, overdue once passed", async () => {
    expect((await filler.get("/api/notifications")).body.notifications).toEqual([]);
    await admin.put("/api/report-years/2023/deadline", { dueAt: PAST });
    const passed = (await filler.get("/api/notifications")).body;
    expect(passed.notifications).toMatchObject([
      { kind: "overdue", kindName: "已逾期", text: "凉山州科学技术协会 2023 年度报表已逾期未报（截止 2025-06-30）" },
    ]);
    expect(passed.unreadCount).toBe(1);
  });
});

describe.each(DIALECTS)("notifications of the 零陵 填报人 on %s", (dialect) => {
  let region: TestRegion;
  beforeAll(async () => {
    region = await startTestRegion(dialect);
  }, 120_000);
  afterAll(async () => region?.close());

  it("an overdue report, a near deadline, a return with its comment, an approval; read once looked at", async () => {
    const admin = await region.signedIn("admin");
    const department = await region.signedIn("departmentReviewer");
    const filler = region.client();
    const { reportId, version } = await linglingFiller(admin, filler);
    const notifications = async (client: ApiClient) => {
      const answer = await client.get("/api/notifications");
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      return answer.body as {
        notifications: { kind: string; text: string; comment: string; actorName: string | null; unread: boolean }[];
        unreadCount: number;
        seenAt: string | null;
      };
    };

    // The demo deadline (2025-04-30) has passed and the report is a draft: overdue.
    expect((await notifications(filler)).notifications).toMatchObject([
      { kind: "overdue", text: `${LINGLING} 2024 年度报表已逾期未报（截止 2025-04-30）`, unread: true },
    ]);
    const units = (await admin.get("/api/units")).body.units as { id: string; name: string }[];
    const lingling = units.find((u) => u.name === LINGLING) as { id: string };
    const soon = new Date(Date.now() + 3 * DAY_MS).toISOString();
    expect(
      (await admin.put("/api/report-years/2024/deadline", { unitId: lingling.id, dueAt: soon })).body.updatedReports,
    ).toBe(1);
    const near = await notifications(filler);
    expect(near.notifications).toMatchObject([{ kind: "dueSoon", unread: true }]);
    expect(near.unreadCount).toBe(1);

    let moved = await correctAndSave(filler, reportId, version);
    const awaitingLingling = async (client: ApiClient) =>
      (await notifications(client)).notifications.filter(
        (n) => n.kind === "awaitingAction" && n.text.startsWith(LINGLING),
      );
    expect(await awaitingLingling(department)).toEqual([]);
    moved = await act(filler, reportId, "submit", moved);
    // Submitted: it waits for the 主管部门审核人, who is told so; the 填报人 is not.
    expect(await awaitingLingling(department)).toMatchObject([
      { text: `${LINGLING} 2024 年度报表已提交（待主管部门审核），等待您处理`, unread: true },
    ]);
    expect(await awaitingLingling(filler)).toEqual([]);
    moved = await act(department, reportId, "departmentReturn", moved, "请补充项目佐证材料");
    expect(await awaitingLingling(department)).toEqual([]);
    const returned = await notifications(filler);
    // Returned: the unit holds the report again, so the deadline notice is back beside the return.
    expect(returned.notifications.map((n) => n.kind).sort()).toEqual(["dueSoon", "returned"]);
    expect(returned.notifications.find((n) => n.kind === "returned")).toMatchObject({
      text: `${LINGLING} 2024 年度报表：主管部门退回`,
      comment: "请补充项目佐证材料",
      actorName: "演示主管部门审核人",
      unread: true,
    });
    // The reviewer is not told of their own return; another region's user is told nothing of ours.
    expect((await notifications(department)).notifications.map((n) => n.kind)).not.toContain("returned");
    expect((await notifications(await region.signedIn("otherFiller"))).notifications).toEqual([]);

    const seen = await filler.post("/api/notifications/seen");
    expect(seen.status).toBe(200);
    const read = await notifications(filler);
    expect(read.unreadCount).toBe(0);
    expect(read.seenAt).toBe(seen.body.seenAt);
    expect(read.notifications.every((n) => !n.unread)).toBe(true);

    moved = await act(filler, reportId, "submit", moved);
    await act(department, reportId, "departmentApprove", moved);
    // Now the 财政 review waits: its reviewer is told, the 主管部门 no longer.
    expect(await awaitingLingling(department)).toEqual([]);
    expect(await awaitingLingling(await region.signedIn("financeReviewer"))).toHaveLength(1);
    const approved = await notifications(filler);
    expect(approved.notifications.map((n) => [n.kind, n.unread])).toEqual([
      ["approved", true],
      ["returned", false],
    ]);
    expect(approved.unreadCount).toBe(1);
  }, 60_000);
});
