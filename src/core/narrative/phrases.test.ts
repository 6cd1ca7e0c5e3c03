import { describe, expect, it } from "vitest";
import { wanToFen } from "../money/fen.ts";
import { changeText, completionText, shareText } from "./phrases.ts";
import { showAmountWithUnit } from "../display/show-number.ts";

const w = wanToFen;

describe("generated phrases (凉山 2023 figures)", () => {
  it("writes the total decline as 减少3.42万元，下降0.39%", () => {
    expect(changeText(w("874.05"), w("877.47"))).toBe("减少3.42万元，下降0.39%");
  });
  it("divides by the prior year: 三公 7.60 against 56.79 is a 86.62% decline, not 647.24%", () => {
    expect(changeText(w("7.60"), w("56.79"))).toBe("减少49.19万元，下降86.62%");
  });
  it("机关运行经费 51.17 against 49.33 grows 3.73%", () => {
    expect(changeText(w("51.17"), w("49.33"))).toBe("增加1.84万元，增长3.73%");
  });
  it("says 持平 only for equal figures, and never prints a rate on a zero base", () => {
    expect(changeText(w("0.68"), w("0.68"))).toBe("持平");
    expect(changeText(w("0.68"), w("0.67"))).toBe("增加0.01万元，增长1.49%");
    expect(changeText(w("5"), w("0"))).toBe("上年无此项");
  });
  it("rounds shares half-up and names the budget base of a completion rate", () => {
    expect(shareText(w("468.99"), w("874.05"))).toBe("占53.66%");
    expect(shareText(w("1"), 0)).toBe("占—");
    expect(completionText(w("874.05"), w("614.51"), "initial")).toBe("完成年初预算的142.24%");
    expect(completionText(0, 0, "adjusted")).toBe("调整后预算数为0，完成率为—");
    expect(showAmountWithUnit(w("0.0714"))).toBe("0.07万元");
  });
});
