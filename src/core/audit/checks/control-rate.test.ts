import { describe, expect, it } from "vitest";
import { brief, runCheck } from "./check-fixture.ts";
import { controlRateCheck } from "./control-rate.ts";

describe("CONTROL-RATE", () => {
  it("finds nothing for 7 ÷ 8 = 87.5% (seed 001)", () => {
    expect(
      runCheck(controlRateCheck, {
        basicData: { staff: { authorized: 8, inService: 7, printed: { controlRate: "87.5%" } } },
      }),
    ).toEqual([]);
  });

  it("flags a wrong rate and takes the counts from the unit profile when the table has none", () => {
    const findings = runCheck(controlRateCheck, {
      unit: { name: "测试单位", staff: { authorized: 6, inService: 5 } },
      basicData: { staff: { printed: { controlRate: "80%" } } },
    });
    expect(brief(findings)).toEqual([
      { code: "CONTROL-RATE", severity: "error", location: "basicData.staff.printed.controlRate", expected: "83.33%" },
    ]);
    expect(findings[0]?.message).toContain("实际在职 5 人 ÷ 编制 6 人");
  });
});
