import { describe, expect, it } from "vitest";
import { checkText } from "../check-text.ts";

const summary = (text: string) => checkText(text, { year: 2023 }).map((f) => [f.code, f.found]);

describe("template text and ‱", () => {
  it("finds choices left unmade, without checking the figures of that sentence", () => {
    expect(summary("因公出国（境）支出决算比2022年增加/减少0万元，增长/下降0%原因及开支内容等情况。")).toEqual([
      ["PROSE-TEMPLATE-UNFILLED", "增加/减少，增长/下降"],
    ]);
    expect(summary("决算数大于／小于预算数的主要原因是……")).toEqual([["PROSE-TEMPLATE-UNFILLED", "大于／小于"]]);
  });

  it("finds placeholders left in", () => {
    expect(summary("主要用于…（具体工作）。")).toEqual([["PROSE-PLACEHOLDER", "（具体工作）"]]);
    expect(summary("\t2.（一个专项一行）")).toEqual([["PROSE-PLACEHOLDER", "（一个专项一行）"]]);
    expect(summary("共开展活动XX次，支出X万元。")).toEqual([["PROSE-PLACEHOLDER", "XX，X"]]);
  });

  it("does not take ordinary brackets or Markdown for placeholders", () => {
    expect(summary("**2、多层次开展科普工作。**（详见附件1-1）资助ESS（美国科技教育协会）项目。")).toEqual([]);
  });

  it("gives a ‱ rate in %", () => {
    const [finding] = checkText("“天府科技云”精准科普覆盖率7526.52‱。", { year: 2023 });
    expect([finding?.code, finding?.expected, finding?.found]).toEqual(["PROSE-PERMYRIAD", "75.27%", "7526.52‱"]);
  });

  it("finds a blank left for the number: 占 %, 比上年减少 万元", () => {
    expect(summary("其中：因公出国（境）费0万元，占 %，比上年减少 万元。")).toEqual([
      ["PROSE-PLACEHOLDER", "占 %，减少 万元"],
    ]);
    expect(summary("其中：因公出国（境）费0万元，占0%，比上年减少0.28万元。").map((s) => s[0])).not.toContain(
      "PROSE-PLACEHOLDER",
    );
  });
});
