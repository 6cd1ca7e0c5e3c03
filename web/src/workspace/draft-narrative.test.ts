import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { auditDataset } from "../../../src/core/audit/run-audit.ts";
import { validateDataset } from "../../../src/core/dataset/validate-dataset.ts";
import { getBuiltinProfile } from "../../../src/core/profiles/builtin-profiles.ts";
import { draftSections, mergeDraft } from "./draft-narrative.ts";

const validated = validateDataset(
  JSON.parse(readFileSync(new URL("../../../examples/lingling-2024.json", import.meta.url), "utf8")),
);
if (!validated.ok) throw new Error("examples/lingling-2024.json is not a valid dataset");
const lingling = validated.dataset;
const profile = getBuiltinProfile("hunan")!;

describe("生成草稿", () => {
  const draft = draftSections(lingling, auditDataset(lingling, profile).scores, profile);

  it("writes the formulaic sentences from 零陵's figures", () => {
    const byTitle = Object.fromEntries(draft.map((section) => [section.title, section.text]));
    expect(byTitle["预算执行情况"]).toContain("全年执行数124.88万元");
    expect(byTitle["预算执行情况"]).toContain("98.25%");
    expect(byTitle["自评结论"]).toContain("部门整体支出绩效自评得分99.8分");
    expect(byTitle["自评结论"]).toContain("自评等级为“优”");
  });

  it("fills only missing or empty sections, never the user's text", () => {
    const narrative = [
      { title: "预算执行情况", text: "本单位自己写的说明。" },
      { title: "自评结论", text: "  " },
    ];
    const { narrative: merged, filled } = mergeDraft(narrative, draft);
    expect(merged[0]?.text).toBe("本单位自己写的说明。");
    expect(merged[1]?.text).toContain("99.8分");
    expect(filled).toBe(draft.length - 1);
  });
});
