import { describe, expect, it } from "vitest";
import { wanToFen } from "../../money/fen.ts";
import { compareWithPrior, hasChange } from "./compare-with-prior.ts";

const years = { year: 2023, priorYear: 2022 };
const compare = (subject: string, current: string, prior: string | undefined) =>
  compareWithPrior({
    subject,
    current: wanToFen(current),
    prior: prior === undefined ? undefined : wanToFen(prior),
    ...years,
  });

describe("compareWithPrior", () => {
  it("picks the verb by sign and divides by the prior year", () => {
    expect(compare("收、支总计各", "874.05", "877.47")).toBe("与2022年相比，收、支总计各减少3.42万元，下降0.39%。");
    expect(compare("公务接待费支出", "0.19", "0.15")).toBe("与2022年相比，公务接待费支出增加0.04万元，增长26.67%。");
  });

  it("says 持平 only for equal amounts, without the 各 of the subject", () => {
    expect(compare("财政拨款收、支总计各", "290.5", "290.50")).toBe("与2022年相比，财政拨款收、支总计持平。");
  });

  it("never prints a rate on a zero base", () => {
    expect(compare("因公出国（境）费支出", "3", "0")).toBe(
      "与2022年相比，因公出国（境）费支出增加3.00万元（上年无此项，增长率为—）。",
    );
    expect(compare("因公出国（境）费支出", "0", "0")).toBe("2022年和2023年均无此项支出。");
  });

  it("says a missing prior year is missing instead of treating it as zero", () => {
    expect(compare("机关运行经费", "51.17", undefined)).toBe("上年（2022年）决算数未提供，未与上年比较。");
  });

  it("a decrease to zero is a 100% decline", () => {
    expect(compare("公务用车购置费", "0", "20")).toBe("与2022年相比，公务用车购置费减少20.00万元，下降100.00%。");
  });

  it("hasChange is false without a prior year or without a difference", () => {
    expect([hasChange(1, undefined), hasChange(1, 1), hasChange(1, 0), hasChange(1, 2)]).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });
});
