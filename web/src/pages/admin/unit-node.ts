/** A unit as GET /api/units lists it (tree order), and its name indented by depth for a list or a select. */
export interface UnitNode {
  id: string;
  parentId: string | null;
  name: string;
  kind: string;
  code: string | null;
  depth: number;
}

export const UNIT_KIND_NAMES: Record<string, string> = {
  finance: "财政部门",
  department: "主管部门",
  unit: "单位",
  subunit: "二级单位",
};

export function indentedName(unit: UnitNode): string {
  return `${"\u3000".repeat(Math.max(0, unit.depth))}${unit.name}`;
}
