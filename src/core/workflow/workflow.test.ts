import { describe, expect, it } from "vitest";
import { ROLES } from "./roles.ts";
import { availableActions, mayEditReport, queueStatuses, reviewActions, WORKFLOW_ACTIONS } from "./workflow.ts";

describe("workflow table", () => {
  it("offers each reviewer exactly the actions the table names for the status", () => {
    expect(reviewActions("departmentReviewer", "submitted")).toEqual(["departmentReturn", "departmentApprove"]);
    expect(reviewActions("financeReviewer", "departmentApproved")).toEqual(["financeReturn", "financeApprove"]);
    expect(reviewActions("financeReviewer", "financeApproved")).toEqual(["publish"]);
    expect(reviewActions("financeReviewer", "submitted")).toEqual([]);
    expect(reviewActions("filler", "draft")).toEqual([]);
    expect(availableActions("filler", "returned")).toEqual(["submit"]);
    expect(availableActions("admin", "submitted")).toEqual([]);
  });

  it("puts in each queue the statuses that wait for that role", () => {
    expect(queueStatuses("departmentReviewer")).toEqual(["submitted"]);
    expect(queueStatuses("financeReviewer")).toEqual(["departmentApproved", "financeApproved"]);
    expect(queueStatuses("admin")).toEqual(["submitted", "departmentApproved", "financeApproved"]);
    expect(queueStatuses("filler")).toEqual([]);
  });

  it("lets only the unit's editing roles change a draft or a returned report", () => {
    const editable = ROLES.flatMap((role) =>
      (["draft", "returned", "submitted", "published"] as const)
        .filter((s) => mayEditReport(role, s))
        .map((s) => `${role}:${s}`),
    );
    expect(editable).toEqual(["filler:draft", "filler:returned", "unitReviewer:draft", "unitReviewer:returned"]);
  });

  it("offers 撤回 to the unit on a submission and 撤回公开 to the 财政审核人 on a published report, neither in a queue", () => {
    expect(availableActions("filler", "submitted")).toEqual(["withdraw"]);
    expect(availableActions("unitReviewer", "submitted")).toEqual(["withdraw"]);
    expect(reviewActions("filler", "submitted")).toEqual([]);
    expect(reviewActions("financeReviewer", "published")).toEqual(["unpublish"]);
    expect(availableActions("departmentReviewer", "published")).toEqual([]);
    expect(queueStatuses("financeReviewer")).not.toContain("published");
  });

  it("requires a comment exactly on returns and on taking a publication down", () => {
    const commented = Object.entries(WORKFLOW_ACTIONS)
      .filter(([, a]) => a.commentRequired)
      .map(([id]) => id);
    expect(commented).toEqual(["departmentReturn", "financeReturn", "unpublish"]);
  });
});
