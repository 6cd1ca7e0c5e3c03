import { describe, expect, it } from "vitest";
import { findingTarget } from "./finding-target.ts";

describe("findingTarget", () => {
  it("sends an indicator finding to its grid cell", () => {
    expect(findingTarget("projects[3].evaluation.indicators[2].actual")).toEqual({
      section: "project-3",
      cell: { row: 2, field: "actual" },
      path: "projects[3].evaluation.indicators[2].actual",
    });
    expect(findingTarget("department.evaluation.indicators[0].weight")?.cell).toEqual({ row: 0, field: "weight" });
    expect(findingTarget("department.evaluation.indicators[4]")?.cell).toEqual({ row: 4, field: "actual" });
  });
  it("sends other findings to their section", () => {
    expect(findingTarget("finalAccounts.generalBudget.amount")?.section).toBe("final-accounts");
    expect(findingTarget("department.evaluation.execution[0].executed")?.section).toBe("execution");
    expect(findingTarget("basicData.funds[2].final")?.section).toBe("basic");
    expect(findingTarget("projects[1].name")?.section).toBe("project-1");
    expect(findingTarget("narrative[2].text")?.section).toBe("narrative");
    expect(findingTarget("第3行")).toBeNull();
  });
});
