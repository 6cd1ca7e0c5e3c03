/** A unit as GET /api/units lists it (tree order), and its name indented by depth for a list or a select. */
import type { Unit } from "../../api/types.ts";

export type UnitNode = Unit;

export const UNIT_KIND_NAMES: Record<string, string> = {
  finance: "财政部门",
  department: "主管部门",
  unit: "单位",
  subunit: "二级单位",
};

export function indentedName(unit: Pick<UnitNode, "name" | "depth">): string {
  return `${"\u3000".repeat(Math.max(0, unit.depth))}${unit.name}`;
}
