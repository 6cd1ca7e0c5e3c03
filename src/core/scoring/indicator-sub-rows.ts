/**
 * 其中 sub-rows of an indicator table. Some forms split a weighted row into unweighted rows printed below it: either
 * named so ("其中桃树种植面积 1.5亩 1.5亩" under "★补助各类瓜果蔬菜种植面积 20 29.5亩 29.5亩 20"), or under a row that prints
 * only its 分值 and 得分 and leaves its 指标值 and 完成值 to the rows below it (安徽's 衔接资金 forms:
 * "★补助家畜家禽养殖数量 10 10" over "猪养殖数量 80头 80头", "牛养殖数量 3头 3头"). A sub-row carries no weight of its
 * own, so it is neither a row missing its weight nor a row of its own in the weight checks; a row whose values are on
 * its sub-rows is not a blank row.
 * @module
 */
import type { Indicator } from "../dataset/schema.ts";
import { cleanLevelName } from "./indicator-hierarchy.ts";

export interface SubRows {
  /** The index of the row each row belongs to, or -1 for a row of its own. */
  parentOf: readonly number[];
  /** The sub-rows of each row that has some, by its index. */
  childrenOf: ReadonlyMap<number, readonly number[]>;
}

const NONE: SubRows = { parentOf: [], childrenOf: new Map() };
const NAMED_PART = /^\s*其中/;

const blank = (text: string | undefined) => (text ?? "").trim() === "";

/** Weighted, but prints neither 指标值 nor 完成值: its values, if any, are on the rows below it. */
function printsNoValues(indicator: Indicator): boolean {
  return blank(indicator.target) && blank(indicator.actual) && blank(indicator.operator ?? indicator.operatorPrinted);
}

/**
 * The sub-rows of a table. A row is a sub-row of the nearest weighted row above it when it has no weight, names no
 * other 一级 or 二级 than the one in effect, every row between them is a sub-row of that row too, and either its name begins with
 * 其中 or that row prints no values of its own (and this one does). Any other unweighted row ends the run.
 */
export function findSubRows(indicators: readonly Indicator[]): SubRows {
  // Nearly every table weights every row: nothing to look for then.
  if (!indicators.some((indicator) => indicator.weight === undefined)) return NONE;
  const parentOf: number[] = [];
  const childrenOf = new Map<number, number[]>();
  let parent = -1;
  // The 一级 and 二级 in effect: a row naming another one begins a new group (a repeated name does not).
  let level1 = "";
  let level2 = "";
  indicators.forEach((indicator, i) => {
    const ownLevel1 = cleanLevelName(indicator.level1);
    const ownLevel2 = cleanLevelName(indicator.level2 ?? "");
    const newGroup = (ownLevel1 !== "" && ownLevel1 !== level1) || (ownLevel2 !== "" && ownLevel2 !== level2);
    if (ownLevel1 !== "" && ownLevel1 !== level1) level2 = "";
    if (ownLevel1 !== "") level1 = ownLevel1;
    if (ownLevel2 !== "") level2 = ownLevel2;
    if (indicator.weight !== undefined) {
      parentOf.push(-1);
      parent = i;
      return;
    }
    const head = parent >= 0 ? (indicators[parent] as Indicator) : null;
    const belongs =
      head !== null &&
      !newGroup &&
      (NAMED_PART.test(indicator.level3) ||
        (printsNoValues(head) && !(blank(indicator.target) && blank(indicator.actual))));
    if (!belongs) {
      parentOf.push(-1);
      parent = -1;
      return;
    }
    parentOf.push(parent);
    const children = childrenOf.get(parent);
    if (children) children.push(i);
    else childrenOf.set(parent, [i]);
  });
  return childrenOf.size === 0 ? NONE : { parentOf, childrenOf };
}

/** Whether row `i` is a sub-row of another. */
export function isSubRow(subRows: SubRows, i: number): boolean {
  return (subRows.parentOf[i] ?? -1) >= 0;
}

/** Whether row `i` prints no values and has sub-rows that do: its 指标值 and 完成值 are theirs. */
export function hasValuesOnSubRows(indicators: readonly Indicator[], subRows: SubRows, i: number): boolean {
  const indicator = indicators[i];
  return indicator !== undefined && subRows.childrenOf.has(i) && printsNoValues(indicator);
}
