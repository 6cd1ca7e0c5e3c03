/** The prose audit on real text (issue 10): each reading with the sentence it was made for, right and wrong. */
import { describe, expect, it } from "vitest";
import { checkText } from "./check-text.ts";

const run = (text: string) => checkText(text, { year: 2023 }).map((f) => [f.code, f.severity, f.message]);
const codes = (text: string) => checkText(text, { year: 2023 }).map((f) => f.code);

describe("single-character verbs 增/减 after a comparison", () => {
  it("较上年减12.30万元，下降8.2% is right (150.00 last year)", () => {
    expect(run("2023年度基本支出137.70万元，较上年减12.30万元，下降8.2%。")).toEqual([]);
    expect(run("2023年度项目支出84.16万元，比上年增4.16万元，增长5.2%。")).toEqual([]);
  });
  it("and is checked: 减12.30 with a rate of 9.2% is wrong", () => {
    expect(codes("2023年度基本支出137.70万元，较上年减12.30万元，下降9.2%。")).toEqual(["PROSE-CHANGE-RATE"]);
  });
  it("增收/减收 are change verbs", () => {
    // 6789.47 ÷ 25789.47 = 26.33%: right at one decimal, so only the document's one precision note.
    expect(codes("2023年度非税收入19,000万元，较上年同期减收6,789.47万元，下降26.3%。")).toEqual([
      "PROSE-PERCENT-PRECISION",
    ]);
    expect(codes("2023年度非税收入19,000万元，较上年同期减收6,789.47万元，下降23.3%。")).toEqual(["PROSE-CHANGE-RATE"]);
  });
});

describe("double negatives", () => {
  it("下降-5.20% is an increase of 5.20%, said as a style warning, not a wrong direction", () => {
    expect(run("2023年度一般公共预算财政拨款支出84.16万元，比上年增加4.16万元，下降-5.20%。")).toEqual([
      ["PROSE-DOUBLE-NEGATIVE", "warning", "“下降-5.20%”是双重否定，意为增长5.20%，应直接写作“增长5.20%”"],
    ]);
  });
});

describe("printed precision", () => {
  const text =
    "2023年度基本支出137.7万元，较上年减少12.3万元，下降8.2%。项目支出84.2万元，比上年增加4.2万元，增长5.3%。三公经费1.2万元，比上年增加0.1万元，增长9.1%。";
  it("a right 1-decimal rate is right: one info for the document, with the count", () => {
    const findings = checkText(text, { year: 2023 });
    expect(findings.map((f) => f.code)).toEqual(["PROSE-PERCENT-PRECISION"]);
    expect(findings[0]?.message).toBe(
      "增减率印为5.3%，未保留两位小数；4.20÷80.00，上年数=84.2−4.2，应为5.25%（全文共2处百分比未保留两位小数，数值按其位数均正确，仅提示一次）",
    );
  });
  it("or none, as the profile's prose.precisionNotice says", () => {
    expect(checkText(text, { year: 2023, precisionNotice: "off" })).toEqual([]);
  });
});

describe("a change against the amount it belongs to", () => {
  it("支出决算为2.10万元，完成全年预算6.0万元的35.0%，比上年减少0.40万元，下降16%: all right", () => {
    expect(
      run("2023年度“三公”经费支出决算为2.10万元，完成全年预算6.0万元的35.0%，比上年减少0.40万元，下降16%。"),
    ).toEqual([]);
    expect(
      codes("2023年度“三公”经费支出决算为2.10万元，完成全年预算6.0万元的35.0%，比上年减少0.40万元，下降6.25%。"),
    ).toEqual(["PROSE-CHANGE-RATE"]);
  });
});

describe("identities across sentences", () => {
  it("收入合计 + 年初结转和结余 = 收入总计", () => {
    expect(run("2023年度收入合计350.20万元。年初结转和结余12.35万元。收入总计362.55万元。")).toEqual([]);
    expect(run("2023年度收入合计350.20万元。年初结转和结余12.35万元。收入总计372.55万元。")).toEqual([
      [
        "PROSE-CARRY-OVER-TOTAL",
        "error",
        "收入合计350.20万元 + 年初结转和结余12.35万元 = 362.55万元，与所述收入总计372.55万元相差10.00万元",
      ],
    ]);
    expect(codes("2023年度支出合计340.00万元，年末结转和结余22.55万元，支出总计362.56万元。")).toEqual([
      "PROSE-SUM-ROUNDING",
    ]);
    // One fund's figures beside the whole statement's are not mixed into it.
    expect(
      codes("2023年度收入合计350.20万元，年初结转和结余12.35万元。财政拨款收入合计300.00万元。收入总计362.55万元。"),
    ).toEqual([]);
  });
  it("the parts of a change add up to the change", () => {
    const right =
      "2023年度收入99,000万元，较上年同期110,000万元下降10.0%，减收11,000万元；其中：税收收入80,000万元，较上年同期84,210.53万元下降5.0%，减收4,210.53万元；非税收入19,000万元，较上年同期25,789.47万元下降26.3%，减收6,789.47万元。";
    // Each part's change is read as its own statement: the one-decimal 26.3% (26.33%) is right at its precision and
    // draws only the once-per-document precision notice.
    expect(run(right)).toEqual([
      ["PROSE-PERCENT-PRECISION", "info", "增减率印为26.3%，未保留两位小数；6789.47÷25789.47，应为26.33%"],
    ]);
    // A "其中" that names only some of the parts says nothing of the others' changes.
    expect(codes(right.replace("非税收入19,000万元", "非税收入9,000万元"))).not.toContain("PROSE-CHANGE-PARTS");
    expect(run(right.replace("减收6,789.47万元", "减收5,789.47万元"))).toEqual([
      [
        "PROSE-CHANGE-PARTS",
        "error",
        "其中各项的增减额 −4210.53 −5789.47 = −10000.00万元，与合计99000万元的增减额−11000.00万元相差1000.00万元",
      ],
      // The part's own statement: its two years differ by 6789.47, and its rate is that of the two years.
      ["PROSE-CHANGE-AMOUNT", "error", "变动额应为6789.47万元（19000−25789.47 = -6789.47万元），文中为5789.47万元"],
      ["PROSE-PERCENT-PRECISION", "info", "增减率印为26.3%，未保留两位小数；6789.47÷25789.47，应为26.33%"],
    ]);
  });
});

describe("the parts of a change across sentences and in parentheses (天山区 2019)", () => {
  const total = "2023年度三公经费支出合计585.53万元,同比减少145.03万元,主要是压减支出。\n";
  const parts =
    "其中:因公出国(境)经费0万元,同比减少0万元,主要是无出国安排。公务用车购置及运行费585.53万元,同比减少144.92万元(公务用车购置费0万元,同比减少0万元;公务用车运行维护费585.53万元,同比减少144.92万元)。各单位严禁公车私用。公务接待费0.00万元,同比减少0.11万元。";
  it("reads the 其中 list of the next sentences against the total before it, and the parts in parentheses", () => {
    expect(codes(total + parts)).toEqual([]);
  });
  it("flags parts that do not add up to the total's change", () => {
    expect(run(total.replace("145.03", "144.92") + parts)).toEqual([
      [
        "PROSE-CHANGE-PARTS",
        "error",
        "其中各项的增减额 0.00 −144.92 −0.11 = −145.03万元，与合计585.53万元的增减额−144.92万元相差0.11万元",
      ],
    ]);
    expect(run(total + parts.replace("585.53万元,同比减少144.92万元)", "585.53万元,同比减少0万元)"))).toEqual([
      [
        "PROSE-CHANGE-PARTS",
        "error",
        "括号内各项的增减额 0.00 0.00 = 0.00万元，与585.53万元的增减额−144.92万元相差144.92万元",
      ],
    ]);
  });
  it("judges no list that names only some of the parts, or whose total is not the sentence before", () => {
    // A total the parts do not add up to (600.00 against 0 + 585.53 + 0.00) is not the whole of the list.
    expect(codes(total.replace("585.53", "600.00") + parts)).toEqual([]);
    expect(codes(total + "另外,会议费1.00万元。" + parts)).toEqual([]);
  });
});

describe("each sub-item's completion against its own budget", () => {
  const text =
    "2023年度支出决算120.00万元，完成年初预算150.00万元的80.00%。其中：基本支出100.00万元，完成年初预算110.00万元的90.91%；项目支出20.00万元，完成年初预算40.00万元的50.00%。";
  it("right rates and no false sum of budgets with spending", () => {
    expect(run(text)).toEqual([]);
  });
  it("a wrong sub-item rate is computed against its own budget", () => {
    expect(run(text.replace("90.91%", "83.33%"))).toEqual([
      ["PROSE-COMPLETION-RATE", "error", "完成预算比例应为90.91%（100.00÷110.00），文中为83.33%"],
    ]);
  });
});

describe("zero bases", () => {
  it("0% for a zero base is a warning, not an error", () => {
    expect(run("2023年度公务接待费0万元，上年度0万元，增长0%。")).toEqual([
      ["PROSE-ZERO-BASE-ZERO", "warning", "上年数为0，增减率无意义，应写“—”或“上年无此项支出”，文中为0%"],
    ]);
    expect(codes("项目支出12万元，上年度项目支出0万元，增加12万元，增长100%。")).toEqual(["PROSE-ZERO-BASE"]);
  });
});

describe("unit-label mistakes in a 元 document", () => {
  it("a budget mislabelled 万元 is said so, with the rate in 元, never as 完成预算0.00%", () => {
    expect(
      run(
        "2023年度部门支出490,000.00元，完成年初预算500,000.00万元的98.00%。其中基本支出300,000.00元，上年支出310,000.00元。",
      ),
    ).toEqual([
      [
        "PROSE-UNIT-WRONG",
        "error",
        "预算数500000.00的单位应为元：按元计完成率 98.00%（490000.00÷500000.00），与文中98.00%相符",
      ],
    ]);
  });
});

describe("a text printed incompletely", () => {
  it("adds nothing across its sentences", () => {
    const text = "2023年度收入合计350.20万元。年初结转和结余12.35万元。收入总计372.55万元。";
    expect(codes(text)).toEqual(["PROSE-CARRY-OVER-TOTAL"]);
    expect(checkText(text, { year: 2023, incomplete: true })).toEqual([]);
    expect(
      checkText("本年支出合计874.05万元，其中：基本支出468.99万元；项目支出410.06万元。", {
        year: 2023,
        incomplete: true,
      }),
    ).toEqual([]);
    expect(codes("本年支出合计874.05万元，其中：基本支出468.99万元；项目支出410.06万元。")).toEqual(["PROSE-SUM"]);
  });
});
