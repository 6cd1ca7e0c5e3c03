import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../dataset/schema.ts";
import { parseDatasetJson } from "../../dataset/validate-dataset.ts";
import { getBuiltinProfile } from "../../profiles/builtin-profiles.ts";
import type { RuleProfile } from "../../profiles/profile-schema.ts";
import { checkText } from "../../prose/check-text.ts";
import { scoreDataset } from "../../scoring/score-dataset.ts";
import { composeFinalAccounts } from "./compose-final-accounts.ts";
import type { FinalAccountsChart, FinalAccountsText } from "./final-accounts-blocks.ts";
import { SYNTHETIC_DATASET } from "./synthetic-dataset.fixture.ts";

function loadExample(file: string): Dataset {
  const result = parseDatasetJson(readFileSync(new URL(`../../../../examples/${file}`, import.meta.url), "utf8"));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.dataset;
}

/** The document as plain text, one block per line, charts left out (they are not prose). */
function plainText(text: FinalAccountsText): string {
  return [text.title, ...text.blocks.flatMap((b) => (b.kind === "chart" ? [] : [b.text]))].join("\n");
}

function compose(dataset: Dataset): FinalAccountsText {
  const text = composeFinalAccounts(dataset);
  if (!text) throw new Error("no final accounts");
  return text;
}

const charts = (text: FinalAccountsText): FinalAccountsChart[] =>
  text.blocks.flatMap((b) => (b.kind === "chart" ? [b.chart] : []));
const wan = (fen: number) => (fen / 1_000_000).toFixed(2);

describe("凉山 2023 决算说明 (seed 004), generated from the dataset", () => {
  const text = compose(loadExample("liangshan-2023.json"));
  const prose = plainText(text);
  const paragraphs = text.blocks.flatMap((b) => (b.kind === "paragraph" || b.kind === "note" ? [b.text] : []));
  const find = (start: string) => paragraphs.find((p) => p.startsWith(start)) ?? "";

  it("states the totals with the prior-year base: 下降0.39%, not the printed 4%", () => {
    expect(prose).toContain("2023年度收、支总计各874.05万元。与2022年相比，收、支总计各减少3.42万元，下降0.39%。");
    expect(prose).toContain("与2022年相比，财政拨款收、支总计各减少3.42万元，下降0.39%。");
    expect(prose).toContain(
      "一般公共预算财政拨款支出874.05万元，占本年支出合计的100.00%。与2022年相比，一般公共预算财政拨款支出减少3.42万元，下降0.39%。",
    );
    expect(prose).not.toMatch(/下降4%/);
  });

  it("keeps the unit's reasons, without their wrong figures", () => {
    expect(find("2023年度收、支总计")).toContain("主要变动原因是总体减少科普项目资金拨入所致。");
    expect(find("2023年度“三公”经费财政拨款支出决算为")).toContain("主要原因是减少公务用车购置费用。");
    expect(find("2023年度，凉山州科学技术协会机关运行经费")).toContain(
      "主要原因是按照正常晋级职工工资基数增提职工福利费工会经费等。",
    );
  });

  it("rounds shares half-up: 基本支出468.99万元，占53.66% (seed: 53.65%), 住房保障 2.94% (seed: 2.95%)", () => {
    expect(prose).toContain("其中：基本支出468.99万元，占53.66%；项目支出405.06万元，占46.34%。");
    expect(prose).toContain("住房保障支出25.74万元，占2.94%");
    expect(prose).toContain("其中：人员经费417.82万元，占89.09%；公用经费51.17万元，占10.91%。");
  });

  it("names the budget base of every completion rate", () => {
    expect(prose).toContain("决算数为874.05万元，年初预算数为614.51万元，完成年初预算的142.24%。");
    expect(prose).not.toMatch(/完成预算\d/);
  });

  it("lists every function line with its figure, the current 款 names, and the 221 class seed 004 dropped", () => {
    const expected: Array<[string, string]> = [
      ["科学技术支出（206类）科学技术普及（07款）机构运行（01项）", "296.11"],
      ["科学技术支出（206类）科学技术普及（07款）科普活动（02项）", "12.00"],
      ["科学技术支出（206类）科学技术普及（07款）青少年科技活动（03项）", "2.80"],
      ["科学技术支出（206类）科学技术普及（07款）学术交流活动（04项）", "12.00"],
      ["科学技术支出（206类）科学技术普及（07款）其他科学技术普及支出（99项）", "300.19"],
      ["科学技术支出（206类）其他科学技术支出（99款）其他科学技术支出（99项）", "78.07"],
      ["社会保障和就业支出（208类）行政事业单位养老支出（05款）行政单位离退休（01项）", "78.39"],
      ["社会保障和就业支出（208类）行政事业单位养老支出（05款）事业单位离退休（02项）", "2.21"],
      ["社会保障和就业支出（208类）行政事业单位养老支出（05款）机关事业单位基本养老保险缴费支出（05项）", "29.77"],
      ["社会保障和就业支出（208类）行政事业单位养老支出（05款）机关事业单位职业年金缴费支出（06项）", "14.89"],
      ["卫生健康支出（210类）行政事业单位医疗（11款）行政单位医疗（01项）", "7.38"],
      ["卫生健康支出（210类）行政事业单位医疗（11款）事业单位医疗（02项）", "2.74"],
      ["卫生健康支出（210类）行政事业单位医疗（11款）公务员医疗补助（03项）", "8.77"],
      ["卫生健康支出（210类）行政事业单位医疗（11款）其他行政事业单位医疗支出（99项）", "2.98"],
    ];
    expected.forEach(([subject, amount], i) => {
      expect(paragraphs).toContain(
        `${i + 1}.${subject}：支出决算为${amount}万元（${i === 0 || i >= 6 ? "基本支出" : "项目支出"}），完成调整后预算的100.00%，决算数等于预算数。`,
      );
    });
    expect(paragraphs).toContain("15.住房保障支出（221类）：支出决算为25.74万元，数据中未提供该类的款、项明细。");
    expect(prose).not.toContain("行政单位养老支出（05款）");
    expect(prose).not.toContain("行政事业单位离退休（05款）");
  });

  it("prints no rounding note: the 210 lines' 21.87 against the class's 21.88 is the audit's (SUM-PARTS)", () => {
    expect(paragraphs.filter((text) => text.includes("相差"))).toEqual([]);
    expect(paragraphs).toContain(
      "14.卫生健康支出（210类）行政事业单位医疗（11款）其他行政事业单位医疗支出（99项）：支出决算为2.98万元（基本支出），完成调整后预算的100.00%，决算数等于预算数。",
    );
  });

  it("三公: down 86.62% (seed: 647.24%), structure from the printed amounts, 因公出国 with no budget gets —", () => {
    expect(find("2023年度“三公”经费财政拨款支出决算为")).toBe(
      "2023年度“三公”经费财政拨款支出决算为7.60万元，完成全年预算的100.00%。与2022年相比，“三公”经费财政拨款支出减少49.19万元，下降86.62%。主要原因是减少公务用车购置费用。",
    );
    expect(prose).toContain(
      "其中：因公出国（境）费0.00万元，占0.00%；公务用车购置及运行维护费7.41万元，占97.50%；公务接待费0.19万元，占2.50%。",
    );
    expect(find("1.因公出国")).toBe(
      "1.因公出国（境）费支出决算0.00万元，全年预算数为0.00万元，完成率为—。2022年和2023年均无此项支出。全年未安排因公出国（境）团组。",
    );
    expect(find("2.公务用车")).toContain("与2022年相比，公务用车购置及运行维护费支出减少49.23万元，下降86.92%。");
    expect(find("3.公务接待费")).toContain("与2022年相比，公务接待费支出增加0.04万元，增长26.67%。");
    expect(prose).toContain("共接待2批次、18人次");
  });

  it("机关运行经费 grows 3.73% (seed: 37.3%)", () => {
    expect(find("2023年度，凉山州科学技术协会机关运行经费")).toContain(
      "机关运行经费支出51.17万元。与2022年相比，机关运行经费增加1.84万元，增长3.73%。",
    );
  });

  it("never publishes template text or a rate on a zero base", () => {
    expect(prose).not.toMatch(/增加\/减少|增长\/下降|（具体工作）|…|XX/);
    expect(prose).not.toMatch(/占0%|完成预算0%/);
    expect(prose).toContain("凉山州科学技术协会未发生政府采购支出。");
    expect(prose).toContain("凉山州科学技术协会2023年度无政府性基金预算财政拨款支出。");
  });

  it("prints the unit's own 十（四）: its 事前评估 and 监控 counts and each score with its 综述", () => {
    expect(prose).toContain("“人才发展专项”3个项目开展了预算事前绩效评估；对新增及延续11个项目编制了绩效目标");
    expect(prose).toContain("1.凉山州科学技术协会部门整体绩效自评得分为97分。绩效自评综述：");
    expect(prose).toContain("项目立项专项资金44.84万元，资金到位率达到了100%。");
    expect(prose).not.toContain("共填报项目支出绩效自评表21张");
  });

  it("prints the scores of 十（四） as computed when given the scores, the unit's where they agree", () => {
    const dataset = loadExample("liangshan-2023.json");
    const sichuan = getBuiltinProfile("sichuan") as RuleProfile;
    const computed = composeFinalAccounts(dataset, { scores: scoreDataset(dataset, sichuan), profile: sichuan });
    const lines = (computed?.blocks ?? []).flatMap((b) => (b.kind === "chart" ? [] : [b.text]));
    expect(lines.find((l) => l.startsWith("2.专项“凉山州科学技术协会换届选举”项目自评得分99.79分。"))).toMatch(
      /执行情况良好，自评得分99\.79分。（绩效自评报告详见附件2-1）$/,
    );
    expect(lines.find((l) => l.startsWith("1.凉山州科学技术协会部门整体绩效自评得分为97分。"))).toBeDefined();
    expect(
      lines.find((l) => l.startsWith("3. 专项“第38届凉山州青少年科技创新大赛”项目绩效自评得分90分。")),
    ).toBeDefined();
    expect(lines.join("\n")).not.toMatch(/自评得分(?:99|100)分/);
  });

  it("builds the seven charts from the same figures", () => {
    const byFigure = Object.fromEntries(
      charts(text).map((c) => [
        c.figure,
        { kind: c.kind, categories: c.categories, values: c.series.map((s) => s.values.map(wan)) },
      ]),
    );
    expect(byFigure).toEqual({
      图1: { kind: "bar", categories: ["2022年", "2023年"], values: [["877.47", "874.05"]] },
      图2: { kind: "pie", categories: ["一般公共预算财政拨款收入"], values: [["874.05"]] },
      图3: { kind: "pie", categories: ["基本支出", "项目支出"], values: [["468.99", "405.06"]] },
      图4: { kind: "bar", categories: ["2022年", "2023年"], values: [["877.47", "874.05"]] },
      图5: { kind: "bar", categories: ["2022年", "2023年"], values: [["877.47", "874.05"]] },
      图6: {
        kind: "pie",
        categories: ["科学技术支出", "社会保障和就业支出", "卫生健康支出", "住房保障支出"],
        values: [["701.17", "125.26", "21.88", "25.74"]],
      },
      图7: { kind: "pie", categories: ["公务用车运行维护费", "公务接待费"], values: [["7.41", "0.19"]] },
    });
  });

  it("explains terms from the code tables, 三公经费 with 因公出国（境）费", () => {
    expect(prose).toContain("科学技术支出（206类）科学技术普及（07款）科普活动（02项）：反映用于开展科普活动的支出。");
    expect(prose).toContain("住房保障支出（221类）：反映政府用于住房保障方面的支出。");
    expect(prose).toMatch(
      /\d+\.“三公”经费：指部门用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。/,
    );
  });

  it("follows the outline: parts 一 to 四 (附件, listing the reports filed with it), sections 一 to 十; 附表 第五部分", () => {
    const headings = text.blocks.flatMap((b) => (b.kind === "part" || b.kind === "heading1" ? [b.text] : []));
    expect(headings).toEqual([
      "第一部分 部门概况",
      "一、部门职责",
      "二、机构设置",
      "第二部分 2023年度部门决算情况说明",
      "一、收入支出决算总体情况说明",
      "二、收入决算情况说明",
      "三、支出决算情况说明",
      "四、财政拨款收入支出决算总体情况说明",
      "五、一般公共预算财政拨款支出决算情况说明",
      "六、一般公共预算财政拨款基本支出决算情况说明",
      "七、财政拨款“三公”经费支出决算情况说明",
      "八、政府性基金预算支出决算情况说明",
      "九、国有资本经营预算支出决算情况说明",
      "十、其他重要事项的情况说明",
      "第三部分 名词解释",
      "第四部分 附件",
    ]);
    expect(paragraphs.filter((p) => p.startsWith("附件"))).toEqual([
      "附件1-1：凉山州科学技术协会2023年整体支出绩效评价自评报告",
      "附件1-2：凉山州科学技术协会部门预算绩效评价报告",
      "附件2-1：凉山州科学技术协会2023年“凉山州科学技术协会换届选举项目”绩效自评报告",
      "附件2-2：凉山州科学技术协会第38届凉山州青少年科技创新大赛项目绩效自评报告",
      "附件2-3：凉山州科学技术协会学术交流活动业务经费绩效自评报告",
    ]);
    expect(text.schedulesHeading).toBe("第五部分 附表");
    expect(find("一是开展学术交流")).not.toBe("");
    expect(text.titleLines).toEqual(["凉山州科学技术协会", "2023年度部门决算情况说明"]);
  });

  it("gives the prose audit nothing to find", () => {
    expect(checkText(prose)).toEqual([]);
    expect(checkText(prose, { year: 2023 })).toEqual([]);
  });
});

describe("a dataset using every branch (synthetic county 科协 2024)", () => {
  const text = compose(SYNTHETIC_DATASET);
  const prose = plainText(text);

  it("a unit filing no reports with its 决算 gets no 附件 part: 第三部分 名词解释, then 第四部分 附表", () => {
    expect(text.blocks.filter((b) => b.kind === "part").map((b) => (b.kind === "part" ? b.text : ""))).toEqual([
      "第一部分 部门概况",
      "第二部分 2024年度部门决算情况说明",
      "第三部分 名词解释",
    ]);
    expect(text.schedulesHeading).toBe("第四部分 附表");
  });

  it("writes 持平, 上年无此项 with no rate, and a missing prior year as missing", () => {
    expect(prose).toContain("与2023年相比，财政拨款收、支总计持平。");
    expect(prose).toContain("与2023年相比，因公出国（境）费支出增加3.00万元（上年无此项，增长率为—）。");
    const withoutPrior = compose({
      ...SYNTHETIC_DATASET,
      finalAccounts: { ...SYNTHETIC_DATASET.finalAccounts, totals: { amount: "300.5" }, charts: [], functionLines: [] },
    });
    expect(plainText(withoutPrior)).toContain(
      "2024年度收、支总计各300.50万元。上年（2023年）决算数未提供，未与上年比较。",
    );
    expect(charts(withoutPrior).find((c) => c.figure === "图1")?.categories).toEqual(["2024年"]);
  });

  it("compares each line with its budget, names the base and gives the reason", () => {
    expect(prose).toContain(
      "2.科学技术支出（206类）科学技术普及（07款）科普活动（02项）：支出决算为60.00万元（项目支出），完成调整后预算的93.02%，决算数小于预算数4.50万元，主要原因是部分活动改为线上举办，节约经费。",
    );
    expect(prose).toContain(
      "3.科学技术支出（206类）其他科学技术支出（99款）：支出决算为30.00万元（项目支出），完成年初预算的120.00%，决算数大于预算数5.00万元，主要原因是年中追加院士专家工作站经费。",
    );
    expect(prose).toContain(
      "其他社会保障和就业支出（99款）其他社会保障和就业支出（01项）：支出决算为10.00万元，预算数未提供。",
    );
    expect(prose).toContain("完成年初预算的116.20%，调整后预算数为295.00万元，完成调整后预算的98.47%。");
  });

  it("states procurement with its SME shares, and 100万元 equipment", () => {
    expect(prose).toContain(
      "政府采购支出总额40.00万元，其中：政府采购货物支出25.00万元，政府采购工程支出0.00万元，政府采购服务支出15.00万元。主要用于购置办公设备和科普展品维护服务。授予中小企业合同金额30.00万元，占政府采购支出总额的75.00%。授予小微企业合同金额12.00万元，占政府采购支出总额的30.00%。",
    );
    expect(prose).toContain(
      "共有车辆2辆，其中：应急保障用车1辆、其他用车1辆。单价100万元以上设备（不含车辆）1台（套）。",
    );
  });

  it("splits 公务用车 into 购置 and 运行维护 in 图7 when the parts add up", () => {
    const sangong = charts(text).find((c) => c.figure === "图7");
    expect(sangong?.categories).toEqual(["因公出国（境）费", "公务用车购置费", "公务用车运行维护费", "公务接待费"]);
    expect(sangong?.series[0]?.values.map(wan)).toEqual(["3.00", "5.00", "3.00", "1.50"]);
  });

  it("says what the dataset does not give instead of leaving a gap", () => {
    expect(prose).toContain("（数据中未提供机构设置。）");
    expect(prose).toContain("示例县科学技术协会部门整体绩效自评得分95.5分，评价等级为“优”。");
  });

  it("gives the prose audit nothing to find", () => {
    expect(checkText(prose)).toEqual([]);
  });
});

describe("composeFinalAccounts", () => {
  it("returns null for a dataset without final accounts", () => {
    expect(composeFinalAccounts({ ...SYNTHETIC_DATASET, finalAccounts: undefined })).toBeNull();
  });
});
