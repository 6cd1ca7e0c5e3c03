/** 其中 sub-rows: a row split into unweighted rows below it, or a row whose values are printed on them (G-SUBROWS). */
import { describe, expect, it } from "vitest";
import { EvaluationTable as TableSchema, type Indicator } from "../dataset/schema.ts";
import { defaultProfile } from "../profiles/builtin-profiles.ts";
import { findSubRows } from "./indicator-sub-rows.ts";
import { scoreTable } from "./score-table.ts";

const row = (fields: Partial<Indicator>): Indicator => ({ level1: "", level3: "x", ...fields }) as Indicator;
const tableOf = (indicators: Indicator[]) =>
  scoreTable(TableSchema.parse({ indicators }), "t", defaultProfile(), { reportYear: 2024 });

// A made-up ★ row printing only 分值 and 得分, its values on the three rows below it.
const header = row({ level1: "产出指标", level2: "数量指标", level3: "★培训各类人员人数", weight: "20" });
const parts = [
  row({ level3: "农技人员", target: "30人", actual: "30人" }),
  row({ level3: "合作社带头人", target: "12人", actual: "15人" }),
  row({ level3: "返乡青年", target: "8人", actual: "8人" }),
];
const next = row({ level2: "质量指标", level3: "培训合格率", target: "≥90%", actual: "95%", weight: "10" });

describe("findSubRows", () => {
  it("the unweighted rows under a row that prints no values are its sub-rows, up to the next weighted row", () => {
    const found = findSubRows([header, ...parts, next]);
    expect(found.parentOf).toEqual([-1, 0, 0, 0, -1]);
    expect([...found.childrenOf]).toEqual([[0, [1, 2, 3]]]);
  });
  it("under a row with values of its own, only rows named 其中… are sub-rows", () => {
    const own = { ...header, target: "50人", actual: "53人" };
    expect(findSubRows([own, ...parts]).childrenOf.size).toBe(0);
    const named = parts.map((p) => ({ ...p, level3: `其中${p.level3}` }));
    expect(findSubRows([own, ...named]).parentOf).toEqual([-1, 0, 0, 0]);
  });
  it("a row printing its own 二级 name, an unused blank row, or a table with every row weighted has none", () => {
    expect(findSubRows([header, { ...parts[0], level2: "时效指标" } as Indicator]).childrenOf.size).toBe(0);
    expect(findSubRows([header, row({ level3: "" })]).childrenOf.size).toBe(0);
    expect(findSubRows([next, next]).childrenOf.size).toBe(0);
  });
});

describe("a row scored from its sub-rows", () => {
  it("all sub-rows met: full marks, and the sub-rows are not rows missing a weight", () => {
    const scored = tableOf([header, ...parts, next]);
    const star = scored.indicators[0];
    expect(star?.final?.toString()).toBe("20");
    expect(star?.attainment).toBe("met");
    expect(star?.explanation).toBe("指标值、完成值印在其下3项子行，均已完成，得满分 20");
    expect(scored.indicators[2]?.subRowOf).toBe("t.indicators[0]");
    expect(scored.indicators[2]?.explanation).toContain("“★培训各类人员人数”的其中子行，不单独计分");
    expect(scored.missing).toEqual([]);
    expect(scored.total.toString()).toBe("30");
  });
  it("one sub-row unmet: the row is unmet and its score is left to the evaluator", () => {
    const short = [parts[0], { ...parts[1], actual: "10人" } as Indicator, parts[2]] as Indicator[];
    const star = tableOf([header, ...short, next]).indicators[0];
    expect(star?.attainment).toBe("notMet");
    expect(star?.final).toBeNull();
    expect(star?.explanation).toContain("“合作社带头人”未完成");
  });
  it("a weighted row with no values and no sub-rows stays unscorable", () => {
    const star = tableOf([header, next]).indicators[0];
    expect(star?.final).toBeNull();
    expect(star?.explanation).toBe("未填写指标值，无法计分");
  });
});
