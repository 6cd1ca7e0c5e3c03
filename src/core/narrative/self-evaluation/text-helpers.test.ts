import { describe, expect, it } from "vitest";
import { EvaluationTable, type Indicator } from "../../dataset/schema.ts";
import { getBuiltinProfile } from "../../profiles/builtin-profiles.ts";
import type { RuleProfile } from "../../profiles/profile-schema.ts";
import { scoreTable } from "../../scoring/score-table.ts";
import { flagText, hasFlag, splitFlagged } from "./flag-text.ts";
import { actualText, indicatorNameText, targetText } from "./indicator-value-text.ts";
import { inlineText, quoted } from "./inline-text.ts";
import { cleanSectionTitle, takeNarrative } from "./match-narrative.ts";
import { describeConflicts, reconcileStatedScores } from "./reconcile-stated-scores.ts";
import { statedReason } from "./stated-reason.ts";
import { stripLetterClosing } from "./strip-letter-closing.ts";

const sichuan = getBuiltinProfile("sichuan") as RuleProfile;
const indicator = (fields: Partial<Indicator>): Indicator => ({ level1: "产出指标", level3: "指标", ...fields });

describe("flags", () => {
  it("marks and splits what the user must complete, and leaves a unit's own 【】 headings alone", () => {
    const text = `偏差原因未说明${flagText("请补充", "偏差原因")}。【重点工作】照常`;
    expect(splitFlagged(text)).toEqual([
      { text: "偏差原因未说明", flagged: false },
      { text: "【请补充：偏差原因】", flagged: true },
      { text: "。【重点工作】照常", flagged: false },
    ]);
    expect(hasFlag("【重点工作】")).toBe(false);
    expect(hasFlag(flagText("请核实", "单位"))).toBe(true);
  });
});

describe("statedReason", () => {
  it("treats blanks, 无, dashes and the form's printed instructions as no reason", () => {
    for (const none of [
      undefined,
      "",
      " 无 ",
      "无。",
      "/",
      "——",
      "1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因（100字以内）",
    ]) {
      expect(statedReason(none)).toBeNull();
    }
    expect(statedReason(" 科普经费有限。 ")).toBe("科普经费有限。");
  });
  it("puts a user's text inside a sentence on one line without its own full stop, and nests quotes", () => {
    expect(inlineText("经费有限。\n  下年改进；")).toBe("经费有限。 下年改进");
    expect(quoted("实施“基层科普行动计划”")).toBe("“实施‘基层科普行动计划’”");
  });
});

describe("indicator values as printed", () => {
  it("writes the canonical glyph, the number as typed and the unit once", () => {
    expect(targetText(indicator({ operator: "≥", operatorPrinted: "≧", target: "2", unit: "万人次" }))).toBe(
      "≥2万人次",
    );
    expect(targetText(indicator({ target: "≧8次" }))).toBe("≥8次");
    expect(targetText(indicator({ target: "100", unit: "%" }))).toBe("100%");
    expect(targetText(indicator({ operator: "=", operatorPrinted: "＝", target: "100", unit: "%" }))).toBe("=100%");
    expect(targetText(indicator({ target: "较为认可" }))).toBe("较为认可");
    expect(targetText(indicator({}))).toBe("");
  });
  it("adds the unit to a bare actual unless scoring had to convert it", () => {
    expect(actualText(indicator({ actual: "10", unit: "次" }), false)).toBe("10次");
    expect(actualText(indicator({ actual: "100%", unit: "%" }), false)).toBe("100%");
    expect(actualText(indicator({ actual: "25000", unit: "万人次" }), true)).toBe("25000");
    expect(indicatorNameText(indicator({ level3: "相关部门、群众满意度能够达到95%左右。" }))).toBe(
      "相关部门、群众满意度能够达到95%左右",
    );
  });
});

describe("narrative sections", () => {
  const sections = [
    { title: "一、基本情况", text: "" },
    { title: "（一）单位基本情况", text: "人员编制。" },
    { title: "九、部门整体支出绩效自评结果拟应用和公开情况", text: "请财政代为公开。" },
    { title: "七、存在的问题及原因分析", text: "预算编制准备不足。" },
  ];
  it("matches titles without their numbering and uses each section once", () => {
    expect(cleanSectionTitle("（二）单位整体支出规模。")).toBe("单位整体支出规模");
    expect(cleanSectionTitle("第二部分 2023年度部门决算情况说明")).toBe("2023年度部门决算情况说明");
    const used = new Set<number>();
    expect(takeNarrative(sections, /应用|公开/, used).map((s) => s.text)).toEqual(["请财政代为公开。"]);
    expect(takeNarrative(sections, /绩效|公开/, used)).toEqual([]);
    expect(takeNarrative(sections, /基本情况/, used).map((s) => s.title)).toEqual(["（一）单位基本情况"]);
  });
  it("drops the closing a unit typed at the end of its text", () => {
    expect(
      stripLetterClosing(
        "区科协认真落实公开工作。\n特此报告。\n附：部门整体支出绩效自评表\n西藏自治区科学技术协会\n2025年5月26日\n",
        "西藏自治区科学技术协会",
      ),
    ).toBe("区科协认真落实公开工作。");
    expect(stripLetterClosing("2025年5月26日召开会议，研究公开事项。")).toBe("2025年5月26日召开会议，研究公开事项。");
  });
});

describe("reconcileStatedScores", () => {
  const table = scoreTable(
    EvaluationTable.parse({
      execution: [{ label: "总额", role: "total", initial: "12", adjusted: "12", executed: "12" }],
      indicators: [
        { level1: "满意度指标", level3: "满意度", operator: "≥", target: "95", unit: "%", actual: "90", weight: "90" },
      ],
    }),
    "t",
    sichuan,
  );
  it("keeps sentences that agree with the computed score (95.26) and takes out those that do not", () => {
    const text = "活动圆满完成。预算执行率100%，执行情况良好，自评得分98分。\n共评出58项。";
    const { text: kept, conflicts } = reconcileStatedScores(text, table, sichuan);
    expect(kept).toBe("活动圆满完成。\n共评出58项。");
    expect(conflicts).toEqual([
      { sentence: "预算执行率100%，执行情况良好，自评得分98分。", stated: "自评得分98分", computed: "95.26分" },
    ]);
    expect(describeConflicts(conflicts)).toBe(
      "【请核实：原文“预算执行率100%，执行情况良好，自评得分98分。”所称自评得分98分与按评分规则计算的95.26分不符，该句未收入报告】",
    );
  });
  it("requires the figure the report prints: 95.26 is not 自评得分95分, but is 自评得分95.26分", () => {
    expect(reconcileStatedScores("自评得分95分。", table, sichuan).conflicts).toHaveLength(1);
    expect(reconcileStatedScores("自评得分95.26分，执行率100.00%。", table, sichuan).conflicts).toEqual([]);
    expect(reconcileStatedScores("预算执行率98%。", table, sichuan).conflicts[0]?.computed).toBe("100.00%");
    expect(reconcileStatedScores("自评扣5分。", table, sichuan).conflicts[0]?.computed).toBe("共扣4.74分");
  });
});
