/**
 * The six roles and what each may do. A user acts only within their unit's subtree (a 财政审核人 of a finance
 * bureau sees every unit under it; a 填报人 only their own unit and its 二级单位). Server and web both read these.
 * @module
 */

export type Role = "filler" | "unitReviewer" | "unitLeader" | "departmentReviewer" | "financeReviewer" | "admin";

export const ROLE_NAMES: Record<Role, string> = {
  filler: "填报人",
  unitReviewer: "单位审核人",
  /** Signs the unit's submission off before it leaves the unit, where the region asks for it (workflow.ts). */
  unitLeader: "单位负责人",
  departmentReviewer: "主管部门审核人",
  financeReviewer: "财政审核人",
  admin: "管理员",
};

export const ROLES = Object.keys(ROLE_NAMES) as Role[];

/** Roles that may change a report's dataset while it is a draft or returned. */
export const EDITING_ROLES: readonly Role[] = ["filler", "unitReviewer"];

/**
 * Roles that may read the regional summary and the dashboard (of their own subtree), and so their review queue: the
 * 单位负责人's is the reports waiting for their sign-off.
 */
export const SUMMARY_ROLES: readonly Role[] = [
  "unitReviewer",
  "unitLeader",
  "departmentReviewer",
  "financeReviewer",
  "admin",
];

/** Roles that may start a new unit-year report. */
export const REPORT_CREATING_ROLES: readonly Role[] = [...EDITING_ROLES, "admin"];

/** Who may set a report's deadline (报送截止时间): its reviewers and the 管理员, never the unit itself. */
export const DUE_AT_ROLES: readonly Role[] = ["departmentReviewer", "financeReviewer", "admin"];

/** Who may ask for the documents of many reports at once (a batch over a unit's subtree or a list of reports). */
export const DOCUMENT_BATCH_ROLES: readonly Role[] = ["departmentReviewer", "financeReviewer", "admin"];
