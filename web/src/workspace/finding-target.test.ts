import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { auditDataset } from "../../../src/core/audit/run-audit.ts";
import { parsePath } from "../../../src/core/dataset/dataset-path.ts";
import { validateDataset } from "../../../src/core/dataset/validate-dataset.ts";
import { getBuiltinProfile } from "../../../src/core/profiles/builtin-profiles.ts";
import { findingTarget } from "./finding-target.ts";

/** A path as the audit gives it beside its location text. */
const at = (text: string) => parsePath(text) ?? undefined;

describe("findingTarget", () => {
  it("sends an indicator finding to its grid cell", () => {
    expect(findingTarget(at("projects[3].evaluation.indicators[2].actual"))).toEqual({
      section: "project-3",
      cell: { row: 2, field: "actual" },
      path: "projects[3].evaluation.indicators[2].actual",
    });
    expect(findingTarget(at("department.evaluation.indicators[0].weight"))?.cell).toEqual({ row: 0, field: "weight" });
    expect(findingTarget(at("department.evaluation.indicators[4]"))?.cell).toEqual({ row: 4, field: "actual" });
  });
  it("sends other findings to their section", () => {
    expect(findingTarget(at("finalAccounts.generalBudget.amount"))?.section).toBe("final-accounts");
    expect(findingTarget(at("department.evaluation.execution[0].executed"))?.section).toBe("execution");
    expect(findingTarget(at("basicData.funds[2].final"))?.section).toBe("basic");
    expect(findingTarget(at("projects[1].name"))?.section).toBe("project-1");
    expect(findingTarget(at("narrative[2].text"))?.section).toBe("narrative");
    expect(findingTarget(at("publishedScores[0].score"))?.section).toBe("published-scores");
    expect(findingTarget(at("第3行"))).toBeNull();
  });
  it("takes the path every finding of a real audit carries, and focuses the field its location names", () => {
    const validated = validateDataset(
      JSON.parse(readFileSync(new URL("../../../examples/lingling-2024.json", import.meta.url), "utf8")),
    );
    if (!validated.ok) throw new Error("examples/lingling-2024.json is not a valid dataset");
    // 零陵's 受众人数: target 2 万人次, actual "25000" (UNIT-MISMATCH on the actual).
    const { findings } = auditDataset(validated.dataset, getBuiltinProfile("hunan")!);
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(finding.path, finding.location).toBeDefined();
      const target = findingTarget(finding.path);
      if (target) expect(target.path).toBe(finding.location);
    }
    const onActual = findings.find((f) => f.code === "UNIT-MISMATCH");
    expect(onActual?.path).toEqual(["department", "evaluation", "indicators", 1, "actual"]);
    expect(findingTarget(onActual?.path)).toMatchObject({ section: "indicators", cell: { row: 1, field: "actual" } });
  });
});
