import { describe, expect, it } from "vitest";
import { NOTIFYING_ACTIONS, notificationKindOfAction, statusesAwaiting } from "./notification-kinds.ts";

describe("notification kinds", () => {
  it("tells the unit of returns, approvals and publication, not of its own steps or a withdrawal of publication", () => {
    expect(notificationKindOfAction("departmentReturn")).toBe("returned");
    expect(notificationKindOfAction("financeReturn")).toBe("returned");
    // The 单位负责人's return sends the report back to the 填报人 as a reviewer's does; a sign-off is not news to them.
    expect(notificationKindOfAction("signOffReturn")).toBe("returned");
    expect(notificationKindOfAction("signOff")).toBeUndefined();
    expect(notificationKindOfAction("submitForSignOff")).toBeUndefined();
    expect(notificationKindOfAction("departmentApprove")).toBe("approved");
    expect(notificationKindOfAction("financeApprove")).toBe("approved");
    expect(notificationKindOfAction("publish")).toBe("published");
    expect(notificationKindOfAction("submit")).toBeUndefined();
    expect(notificationKindOfAction("withdraw")).toBeUndefined();
    expect(notificationKindOfAction("unpublish")).toBeUndefined();
    expect(notificationKindOfAction("no-such-action")).toBeUndefined();
    expect([...NOTIFYING_ACTIONS].sort()).toEqual(
      ["departmentApprove", "departmentReturn", "financeApprove", "financeReturn", "publish", "signOffReturn"].sort(),
    );
  });

  it("says which statuses wait for a role's review, under the region's settings", () => {
    const off = { signOffRequired: false };
    const on = { signOffRequired: true };
    expect(statusesAwaiting("departmentReviewer", off)).toEqual({ statuses: ["submitted"], ownUnitOnly: false });
    // 财政: to approve after the 主管部门, then to publish.
    expect(statusesAwaiting("financeReviewer", off).statuses).toEqual(["departmentApproved", "financeApproved"]);
    // The 单位负责人 signs only their own unit's reports; one already waiting stays theirs after the region turns
    // sign-off off.
    expect(statusesAwaiting("unitLeader", on)).toEqual({ statuses: ["signOffPending"], ownUnitOnly: true });
    expect(statusesAwaiting("unitLeader", off).statuses).toEqual(["signOffPending"]);
    expect(statusesAwaiting("filler", on).statuses).toEqual([]);
  });
});
