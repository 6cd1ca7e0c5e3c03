/**
 * The 单位负责人's sign-off, on SQLite and on PostgreSQL: where the region's setting asks for it, a submission goes to
 * the unit's 负责人 first (no way around it), who returns it to the 填报人 with a comment or signs it off — recorded
 * with who and when — and only then does it reach the 主管部门. Nobody else may sign off, nor a 负责人 of another
 * unit; where the region does not ask for it the unit submits straight to the 主管部门, as before.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../support/api-client.ts";
import { cleanDataset, DIALECTS, startTestRegion, type TestRegion } from "../support/server-harness.ts";
import { act } from "../support/submittable-report.ts";

const LEADER_PASSWORD = "department-leader-password";

describe.each(DIALECTS)("单位负责人 sign-off on %s", (dialect) => {
  let region: TestRegion;
  beforeAll(async () => {
    region = await startTestRegion(dialect);
  }, 60_000);
  afterAll(async () => region?.close());

  const transition = (client: ApiClient, id: string, action: string, version: number, comment?: string) =>
    client.post(`/api/reports/${id}/transitions`, { action, version, ...(comment ? { comment } : {}) });
  const headOf = async (client: ApiClient, id: string) =>
    (await client.get(`/api/reports/${id}`)).body.report as { status: string; version: number };
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

  it("is set by the region root's 管理员 only, and read by everyone in the region", async () => {
    const admin = await region.signedIn("admin");
    const filler = await region.signedIn("filler");
    expect((await filler.get("/api/region/settings")).body).toEqual({ signOffRequired: false });
    const refused = await filler.put("/api/region/settings", { signOffRequired: true });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toBe("填报人无权修改地区设置（需要：管理员）");
    expect((await filler.get("/api/region/settings")).body).toEqual({ signOffRequired: false });

    const set = await admin.put("/api/region/settings", { signOffRequired: true });
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ signOffRequired: true });
    expect((await filler.get("/api/region/settings")).body).toEqual({ signOffRequired: true });
    // The other region keeps its own setting.
    const otherFiller = await region.signedIn("otherFiller");
    expect((await otherFiller.get("/api/region/settings")).body).toEqual({ signOffRequired: false });
  });

  it("sends the submission to the 负责人 first: no skipping, only the unit's 负责人 decides, a return has a comment", async () => {
    const filler = await region.signedIn("filler");
    const leader = await region.signedIn("unitLeader");
    const unitReviewer = await region.signedIn("unitReviewer");
    const department = await region.signedIn("departmentReviewer");
    const { id, version: created } = await newReport(filler, 2026);

    // The plain submission is refused while the region asks for sign-off, and nothing changes.
    const skipped = await transition(filler, id, "submit", created);
    expect(skipped.status).toBe(409);
    expect(skipped.body.error).toBe("本地区要求报表先经单位负责人签字，请“提交单位负责人签字”，不能直接提交审核");
    expect(await headOf(filler, id)).toMatchObject({ status: "draft", version: created });

    let version = await act(filler, id, "submitForSignOff", created);
    expect((await headOf(filler, id)).status).toBe("signOffPending");
    // Locked while it waits, and in no reviewer's queue: the 主管部门 can neither see it waiting nor approve it.
    expect(
      (await filler.patch(`/api/reports/${id}/projects/0/indicators/0`, { version, fields: { actual: "11" } })).status,
    ).toBe(423);
    expect(
      (await department.get("/api/review-queue")).body.units.map((r: { reportId: string }) => r.reportId),
    ).not.toContain(id);
    const early = await transition(department, id, "departmentApprove", version);
    expect(early.status).toBe(409);
    expect(early.body.error).toBe("报表当前为“待单位负责人签字”，不能主管部门审核通过");
    // The 负责人's queue holds it.
    const leaderQueue = await leader.get("/api/review-queue");
    expect(leaderQueue.status).toBe(200);
    expect(leaderQueue.body.units.map((r: { reportId: string; status: string }) => [r.reportId, r.status])).toEqual([
      [id, "signOffPending"],
    ]);

    // Nobody but the 单位负责人 signs off: not the 填报人, not the 单位审核人, not a reviewer.
    for (const [client, name] of [
      [filler, "填报人"],
      [unitReviewer, "单位审核人"],
      [department, "主管部门审核人"],
    ] as const) {
      const refused = await transition(client, id, "signOff", version);
      expect(refused.status).toBe(403);
      expect(refused.body.error).toBe(`${name}无权单位负责人签字（需要：单位负责人）`);
    }
    // Nor a 单位负责人 above the unit, who can read the report but is not its unit's.
    const admin = await region.signedIn("admin");
    const departmentUnit = (await department.get("/api/session")).body.user.unit.id as string;
    const made = await admin.post("/api/users", {
      username: "department-leader",
      displayName: "主管部门负责人",
      password: LEADER_PASSWORD,
      role: "unitLeader",
      unitId: departmentUnit,
    });
    expect(made.status, JSON.stringify(made.body)).toBe(200);
    const otherLeader = region.client();
    expect((await otherLeader.signIn("department-leader", LEADER_PASSWORD)).status).toBe(200);
    const foreign = await transition(otherLeader, id, "signOff", version);
    expect(foreign.status).toBe(403);
    expect(foreign.body.error).toBe("只有本单位的用户才能单位负责人签字");
    expect(await headOf(filler, id)).toMatchObject({ status: "signOffPending", version });

    // The 负责人 returns it to the 填报人, with a comment (required).
    const bare = await transition(leader, id, "signOffReturn", version);
    expect(bare.status).toBe(422);
    expect(bare.body.error).toBe("单位负责人退回须填写意见");
    version = await act(leader, id, "signOffReturn", version, "请补充受众人数的统计依据");
    expect((await headOf(filler, id)).status).toBe("returned");
    const edited = await filler.patch(`/api/reports/${id}/projects/0/indicators/1`, {
      version,
      fields: { reason: "依据：活动签到表" },
    });
    expect(edited.status).toBe(200);
    version = edited.body.version as number;

    // Submitted again: the 负责人 sees what changed since the first submission. Then withdrawn before the 负责人
    // acts: back to 已退回, with its comment kept.
    const firstSubmission = created + 1;
    version = await act(filler, id, "submitForSignOff", version);
    const diff = (await leader.get(`/api/reports/${id}/diff`)).body;
    expect([diff.from, diff.to]).toEqual([firstSubmission, version]);
    expect(diff.changes.map((c: { path: string; after: unknown }) => [c.path, c.after])).toEqual([
      ["projects[0].evaluation.indicators[1].reason", "依据：活动签到表"],
    ]);
    version = await act(filler, id, "withdraw", version);
    expect((await headOf(filler, id)).status).toBe("returned");

    // Submitted again and signed off: on to the 主管部门's queue.
    version = await act(filler, id, "submitForSignOff", version);
    version = await act(leader, id, "signOff", version);
    expect((await headOf(filler, id)).status).toBe("submitted");
    expect(
      (await department.get("/api/review-queue")).body.units.map((r: { reportId: string }) => r.reportId),
    ).toContain(id);
    expect((await leader.get("/api/review-queue")).body.units).toEqual([]);

    // A signed-off submission withdrawn by the unit goes back to where the unit can edit it, not to the 负责人.
    version = await act(filler, id, "withdraw", version);
    expect((await headOf(filler, id)).status).toBe("returned");
    version = await act(filler, id, "submitForSignOff", version);
    version = await act(leader, id, "signOff", version);
    await act(department, id, "departmentApprove", version);
    expect((await headOf(filler, id)).status).toBe("departmentApproved");

    // The history records each step with who took it, when, and the 负责人's comment.
    const history = (await filler.get(`/api/reports/${id}/history`)).body.transitions as {
      action: string;
      fromStatus: string;
      toStatus: string;
      actorName: string;
      comment: string;
      at: string;
    }[];
    expect(history.map((t) => `${t.action}:${t.actorName}`)).toEqual([
      "submitForSignOff:演示填报人",
      "signOffReturn:演示单位负责人",
      "submitForSignOff:演示填报人",
      "withdraw:演示填报人",
      "submitForSignOff:演示填报人",
      "signOff:演示单位负责人",
      "withdraw:演示填报人",
      "submitForSignOff:演示填报人",
      "signOff:演示单位负责人",
      "departmentApprove:演示主管部门审核人",
    ]);
    expect(history[1]?.comment).toBe("请补充受众人数的统计依据");
    const signedOff = history[8];
    expect(signedOff).toMatchObject({ fromStatus: "signOffPending", toStatus: "submitted" });
    expect(Date.now() - Date.parse(signedOff?.at ?? "")).toBeLessThan(60_000);
  });

  it("where the region does not ask for it, submits straight to the 主管部门 and refuses the sign-off submission", async () => {
    const admin = await region.signedIn("admin");
    const filler = await region.signedIn("filler");
    const leader = await region.signedIn("unitLeader");
    // One report still waits for sign-off when the region stops asking for it: it is signed off as before.
    const { id: waiting, version: created } = await newReport(filler, 2027);
    const pending = await act(filler, waiting, "submitForSignOff", created);
    expect((await admin.put("/api/region/settings", { signOffRequired: false })).body).toEqual({
      signOffRequired: false,
    });
    await act(leader, waiting, "signOff", pending);
    expect((await headOf(filler, waiting)).status).toBe("submitted");

    const { id, version } = await newReport(filler, 2028);
    const refused = await transition(filler, id, "submitForSignOff", version);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toBe("本地区不要求单位负责人签字，请直接“提交审核”");
    await act(filler, id, "submit", version);
    expect((await headOf(filler, id)).status).toBe("submitted");
  });
});
