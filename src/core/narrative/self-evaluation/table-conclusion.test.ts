import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { auditDataset } from "../../audit/run-audit.ts";
import { Dataset } from "../../dataset/schema.ts";
import { getBuiltinProfile } from "../../profiles/builtin-profiles.ts";
import type { RuleProfile } from "../../profiles/profile-schema.ts";
import { tableConclusion } from "./table-conclusion.ts";

const dataset = Dataset.parse(
  JSON.parse(readFileSync(new URL("../../../../examples/liangshan-2023.json", import.meta.url), "utf8")),
);
const profile = getBuiltinProfile("sichuan") as RuleProfile;
const { scores } = auditDataset(dataset, profile);
const conclusionOf = (i: number) =>
  tableConclusion(dataset.projects[i]?.conclusion, scores.projects[i] ?? null, profile);

describe("tableConclusion (凉山's 21 project forms)", () => {
  it("states the computed total and grade where the unit's 自评得分99分 sits under a 合计 of 49.47", () => {
    expect(dataset.projects[11]?.conclusion).toContain("自评得分99分");
    expect(conclusionOf(11)).not.toContain("99分");
    expect(conclusionOf(11).endsWith("自评得分49.47分，自评等级为“差”。")).toBe(true);
  });
  it("says 119.47 of 120 and its 百分制 where the form's weights add to 120", () => {
    expect(conclusionOf(15).endsWith("自评得分119.47分（分值120分），折合百分制99.56分，自评等级为“优”。")).toBe(true);
    expect(conclusionOf(15)).not.toContain("97分");
  });
  it("keeps a conclusion whose stated score is the computed one as written", () => {
    expect(conclusionOf(0)).toBe(dataset.projects[0]?.conclusion);
  });
  it("no form states a total other than its computed one", () => {
    dataset.projects.forEach((_, i) => {
      const text = conclusionOf(i);
      const total = scores.projects[i]?.total.toDecimalPlaces(2).toString();
      for (const m of text.matchAll(/(?:自评|最后|最终)得分(\d+(?:\.\d+)?)分/g)) expect(m[1]).toBe(total);
    });
  });
});
