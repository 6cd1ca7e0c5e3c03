/**
 * The Word file of the 四川 project forms, read back from its XML: for every one of seed 004's 21 projects the merges
 * of the header rows and of 一级指标, the budget figures as the seed prints them (except the rates on a zero budget,
 * which are "—", not the seed's 0.00%), and the scores and totals as computed — which differ from the printed ones
 * exactly where seed-mistakes.md §8.5 says the seed is wrong.
 */
import { describe, expect, it } from "vitest";
import { showAmount } from "../../core/display/show-number.ts";
import { wanToFen } from "../../core/money/fen.ts";
import { checkText } from "../../core/prose/check-text.ts";
import { readDocxText } from "../read-docx-text.ts";
import { buildProjectTablesDocx } from "./build-project-tables-docx.ts";
import { type DocxCell, type DocxTable, readDocxTables } from "./docx-tables.test-support.ts";
import { liangshanInput, seedProjectTables } from "./liangshan-input.test-support.ts";

const input = liangshanInput();
const [file] = await buildProjectTablesDocx(input);
const tables = file ? readDocxTables(file.data) : [];
const seed = seedProjectTables();

/** Total weight and total score as scoring computes them; the seed prints 100 and the second value in brackets. */
const COMPUTED_TOTALS: readonly [string, string][] = [
  ["100", "100"],
  ["100", "100"],
  ["100", "100"],
  ["100", "100"],
  ["100", "100"],
  ["100", "100"],
  ["100", "100"],
  ["100", "100"],
  ["100", "100"],
  ["100", "89.47"], // 凉山州级科普专项经费 (98): 时效 has no 完成值, 满意度 90/95 → 9.47, 成本 met → 20 (§8.5 #32, #34, #36)
  ["100", "99.79"], // 换届选举项目 (99): 满意度 93/95 × 10 = 9.79 (#34)
  ["100", "49.47"], // 科普宣传活动业务经费 (99): four indicators without 完成值 score nothing (#24, #36)
  ["100", "100"],
  ["100", "90"], // 第38届青科赛 (100): 社会效益 has no 完成值 (#35)
  ["100", "99.47"], // 关爱儿童示范岗 (97): 满意度 9.47, not 7 (#34)
  ["120", "119.47"], // 人才发展专项 (100 / 97): the second 绩效指标 block adds 20 points of weight (#27)
  ["100", "89.35"], // 全民科学素质提升专项 (98): 时效 without 完成值, 满意度 87/93 → 9.35 (#31, #34)
  ["100", "99.47"], // 学术交流活动业务经费 (98): 质量 10 not 20, 成本 20 not 10, 满意度 9.47 (#26, #34)
  ["100", "90"], // 老科技工作者 (98): 时效 without 完成值, 满意度 met → 10, 成本 met → 20 (#25, #36)
  ["100", "100"], // 省级科普专项资金 (99): 时效 met → 10, not 9 (#33)
  ["100", "99.21"], // 天府科技云服务项目 (98): 满意度 90/95 × 15 = 14.21 (#34)
];

/** Indicator scores that differ from the seed's printed ones: project index → 三级指标 (start) → computed score. */
const SCORE_CORRECTIONS: Record<number, Record<string, string>> = {
  9: { "2022年1-12月完成": "—", "相关部门、群众满意度": "9.47", 年度完成各项目工作费用: "20" },
  10: { "相关部门、参会代表满意度": "9.79" },
  11: {
    "2023年4-12月前": "—",
    开阔科技教师: "—",
    对科技教师可持续影响: "—",
    参加培训的教师满意度: "9.47",
    参加培训学习费用: "—",
  },
  13: { 大赛成为面向全州: "—" },
  14: { 学生及家长满意度: "9.47" },
  15: { "相关部门、科技工作者满意度": "9.47" },
  16: { "2022年1-12月前": "—", 政府各部门: "9.35" },
  17: { "论文评选一、二等奖": "10", 科技工作者满意度: "9.47", 论文评选活动费用: "20" },
  18: { "2023年1-12月前": "—", 各社会群体: "10", 年度工作经费: "20" },
  19: { "2023年1-11月完成": "10" },
  20: { 保姆业务熟练程度: "14.21" },
};

const texts = (row: readonly DocxCell[] | undefined) => (row ?? []).map((cell) => cell.text);
const spans = (row: readonly DocxCell[] | undefined) => (row ?? []).map((cell) => cell.gridSpan);

/** The cell starting at grid column `column` (0 = A) of a row, from the cells' spans. */
function cellAt(row: readonly DocxCell[] | undefined, column: number): DocxCell | undefined {
  let at = 0;
  for (const cell of row ?? []) {
    if (at === column) return cell;
    at += cell.gridSpan;
  }
  return undefined;
}

const clean = (text: string) => text.trim();
const asWan = (text: string) => (text === "" ? "" : showAmount(wanToFen(text)));

describe("buildProjectTablesDocx", () => {
  it("makes one .docx named for the unit and year, of kind projectTables", () => {
    expect(file?.name).toBe("凉山州科学技术协会2023年度部门预算项目支出绩效自评表.docx");
    expect([file?.kind, file?.format]).toEqual(["projectTables", "docx"]);
  });

  it("returns no file for a dataset without projects", async () => {
    expect(await buildProjectTablesDocx({ ...input, dataset: { ...input.dataset, projects: [] } })).toEqual([]);
  });

  it("holds one table per project, each under its title and from the second on a new page", () => {
    expect(tables).toHaveLength(21);
    tables.forEach((table, i) => {
      expect(table.titleBefore).toBe("部门预算项目支出绩效自评表（2023年度）");
      expect(table.pageBreakBefore).toBe(i > 0);
    });
  });

  it("prints 州本级其他补助支出 as 0.00 / 31.82 / 31.82, 100.00%, weight 10, score 10", () => {
    const table = tables[3] as DocxTable;
    expect(texts(table.rows[0])[1]).toBe("51340021R000000033807-州本级其他补助支出");
    expect(texts(table.rows[6])).toEqual([
      "",
      "总额",
      "0.00",
      "31.82",
      "31.82",
      "100.00%",
      "10",
      "10",
      expect.stringContaining("其他补助支出"),
    ]);
    expect(texts(table.rows[8]).slice(1, 8)).toEqual(["财政专户管理资金", "0.00", "0.00", "0.00", "—", "/", "/"]);
    expect(texts(table.rows.at(-5))).toEqual(["合计", "100", "100", ""]);
  });
});

describe("every 凉山 project against seed 004", () => {
  it.each(Array.from({ length: 21 }, (_, i) => i))("project %i: header merges, budget, indicators and totals", (i) => {
    const table = tables[i] as DocxTable;
    const printed = seed[i];
    if (!printed) throw new Error(`seed table ${i} missing`);
    const rows = table.rows;

    // 项目名称 / 主管部门 / 实施单位 and 项目基本情况, with their horizontal and vertical merges.
    expect(texts(rows[0])).toEqual(["项目名称", printed.project_cell_printed]);
    expect(spans(rows[0])).toEqual([1, 11]);
    expect(texts(rows[1])).toEqual(["主管部门", printed.department, "实施单位（盖章）", printed.implementer]);
    expect(spans(rows[1])).toEqual([1, 5, 2, 4]);
    expect(rows[2]?.map((c) => [c.text, c.gridSpan, c.vMerge])).toEqual([
      ["项目基本情况", 1, "restart"],
      ["1.项目年度目标完成情况", 2, "restart"],
      ["项目年度目标", 5, null],
      ["年度目标完成情况", 4, null],
    ]);
    expect(rows[3]?.map((c) => [c.gridSpan, c.vMerge])).toEqual([
      [1, "continue"],
      [2, "continue"],
      [5, null],
      [4, null],
    ]);
    expect(clean(rows[3]?.[2]?.text ?? "")).toBe(clean(printed.goals));
    expect(clean(rows[3]?.[3]?.text ?? "")).toBe(clean(printed.goal_completion));
    expect(rows[4]?.map((c) => [c.gridSpan, c.vMerge])).toEqual([
      [1, "continue"],
      [2, null],
      [9, null],
    ]);

    // 预算执行情况: the label merged down six rows, the figures as printed, a zero budget's rate "—".
    expect(rows[5]?.map((c) => [c.text, c.gridSpan, c.vMerge])).toEqual([
      ["预算执行情况（10分）", 1, "restart"],
      ["年度预算数（万元）", 2, null],
      ["年初预算", 1, null],
      ["调整后预算数", 1, null],
      ["预算执行数", 2, null],
      ["预算执行率", 2, null],
      ["权重", 1, null],
      ["得分", 1, null],
      ["原因", 1, null],
    ]);
    printed.budget_rows.forEach((budget, r) => {
      const row = rows[6 + r];
      expect(row?.[0]?.vMerge).toBe("continue");
      const rate = budget.adjusted === "" ? "" : Number(budget.adjusted) === 0 ? "—" : budget.rate_printed;
      const isTotal = budget.row === "总额";
      // The seed prints "11" and "25" in two places; the form's 万元 always carry two decimals.
      expect(texts(row).slice(1, 8)).toEqual([
        budget.row,
        asWan(budget.initial),
        asWan(budget.adjusted),
        asWan(budget.executed),
        rate,
        isTotal ? "10" : "/",
        isTotal ? "10" : "/",
      ]);
    });

    // 绩效指标: one header per printed block, 一级 merged down its rows, the computed scores.
    let r = 11;
    const corrections = SCORE_CORRECTIONS[i] ?? {};
    const blocks = [...new Set(printed.indicators.map((ind) => ind.block))];
    for (const block of blocks) {
      const indicators = printed.indicators.filter((ind) => ind.block === block);
      const header = rows[r];
      expect(header?.[0]).toMatchObject({ text: "绩效指标（90分）", vMerge: "restart" });
      expect(texts(header).slice(1)).toEqual([
        "一级指标",
        "二级指标",
        "三级指标",
        "指标性质",
        "指标值",
        "度量单位",
        "完成值",
        "权重",
        "得分",
        "未完成原因分析",
      ]);
      // Expected 一级 runs: a printed name starts a run, a blank cell continues the one above.
      const runs: number[] = [];
      for (const ind of indicators) {
        if (ind.level1 !== "" || runs.length === 0) runs.push(1);
        else runs[runs.length - 1] = (runs.at(-1) ?? 0) + 1;
      }
      let run = 0;
      let left = 0;
      indicators.forEach((ind, k) => {
        const row = rows[r + 1 + k];
        expect(row?.[0]?.vMerge).toBe("continue");
        const level1 = cellAt(row, 1);
        if (left === 0) {
          left = runs[run++] ?? 1;
          expect(level1?.text).toBe(ind.level1);
          expect(level1?.vMerge).toBe(left > 1 ? "restart" : null);
        } else {
          expect(level1?.vMerge).toBe("continue");
        }
        left--;
        const level3 = cellAt(row, 3);
        expect(level3?.gridSpan).toBe(2);
        const correction = Object.entries(corrections).find(([start]) => ind.level3.startsWith(start));
        expect([level3?.text, ...[5, 6, 7, 8, 9, 10].map((c) => cellAt(row, c)?.text)]).toEqual([
          ind.level3,
          ind.operator_printed,
          clean(ind.target),
          ind.unit,
          clean(ind.actual),
          ind.weight,
          correction ? correction[1] : clean(ind.score),
        ]);
      });
      expect(left).toBe(0);
      r += indicators.length + 1;
    }

    const [weight, total] = COMPUTED_TOTALS[i] ?? ["", ""];
    expect(texts(rows[r])).toEqual(["合计", weight, total, ""]);
    expect(spans(rows[r])).toEqual([9, 1, 1, 1]);
    expect(texts(rows[r + 4])).toEqual([`项目负责人：${printed.project_lead}`, `财务负责人：${printed.finance_lead}`]);
    expect(rows).toHaveLength(r + 5);
  });

  it("differs from the printed totals only on the eleven tables the seed gets wrong", () => {
    const differing = seed.flatMap((printed, i) => {
      const [weight, total] = COMPUTED_TOTALS[i] ?? ["", ""];
      return weight === printed.total_weight_printed && total === printed.total_score_printed
        ? []
        : [printed.project_name];
    });
    expect(differing).toHaveLength(11);
    expect(differing).toContain("人才发展专项");
    expect(differing).not.toContain("州本级其他补助支出");
  });
});

describe("the prose audit on the generated text", () => {
  const text = file ? readDocxText(file.data) : "";

  it("finds nothing but the two wrong years the seed's own indicator names carry (§8.5 #31, #32)", () => {
    const findings = checkText(text);
    expect(findings.map((f) => [f.code, f.quote])).toEqual([
      ["PROSE-YEAR", "2022年1-12月完成"],
      ["PROSE-YEAR", "2022年1-12月前"],
    ]);
  });

  it("finds nothing at all once those two names carry the report year", async () => {
    const projects = input.dataset.projects.map((project) => {
      if (!project.evaluation) return project;
      const indicators = project.evaluation.indicators.map((ind) => ({
        ...ind,
        level3: ind.level3.replace(/^2022年/, "2023年"),
      }));
      return { ...project, evaluation: { ...project.evaluation, indicators } };
    });
    const [fixed] = await buildProjectTablesDocx({ ...input, dataset: { ...input.dataset, projects } });
    expect(checkText(readDocxText(fixed?.data ?? new Uint8Array()))).toEqual([]);
  });

  it("prints the form's notes under every table", () => {
    const notes = text.split("\n").filter((line) => line.startsWith("注：1.预算执行率=预算执行数/调整后预算数"));
    expect(notes).toHaveLength(21);
    expect(notes[0]).toBe(
      "注：1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因（100字以内）；2.年中发生预算调整的（追加或调减），应单独说明理由；3.其他资金包括：社会投入资金、银行贷款。",
    );
  });
});
