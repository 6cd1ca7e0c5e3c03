import { describe, expect, it } from "vitest";
import type { NarrativeSection } from "../dataset/schema.ts";
import { arrangeReport } from "./arrange-report.ts";
import { builtinOutlineIds, chooseOutline, getBuiltinOutline } from "./builtin-outlines.ts";
import type { ReportOutline } from "./outline-schema.ts";

const section = (title: string, text = ""): NarrativeSection => ({ title, text });
const national = getBuiltinOutline("national") as ReportOutline;
const titles = (sections: ReturnType<typeof arrangeReport>["sections"]): unknown[] =>
  sections.map((s) => (s.children.length > 0 ? [s.title, titles(s.children)] : s.title));

describe("arrangeReport", () => {
  it("keeps the unit's sections in its order, a section the outline does not know where the unit put it", () => {
    const report = arrangeReport(
      [
        section("自治区科协整体支出绩效自评报告", "自治区财政厅："),
        section("一、部门概况"),
        section("（一）部门预算绩效管理开展情况。", "按照……"),
        section("（二）部门主要职责职能。", "……"),
        section("二、一个提纲里没有的部分", "……"),
        section("三、存在的问题", "……"),
      ],
      national,
    );
    expect(report.unitOutline).toBe(true);
    expect(report.preamble.map((s) => s.title)).toEqual(["自治区科协整体支出绩效自评报告"]);
    // The outline's 部门整体支出绩效目标完成情况 carries generated content: it is added after 部门概况, the unit's
    // section that answers the outline section before it; its children come from the outline.
    expect(titles(report.sections)).toEqual([
      ["部门概况", ["部门预算绩效管理开展情况", "部门主要职责职能", "部门整体收支情况"]],
      ["部门整体支出绩效目标完成情况", ["预算执行情况", "绩效指标完成情况", "自评得分及等级"]],
      "一个提纲里没有的部分",
      "存在的问题",
    ]);
    // Without subsections of its own, the unit's 存在的问题 carries the shortfalls the outline puts under it.
    expect(report.sections[3]?.generate).toEqual(["shortfalls"]);
  });

  it("gives a draft without numbered sections the outline, each section under the one it answers, the rest after", () => {
    const report = arrangeReport([section("存在的问题", "预算编制不细。"), section("单位自己的说明", "……")], national);
    expect(report.unitOutline).toBe(false);
    const problems = report.sections[2]?.children[0];
    expect(problems?.title).toBe("存在的问题");
    expect(problems?.unit?.text).toBe("预算编制不细。");
    expect(report.sections.at(-1)?.title).toBe("单位自己的说明");
    expect(report.sections[3]?.required).toBe(true);
  });
});

describe("built-in outlines", () => {
  it("ship national, Sichuan, Hunan, Tibet and Gansu; the dataset's choice wins over the profile's, national by default", () => {
    expect(builtinOutlineIds().sort()).toEqual(["gansu", "hunan", "national", "sichuan", "tibet"]);
    expect(chooseOutline({ filing: { outline: "tibet" } }, { outline: "sichuan" }).id).toBe("tibet");
    expect(chooseOutline({}, { outline: "hunan" }).id).toBe("hunan");
    expect(chooseOutline({}, {}).id).toBe("national");
    expect(chooseOutline({ filing: { outline: "unknown" } }, {}).id).toBe("national");
    expect(getBuiltinOutline("hunan")?.sections).toHaveLength(10);
  });
});
