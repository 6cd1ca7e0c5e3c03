/**
 * The five roles and what each may do. A user acts only within their unit's subtree (a 财政审核人 of a finance
 * bureau sees every unit under it; a 填报人 only their own unit and its 二级单位).
 * @module
 */
import type { Role } from "../../storage/database-schema.ts";

export const ROLE_NAMES: Record<Role, string> = {
  filler: "填报人",
  unitReviewer: "单位审核人",
  departmentReviewer: "主管部门审核人",
  financeReviewer: "财政审核人",
  admin: "管理员",
};

export const ROLES = Object.keys(ROLE_NAMES) as Role[];

/** Roles that may change a report's dataset while it is a draft or returned. */
export const EDITING_ROLES: readonly Role[] = ["filler", "unitReviewer"];
