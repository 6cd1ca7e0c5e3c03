import { describe, expect, it } from "vitest";
import { brief, runCheck } from "./check-fixture.ts";
import { perTenThousandCheck } from "./per-ten-thousand.ts";

describe("PER-TEN-THOUSAND", () => {
  it("flags ‱ and gives the percentage (seed 004: 7526.52‱ = 75.27%)", () => {
    const findings = runCheck(perTenThousandCheck, {
      narrative: [
        {
          title: "（一）部门预算总体绩效分析",
          text: "“天府科技云”精准科普覆盖率7526.52‱、精准科普服务群众数3747260人。",
        },
      ],
    });
    expect(brief(findings)).toEqual([
      { code: "PER-TEN-THOUSAND", severity: "warning", location: "narrative[0].text", expected: "75.27%" },
    ]);
    expect(findings[0]?.found).toBe("7526.52‱");
  });

  it("finds nothing in text using %", () => {
    expect(runCheck(perTenThousandCheck, { narrative: [{ title: "x", text: "精准科普覆盖率75.27%。" }] })).toEqual([]);
  });
});
