import { describe, expect, it } from "vitest";
import { checkText } from "../check-text.ts";

const findingsOf = (text: string, year = 2024) => checkText(text, { year });

describe("shares (PROSE-SHARE and the shared percentage codes)", () => {
  it("finds truncated shares against the total the share names (seed 000)", () => {
    const text =
      "全年实际收入总额3422.59万元，其中：财拨收入3098.86万元，占收入总额的90.54%，其他收入323.73万元，占收入总额的9.46%；本年支出总额3537.34万元，其中：科学技术支出3107.33万元，占支出总额的87.84%，社会保障和就业支出207.89万元，占支出总额的5.87%，卫生健康支出94.77万元，占支出总额的2.67%，住房保障支出127.37万元，占支出总额的3.6%。";
    const truncated = findingsOf(text).filter((f) => f.code === "PROSE-PERCENT-TRUNCATED");
    expect(truncated.map((f) => [f.found, f.expected, f.severity])).toEqual([
      ["5.87%", "5.88%", "error"],
      ["2.67%", "2.68%", "error"],
    ]);
    expect(truncated[0]?.message).toContain("207.89÷3537.34");
  });

  it("finds 53.65% for 468.99 ÷ 874.05 and stays silent on 46.34% (seed 004)", () => {
    const text =
      "2023年度本年支出合计874.05万元，其中：基本支出468.99万元，占53.65%；项目支出405.06万元，占46.34%；上缴上级支出0万元，占0%。";
    const findings = findingsOf(text, 2023);
    expect(findings.map((f) => [f.code, f.found, f.expected])).toEqual([
      ["PROSE-PERCENT-TRUNCATED", "53.65%", "53.66%"],
    ]);
  });

  it("calls a wrong share wrong, and a last-digit slip a warning", () => {
    const [wrong] = findingsOf("合计100万元，其中：甲40万元，占45%；乙60万元，占55%。").filter(
      (f) => f.code === "PROSE-SHARE",
    );
    expect([wrong?.expected, wrong?.found, wrong?.severity]).toEqual(["40.00%", "45%", "error"]);
    const [slip] = findingsOf("合计874.05万元，其中：甲468.99万元，占53.67%；乙405.06万元，占46.34%。");
    expect([slip?.code, slip?.severity, slip?.expected]).toEqual(["PROSE-PERCENT-ROUNDING", "warning", "53.66%"]);
  });

  it("notes a difference the rounding of the 万元 amounts explains (2.95% for 25.74 ÷ 874.05)", () => {
    const text =
      "2023年度一般公共预算财政拨款支出874.05万元，主要用于以下方面:科学技术支出701.17万元，占80.22%；社会保障和就业支出125.26万元，占14.33%；卫生健康支出21.88万元，占2.5%；住房保障支出25.74万元，占2.95%。";
    const findings = findingsOf(text, 2023);
    expect(findings.map((f) => [f.code, f.severity, f.expected, f.found])).toEqual([
      ["PROSE-DISPLAY-ROUNDING", "info", "2.94%", "2.95%"],
    ]);
  });

  it("uses the sum of the listed parts when no total is stated and the shares add to about 100% (seed 004 三公)", () => {
    const text =
      "2023年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0万元，占0%；公务用车购置及运行维护费支出决算7.41万元，占97.55%；公务接待费支出决算0.19万元，占2.44%。";
    const findings = findingsOf(text, 2023);
    expect(findings.map((f) => [f.code, f.expected, f.found])).toEqual([
      ["PROSE-DISPLAY-ROUNDING", "97.50%", "97.55%"],
      ["PROSE-DISPLAY-ROUNDING", "2.50%", "2.44%"],
    ]);
    expect(findings[0]?.message).toContain("7.41÷各项之和7.60");
  });

  it("notes a share printed without two decimals when they would differ", () => {
    const [finding] = findingsOf(
      "调整预算数收入874.05万元、其中基本支出拨入468.99万元，占当年拨入总额的54%；项目支出拨入405.06万元，占当年拨入总额的46.34%。",
    );
    expect([finding?.code, finding?.expected, finding?.found]).toEqual(["PROSE-PERCENT-PRECISION", "53.66%", "54%"]);
  });

  it("wants “—” for a share of a zero total", () => {
    const text = "政府采购支出总额0万元。授予中小企业合同金额0万元，占政府采购支出总额的0%。";
    const [finding] = findingsOf(text).filter((f) => f.line === 1 && f.quote?.startsWith("授予"));
    expect([finding?.code, finding?.expected, finding?.found]).toEqual(["PROSE-ZERO-BASE-ZERO", "—", "0%"]);
  });

  it("stays silent on a share whose base is not stated", () => {
    expect(findingsOf("一般公共预算财政拨款支出874.05万元，占本年支出合计的100%。")).toEqual([]);
  });
});
