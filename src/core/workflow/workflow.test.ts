import { describe, expect, it } from "vitest";
import { ROLES } from "./roles.ts";
import {
  availableActions,
  inapplicableReason,
  mayEditReport,
  queueStatuses,
  reviewActions,
  SUBMISSION_ACTION_IDS,
  submissionAction,
  WORKFLOW_ACTION_IDS,
  WORKFLOW_ACTIONS,
  type WorkflowAction,
} from "./workflow.ts";

const OFF = { signOffRequired: false };
const ON = { signOffRequired: true };

describe("workflow table", () => {
  it("offers each reviewer exactly the actions the table names for the status", () => {
    expect(reviewActions("departmentReviewer", "submitted")).toEqual(["departmentReturn", "departmentApprove"]);
    expect(reviewActions("financeReviewer", "departmentApproved")).toEqual(["financeReturn", "financeApprove"]);
    expect(reviewActions("financeReviewer", "financeApproved")).toEqual(["publish"]);
    expect(reviewActions("financeReviewer", "submitted")).toEqual([]);
    expect(reviewActions("filler", "draft")).toEqual([]);
    expect(availableActions("filler", "returned", OFF)).toEqual(["submit"]);
    expect(availableActions("admin", "submitted", OFF)).toEqual([]);
  });

  it("puts in each queue the statuses that wait for that role", () => {
    expect(queueStatuses("departmentReviewer")).toEqual(["submitted"]);
    expect(queueStatuses("financeReviewer")).toEqual(["departmentApproved", "financeApproved"]);
    expect(queueStatuses("admin")).toEqual(["submitted", "departmentApproved", "financeApproved"]);
    expect(queueStatuses("filler")).toEqual([]);
    expect(queueStatuses("unitLeader")).toEqual(["signOffPending"]);
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
    expect(availableActions("filler", "submitted", OFF)).toEqual(["withdraw"]);
    expect(availableActions("unitReviewer", "submitted", OFF)).toEqual(["withdraw"]);
    expect(reviewActions("filler", "submitted")).toEqual([]);
    expect(reviewActions("financeReviewer", "published")).toEqual(["unpublish"]);
    expect(availableActions("departmentReviewer", "published", OFF)).toEqual([]);
    expect(queueStatuses("financeReviewer")).not.toContain("published");
  });

  it("requires a comment exactly on returns and on taking a publication down", () => {
    const commented = Object.entries(WORKFLOW_ACTIONS)
      .filter(([, a]) => a.commentRequired)
      .map(([id]) => id);
    expect(commented).toEqual(["signOffReturn", "departmentReturn", "financeReturn", "unpublish"]);
  });
});

describe("the 单位负责人 sign-off step", () => {
  it("is not there where the region does not ask for it: the unit submits straight to the 主管部门", () => {
    expect(submissionAction(OFF)).toBe("submit");
    expect(availableActions("filler", "draft", OFF)).toEqual(["submit"]);
    expect(WORKFLOW_ACTIONS.submit.to).toBe("submitted");
    expect(inapplicableReason("submitForSignOff", OFF)).toBe("本地区不要求单位负责人签字，请直接“提交审核”");
    expect(inapplicableReason("submit", OFF)).toBeNull();
  });

  it("where the region asks for it, sends the submission to the 单位负责人 and offers no way around it", () => {
    expect(submissionAction(ON)).toBe("submitForSignOff");
    expect(availableActions("filler", "draft", ON)).toEqual(["submitForSignOff"]);
    expect(availableActions("unitReviewer", "returned", ON)).toEqual(["submitForSignOff"]);
    expect(WORKFLOW_ACTIONS.submitForSignOff.to).toBe("signOffPending");
    expect(inapplicableReason("submit", ON)).toBe(
      "本地区要求报表先经单位负责人签字，请“提交单位负责人签字”，不能直接提交审核",
    );
    // Waiting for the 负责人, the report is in no reviewer's queue and no reviewer may act on it.
    expect(queueStatuses("departmentReviewer")).not.toContain("signOffPending");
    expect(queueStatuses("admin")).not.toContain("signOffPending");
    for (const role of ["filler", "unitReviewer", "departmentReviewer", "financeReviewer", "admin"] as const) {
      expect(reviewActions(role, "signOffPending")).toEqual([]);
    }
    expect(availableActions("filler", "signOffPending", ON)).toEqual(["withdraw"]);
  });

  it("lets only the 单位负责人 sign off (on to 主管部门) or return to the 填报人 with a comment, on their own unit", () => {
    expect(reviewActions("unitLeader", "signOffPending")).toEqual(["signOff", "signOffReturn"]);
    expect(WORKFLOW_ACTIONS.signOff.to).toBe("submitted");
    expect(WORKFLOW_ACTIONS.signOffReturn.to).toBe("returned");
    expect(WORKFLOW_ACTIONS.signOffReturn.commentRequired).toBe(true);
    expect(WORKFLOW_ACTIONS.signOff.ownUnitOnly && WORKFLOW_ACTIONS.signOffReturn.ownUnitOnly).toBe(true);
    // The 负责人 decides the sign-off and nothing else: no editing, no submitting, no review of other statuses.
    expect(ROLES.filter((role) => reviewActions(role, "signOffPending").length > 0)).toEqual(["unitLeader"]);
    for (const status of ["draft", "returned", "submitted", "departmentApproved", "financeApproved"] as const) {
      expect(availableActions("unitLeader", status, ON)).toEqual([]);
      expect(mayEditReport("unitLeader", status)).toBe(false);
    }
  });

  it("keeps the settings out of the reviewers' decisions: only the two submissions depend on them", () => {
    const conditioned = WORKFLOW_ACTION_IDS.filter((id) => (WORKFLOW_ACTIONS[id] as WorkflowAction).signOff);
    expect(conditioned).toEqual(["submit", "submitForSignOff"]);
    expect(WORKFLOW_ACTION_IDS.filter((id) => (WORKFLOW_ACTIONS[id] as WorkflowAction).auditsFirst)).toEqual(
      conditioned,
    );
    expect(SUBMISSION_ACTION_IDS).toEqual(conditioned);
  });
});
