/**
 * One reason rule, one answer everywhere: for each way a unit fills the 偏差原因 cell of a row scored below its
 * weight, the audit (REASON-MISSING), the grid's "须填写原因" (isReasonMissing, what the grid row asks), the table's
 * 偏差原因 column and the report's sentence agree on whether a reason is given.
 */
import { describe, expect, it } from "vitest";
import { auditDataset } from "../src/core/audit/run-audit.ts";
import type { Dataset, Indicator } from "../src/core/dataset/schema.ts";
import { describeIndicatorResult } from "../src/core/narrative/self-evaluation/describe-indicator-result.ts";
import { getBuiltinProfile } from "../src/core/profiles/builtin-profiles.ts";
import { isReasonMissing } from "../src/core/scoring/reason-rule.ts";
import { scoreDataset } from "../src/core/scoring/score-dataset.ts";
import { reasonCell } from "../src/documents/self-evaluation/department-evaluation-table.ts";

const national = getBuiltinProfile("national")!;

function datasetWith(reason: string | undefined): Dataset {
  const indicator: Indicator = {
    level1: "产出指标",
    level2: "数量指标",
    level3: "培训人次",
    operator: "≥",
    target: "100",
    unit: "人次",
    actual: "80",
    weight: "90",
    ...(reason === undefined ? {} : { reason }),
  };
  return {
    formatVersion: 2,
    amountUnit: "万元",
    year: 2024,
    unit: { name: "某县科学技术协会" },
    department: { evaluation: { execution: [], goals: [], level1Weights: [], indicators: [indicator] } },
    projects: [],
    narrative: [],
    publishedScores: [],
  } as unknown as Dataset;
}

const CASES: [string, string | undefined, boolean][] = [
  ["blank", undefined, false],
  ["spaces", "   ", false],
  ["无", "无", false],
  ["暂无", "暂无", false],
  ["—", "—", false],
  ["a reason", "场地改造，培训推迟至次年", true],
];

describe("the reason rule gives one answer in the audit, the grid and the documents", () => {
  it.each(CASES)("%s", (_name, reason, given) => {
    const dataset = datasetWith(reason);
    const scored = scoreDataset(dataset, national).department!.indicators[0]!;
    const audited = auditDataset(dataset, national).findings.some((f) => f.code === "REASON-MISSING");
    const cell = reasonCell(scored, national);
    const sentence = describeIndicatorResult(scored, national);
    expect(audited).toBe(!given);
    expect(isReasonMissing(scored, national)).toBe(!given);
    expect(cell.includes("请补充")).toBe(!given);
    expect(sentence.includes("未说明原因")).toBe(!given);
    if (given) expect(cell).toContain("场地改造");
  });

  it("asks nothing where the profile does not require a reason below the weight", () => {
    const relaxed = { ...national, reasonRequired: { ...national.reasonRequired, belowWeight: false, unmet: false } };
    const dataset = datasetWith(undefined);
    const scored = scoreDataset(dataset, relaxed).department!.indicators[0]!;
    expect(auditDataset(dataset, relaxed).findings.some((f) => f.code === "REASON-MISSING")).toBe(false);
    expect(isReasonMissing(scored, relaxed)).toBe(false);
    expect(reasonCell(scored, relaxed)).not.toContain("请补充");
    expect(describeIndicatorResult(scored, relaxed)).not.toContain("未说明原因");
  });
});
