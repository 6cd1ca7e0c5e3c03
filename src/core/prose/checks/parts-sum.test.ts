import { describe, expect, it } from "vitest";
import { checkText } from "../check-text.ts";

const codes = (text: string, year = 2024) => checkText(text, { year }).map((f) => f.code);
const withCode = (text: string, code: string, year = 2024) => checkText(text, { year }).filter((f) => f.code === code);

describe("PROSE-SUM / PROSE-SUM-ROUNDING", () => {
  it("finds parts that exceed their total and restates the shares on the parts' sum (seed 002)", () => {
    const text =
      "区科协2022年年初收入预算163.68万元，其中：上年结转年0.84万元，占0%；一般公共预算拨款收入163.68万元，占100%；政府性基金预算拨款收入0万元，占0%；事业收入0万元，占0%。";
    const findings = checkText(text, { year: 2022 });
    expect(findings.map((f) => f.code)).toEqual(["PROSE-SUM"]);
    expect(findings[0]?.expected).toBe("164.52万元");
    expect(findings[0]?.found).toBe("163.68万元");
    expect(findings[0]?.message).toContain("0.84 + 163.68 + 0 + 0 = 164.52万元");
    expect(findings[0]?.message).toContain("0.84万元占0.51%");
    expect(findings[0]?.message).toContain("163.68万元占99.49%");
  });

  it("warns when the gap is within the rounding of the printed amounts (seed 000: 3537.36 vs 3537.34)", () => {
    const text =
      "本年支出总额3537.34万元，其中：科学技术支出3107.33万元，占支出总额的87.84%，社会保障和就业支出207.89万元，占支出总额的5.88%，卫生健康支出94.77万元，占支出总额的2.68%，住房保障支出127.37万元，占支出总额的3.6%。";
    const [finding] = withCode(text, "PROSE-SUM-ROUNDING");
    expect(finding?.severity).toBe("warning");
    expect(finding?.expected).toBe("3537.36万元");
    expect(finding?.message).toContain("相差0.02万元");
    expect(codes(text)).toEqual(["PROSE-SUM-ROUNDING"]);
  });

  it("reads a total that closes the sentence before 其中 (seed 002, correct)", () => {
    const text =
      "2022年收入、支出预算163.68万元，全部为一般公共预算财政拨款。其中科学技术支出125.43万元；社会保障和就业支出20.15万元；卫生健康支出5.95万元；住房保障支出12.15万元。";
    expect(codes(text, 2022)).toEqual([]);
  });

  it("errs when a list that claims to be complete falls short", () => {
    const [finding] = withCode("合计100万元，其中：甲40万元，占40%；乙50万元，占60%。", "PROSE-SUM");
    expect(finding?.message).toContain("少于所述合计100万元10.00万元");
    expect(finding?.expected).toBe("90.00万元");
  });

  it("stays silent on a partial list", () => {
    expect(codes("2023年本级财政资金下达559.31万元，其中基本支出135.44万元。", 2023)).toEqual([]);
    expect(codes("资金100万元，其中甲10万元，乙20万元。")).toEqual([]);
  });

  it("does not read narrative after 其中 as parts", () => {
    const narrative =
      "（1）基本支出468.99万元，其中人员经费年初预算349.21万元，年中因职工正常晋级工资等缴费增加至417.82万元。";
    expect(codes(narrative, 2023)).toEqual([]);
    const aside =
      "2023年财政拨款总收支614.51万元全面完整编入当年年初预算，其中基本支出经费400.51万元、项目支出经费214万元（不含州财政代编对县、市转移支付项目50万元）。";
    expect(codes(aside, 2023)).toEqual([]);
  });

  it("folds a 合计 subtotal into the list and checks it against the parts before it", () => {
    const right =
      "总支874.05万元，其中人员经费417.82万元，公用经费51.17万元，以上基本支出合计468.99万元，项目支出405.06万元。";
    expect(codes(right)).toEqual([]);
    const wrong =
      "总支874.05万元，其中人员经费417.82万元，公用经费51.17万元，以上基本支出合计469.99万元，项目支出404.06万元。";
    const [finding] = withCode(wrong, "PROSE-SUM");
    expect(finding?.expected).toBe("468.99万元");
    expect(finding?.found).toBe("469.99万元");
  });

  it("accepts a total printed at fewer decimals than its parts (0.0714 + 0.1144 = 0.1858 → 0.19)", () => {
    expect(codes("共计支出0.19万元，具体内容包括接待费用0.0714万元、调研费用0.1144万元。")).toEqual([]);
  });
});

describe("PROSE-SUM on lists written 共…X元，其中A…元，B…元 and X万元，为A…万元 (G-SUMLIST)", () => {
  // Made-up project texts: the budget and the 完成 of the same five items, one of them listed short.
  const items = (amounts: string[]) =>
    `其中培训教材${amounts[0]}元,讲师,助教劳务费${amounts[1]}元,场地租赁${amounts[2]}元,学员交通补助${amounts[3]}元,宣传资料印制${amounts[4]}元。`;
  const budget = `本项目共申请预算资金500000元,${items(["120000", "90000", "60000", "150000", "30000"])}`;
  const done = `本项目共完成预算资金451200.5元,${items(["118000", "88000", "60000", "155200.5", "30000"])}`;

  it("a list that adds up elsewhere with the same items is complete: this one, short by 50,000元, is an error in 元", () => {
    const findings = withCode(`${budget}\n${done}`, "PROSE-SUM");
    expect(findings.map((f) => f.line)).toEqual([1]);
    expect(findings[0]?.expected).toBe("450,000.00元");
    expect(findings[0]?.found).toBe("500000元");
    expect(findings[0]?.message).toContain("少于所述合计500000元50,000.00元");
    expect(findings[0]?.message).toContain("同样各项的另一列举恰好等于其合计");
  });
  it("alone, the short list may be partial: nothing is said", () => {
    expect(codes(budget)).toEqual([]);
  });
  it("a name cut by a comma (讲师,助教劳务费) stays one part: the right list adds up", () => {
    expect(codes(done)).toEqual([]);
  });
  it("a list after “X万元，为” that exceeds its total is an error; a short one ending in 等 is not", () => {
    const text =
      "省级资金80.5万元,为道路硬化30万元,路灯安装12.5万元,水毁修复50万元;市级资金40万元,为奖励督查10万元,环境整治25万元等。";
    const findings = withCode(text, "PROSE-SUM");
    expect(findings.map((f) => f.found)).toEqual(["80.5万元"]);
    expect(findings[0]?.expected).toBe("92.50万元");
  });
  it("“为” after an amount that is no list (a completion) is left alone", () => {
    expect(codes("本年支出决算100万元,为年初预算的95.00%,主要用于人员经费60万元。")).toEqual([]);
  });
});
