/**
 * The staffing sentence of 部门概况, used when the unit wrote no 基本情况 of its own: type of unit, 编制, people at
 * year end. Only the figures the dataset has are stated.
 * @module
 */
import type { UnitProfile } from "../../dataset/schema.ts";

/**
 * "永州市零陵区科学技术协会为正科级全额拨款事业单位（参照公务员管理），核定编制8名；2024年末实有人员17人，其中在职
 * 人员7人、退休人员10人。" — "" when the unit profile says nothing about its type or staff.
 */
export function describeStaff(unit: UnitProfile, year: number): string {
  const clauses: string[] = [];
  const type = unit.typePrinted?.trim();
  if (type) clauses.push(`${unit.name}为${type}`);
  const staff = unit.staff;
  if (staff?.authorized !== undefined) clauses.push(`核定编制${staff.authorized}名`);
  const people: string[] = [];
  if (staff?.inService !== undefined) people.push(`在职人员${staff.inService}人`);
  if (staff?.retired !== undefined) people.push(`退休人员${staff.retired}人`);
  let yearEnd = "";
  if (staff?.totalYearEnd !== undefined) {
    yearEnd = `${year}年末实有人员${staff.totalYearEnd}人${people.length > 0 ? `，其中${people.join("、")}` : ""}`;
  } else if (people.length > 0) {
    yearEnd = `${year}年末${people.join("、")}`;
  }
  if (clauses.length === 0 && yearEnd === "") return "";
  return `${[clauses.join("，"), yearEnd].filter((s) => s !== "").join("；")}。`;
}
