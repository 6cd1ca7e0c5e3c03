/**
 * The indicator grid in a real browser, used the way an accountant uses a spreadsheet: a project table of seed 004
 * (table 10, 凉山州级科普专项经费) copied from WPS and pasted with Ctrl+V into an empty table of the workspace; the
 * suggested scores, the execution score and the total shown against what the server's scoring code computes for the
 * same rows (and against the figures the seed printed, where the rule agrees with them); scores following each
 * keystroke; Escape, Enter, Tab and the arrows moving as in Excel; the reason required below the weight; the printed
 * deductions entered as overrides until the table shows the printed 98; a bad block or cell refused by row and column; a
 * block pasted in the middle; rows added and deleted; and everything saved as shown.
 */
import { readFileSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EvaluationTable, Indicator } from "../../src/core/dataset/schema.ts";
import { formatFixed } from "../../src/core/numbers/decimal.ts";
import { parseOperator } from "../../src/core/parse/parse-operator.ts";
import { getBuiltinProfile } from "../../src/core/profiles/builtin-profiles.ts";
import { scoreTable } from "../../src/core/scoring/score-table.ts";
import type { TableScore } from "../../src/core/scoring/score-types.ts";
import { ApiClient } from "../support/api-client.ts";
import { newContext, screenshot, signIn, useBrowserEnvironment, type WebRegion } from "../support/browser.ts";

const SEED_004 = JSON.parse(
  readFileSync(new URL("../../seeds/tables/004_a45521c9d62b1714.json", import.meta.url), "utf8"),
);
type SeedRow = {
  level1: string;
  level2: string;
  level3: string;
  operator_printed: string;
  target: string;
  unit: string;
  actual: string;
  weight: string;
  score: string;
  reason: string;
};
const TABLE_10 = SEED_004.project_tables.find((table: { table_no: number }) => table.table_no === 10) as {
  project_name: string;
  total_score_printed: string;
  indicators: SeedRow[];
};
const SEED_ROWS = TABLE_10.indicators;
const COLUMN_ORDER = ["level1", "level2", "level3", "operator_printed", "target", "unit", "actual", "weight"] as const;
const tsv = (rows: readonly (readonly string[])[]) => rows.map((cells) => cells.join("\t")).join("\r\n");
/** The seven rows as WPS puts them on the clipboard, with the header row selected too; merged 一级 cells are empty. */
const PASTED = tsv([
  ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重"],
  ...SEED_ROWS.map((row) => COLUMN_ORDER.map((key) => row[key])),
]);

/** The project's budget block as in the demo's sample (调整后 148 万元, executed 148): the execution score is 10 of 10. */
const LIANGSHAN = JSON.parse(readFileSync(new URL("../../examples/liangshan-2023.json", import.meta.url), "utf8"));
const SAMPLE_PROJECT = LIANGSHAN.projects.find((project: { name: string }) => project.name === TABLE_10.project_name);
const PROFILE = getBuiltinProfile("sichuan")!;

/** The rows as the grid reads them, scored by the server's own code. */
function scoreRows(indicators: Indicator[]): TableScore {
  const table: EvaluationTable = { ...SAMPLE_PROJECT.evaluation, indicators };
  return scoreTable(table, "projects[0].evaluation", PROFILE);
}
function seedIndicators(): Indicator[] {
  let level1 = "";
  return SEED_ROWS.map((row) => {
    level1 = row.level1 || level1;
    const operator = parseOperator(row.operator_printed) ?? undefined;
    const indicator: Record<string, unknown> = {
      level1,
      level2: row.level2,
      level3: row.level3,
      operator,
      target: row.target,
      unit: row.unit,
      actual: row.actual || undefined,
      weight: row.weight,
    };
    if (operator && operator !== row.operator_printed) indicator.operatorPrinted = row.operator_printed;
    return indicator as Indicator;
  });
}
const shown = (score: TableScore) =>
  score.indicators.map((scored) => (scored.final === null ? "—" : formatFixed(scored.final, 2)));
const totalText = (score: TableScore) =>
  `${formatFixed(score.total, PROFILE.rounding.totalDecimals)} / ${formatFixed(score.totalWeight, 0)}`;

const grid = (page: Page) => page.getByTestId("indicator-grid");
const cell = (page: Page, row: number, field: string) => page.locator(`td[data-row="${row}"][data-field="${field}"]`);
const scoresOnScreen = (page: Page) =>
  page.locator('[data-testid="indicator-grid"] td[data-field="score"]').allTextContents();
const rowCount = (page: Page) => page.locator('[data-testid="indicator-grid"] tbody tr').count();
/** The grid cell that has the keyboard focus (the cell itself or its input), as "row:field". (Page code as text: the tests have no DOM types.) */
const focusedCell = (page: Page) =>
  page.evaluate(`(() => {
    const td = document.activeElement && document.activeElement.closest("td[data-row]");
    return td ? td.dataset.row + ":" + td.dataset.field : null;
  })()`) as Promise<string | null>;

/** Ctrl+V with text on the system clipboard, as after copying a block in WPS. */
async function pasteFromClipboard(page: Page, text: string) {
  await page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(text)})`);
  await page.keyboard.press("Control+V");
}

describe("the indicator grid in the browser", () => {
  const env = useBrowserEnvironment();
  let region: WebRegion;
  let context: BrowserContext;
  let page: Page;
  let api: ApiClient;
  let reportId: string;

  beforeAll(async () => {
    region = env.region;
    api = new ApiClient({ baseUrl: region.url });
    const filler = region.account("filler");
    expect((await api.signIn(filler.username, filler.password)).status).toBe(200);
    const unitId = ((await api.get("/api/reports")).body.reports as { unitId: string }[])[0]?.unitId;
    // A 2024 report with the project and its budget block, and an empty indicator table to paste into.
    const project = {
      name: SAMPLE_PROJECT.name,
      code: SAMPLE_PROJECT.code,
      evaluation: { ...SAMPLE_PROJECT.evaluation, indicators: [] },
    };
    const dataset = {
      formatVersion: 1,
      year: 2024,
      unit: LIANGSHAN.unit,
      projects: [project],
      narrative: [],
      publishedScores: [],
    };
    const created = await api.post("/api/reports", { unitId, year: 2024, profileId: "sichuan", dataset });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    reportId = created.body.id;
    context = await newContext(env.browser);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: region.url });
    page = await context.newPage();
    await signIn(page, region.url, filler);
    await page.goto(`${region.url}/reports/${reportId}/project-0`);
    await grid(page).waitFor();
  }, 60_000);
  afterAll(async () => {
    await context?.close();
  });

  it("Ctrl+V of seed 004's table 10 copied from WPS: header skipped, scores and total as the server's scoring computes them", async () => {
    expect(SEED_ROWS).toHaveLength(7);
    expect(await rowCount(page)).toBe(0);
    // A click on the empty table gives it the focus; Ctrl+V pastes there.
    await grid(page).click();
    await pasteFromClipboard(page, PASTED);
    await expect.poll(() => rowCount(page)).toBe(7);
    expect(await page.getByRole("status").filter({ hasText: "已粘贴" }).textContent()).toBe(
      "已粘贴 7 行（从第 1 行起）；Ctrl+Z 可撤销",
    );

    const expected = scoreRows(seedIndicators());
    expect(await scoresOnScreen(page)).toEqual(shown(expected));
    // The rule on each row gives the printed score where the unit applied it: the four rows that met their target.
    const printed = SEED_ROWS.map((row) => `${row.score}.00`);
    expect([0, 1, 3, 4].map((row) => shown(expected)[row])).toEqual([0, 1, 3, 4].map((row) => printed[row]));
    // Elsewhere it differs, as it should: 时效 has no 完成值 (no suggestion), 满意度 90 of ≥95 is 9.47 by the rule (the
    // unit printed 9), 成本 met its ≤148 (the unit deducted 1 for slow payment).
    expect(await scoresOnScreen(page)).toEqual(["20.00", "10.00", "—", "10.00", "10.00", "9.47", "20.00"]);
    expect(await grid(page).getByText("预算执行得分").locator("xpath=following-sibling::dd[1]").textContent()).toBe(
      "10.00",
    );
    expect(await page.getByTestId("indicator-total").textContent()).toBe("79.47");
    expect(await page.getByTestId("table-total").textContent()).toBe(totalText(expected));
    expect(totalText(expected)).toBe("89.47 / 100");
    expect(await page.getByTestId("table-grade").textContent()).toBe(expected.grade);
    // Full-width ＝ and ＞ read as = and >; the merged 一级 cells filled from above.
    expect(await cell(page, 0, "operator").locator("select").inputValue()).toBe("=");
    expect(await cell(page, 4, "operator").locator("select").inputValue()).toBe(">");
    expect(await cell(page, 1, "level1").textContent()).toBe("产出指标");
    // The rule behind a score on hover.
    expect(await cell(page, 5, "score").getAttribute("title")).toBe(expected.indicators[5]?.explanation);
    await screenshot(page, "20-grid-pasted");
  });

  it("scores follow the keystrokes; Escape cancels the cell; Enter commits and moves down", async () => {
    await cell(page, 2, "actual").click();
    await page.keyboard.type("1");
    // Not committed yet: the score and the total already show the typed value.
    await expect.poll(() => cell(page, 2, "score").textContent()).toBe("10.00");
    expect(await page.getByTestId("table-total").textContent()).toBe("99.47 / 100");
    await screenshot(page, "21-grid-typing");
    await page.keyboard.press("Escape");
    await expect.poll(() => cell(page, 2, "score").textContent()).toBe("—");
    expect(await cell(page, 2, "actual").locator("input").inputValue()).toBe("");
    expect(await page.getByTestId("table-total").textContent()).toBe("89.47 / 100");

    await page.keyboard.type("1");
    await page.keyboard.press("Enter");
    await expect.poll(() => focusedCell(page)).toBe("3:actual");
    expect(await cell(page, 2, "actual").textContent()).toBe("1");
    expect(await cell(page, 2, "score").textContent()).toBe("10.00");
    expect(await page.getByTestId("table-total").textContent()).toBe("99.47 / 100");
  });

  it("arrows, Tab and Shift+Tab move between cells; typing on a selected cell replaces its text", async () => {
    const path: string[] = [];
    for (const key of [
      "ArrowRight",
      "ArrowRight",
      "Tab",
      "Shift+Tab",
      "ArrowUp",
      "ArrowLeft",
      "ArrowLeft",
      "ArrowDown",
      "ArrowDown",
    ]) {
      await page.keyboard.press(key);
      path.push((await focusedCell(page)) ?? "none");
    }
    expect(path).toEqual([
      "3:weight",
      "3:score",
      "3:reason",
      "3:score",
      "2:score",
      "2:weight",
      "2:actual",
      "3:actual",
      "4:actual",
    ]);
    expect(await page.getByTestId("grid-rule").textContent()).toBe(
      `第 5 行得分：${scoreRows(seedIndicators()).indicators[4]?.explanation}`,
    );
    // Typing replaces the selected cell's text, as in Excel; Escape puts it back.
    await page.keyboard.type("2");
    expect(await cell(page, 4, "actual").locator("input").inputValue()).toBe("2");
    const typed = seedIndicators().map((indicator, row) =>
      row === 2 ? { ...indicator, actual: "1" } : row === 4 ? { ...indicator, actual: "2" } : indicator,
    );
    await expect.poll(() => cell(page, 4, "score").textContent()).toBe(shown(scoreRows(typed))[4]);
    expect(shown(scoreRows(typed))[4]).toBe("6.67");
    await page.keyboard.press("Escape");
    expect(await cell(page, 4, "actual").locator("input").inputValue()).toBe("3");
    await expect.poll(() => cell(page, 4, "score").textContent()).toBe("10.00");
  });

  it("a score below its weight requires the reason; the printed deductions entered as overrides give the printed 98", async () => {
    const reason = cell(page, 5, "reason");
    expect(await reason.getAttribute("class")).toContain("required-missing");
    expect(await reason.textContent()).toBe("须填写原因");
    expect(await cell(page, 0, "reason").getAttribute("class")).not.toContain("required-missing");
    await screenshot(page, "22-grid-reason-required");
    await reason.click();
    await page.keyboard.type(SEED_ROWS[5]!.reason);
    await page.keyboard.press("Enter");
    await expect.poll(() => reason.getAttribute("class")).not.toContain("required-missing");

    // 满意度: the unit's 9 as an override — the score first; it waits for its reason, which is marked as required.
    await cell(page, 5, "overrideScore").click();
    await page.keyboard.type("9");
    await page.keyboard.press("Tab");
    await expect.poll(() => focusedCell(page)).toBe("5:overrideReason");
    expect(await page.getByRole("status").filter({ hasText: "调整" }).textContent()).toBe(
      "第 6 行：已填写调整得分 9，填写调整理由后生效",
    );
    expect(await cell(page, 5, "score").textContent()).toBe("9.47");
    expect(await cell(page, 5, "overrideReason").getAttribute("class")).toContain("required-missing");
    await screenshot(page, "23-grid-override-waiting-for-reason");
    await page.keyboard.type("科普经费有限，服务群众满意度未达设定目标，按自评扣1分。");
    await page.keyboard.press("Enter");
    await expect.poll(() => cell(page, 5, "score").textContent()).toBe("9.00");
    expect(await cell(page, 5, "score").getAttribute("class")).toContain("overridden");
    expect(await cell(page, 5, "overrideReason").getAttribute("class")).not.toContain("required-missing");

    // 成本: 19 with the printed reason — this time the reason first.
    await cell(page, 6, "overrideReason").click();
    await page.keyboard.type("支付前期较缓慢，按自评扣1分。");
    await page.keyboard.press("Shift+Tab");
    expect(await cell(page, 6, "overrideScore").textContent()).toBe("");
    await expect
      .poll(() => cell(page, 6, "overrideScore").locator("input").getAttribute("placeholder"))
      .toBe("须填写得分");
    await page.keyboard.type("19");
    await page.keyboard.press("Enter");
    await expect.poll(() => cell(page, 6, "score").textContent()).toBe("19.00");
    // Now below its weight: the deviation reason is required too.
    expect(await cell(page, 6, "reason").textContent()).toBe("须填写原因");
    await cell(page, 6, "reason").click();
    await page.keyboard.type(SEED_ROWS[6]!.reason);
    await page.keyboard.press("Enter");

    // Every row now shows what the seed printed, and the total is the printed 合计.
    expect(await scoresOnScreen(page)).toEqual(SEED_ROWS.map((row) => `${row.score}.00`));
    expect(await page.getByTestId("table-total").textContent()).toBe(`${TABLE_10.total_score_printed}.00 / 100`);
    expect(await page.getByTestId("table-grade").textContent()).toBe("优");
    await screenshot(page, "24-grid-as-printed");
  });

  it("what is shown is what was saved: the server's dataset scored by the same code gives the same figures", async () => {
    await expect.poll(() => page.getByTestId("save-state").textContent(), { timeout: 10_000 }).toBe("已保存");
    const saved = (await api.get(`/api/reports/${reportId}/full`)).body.dataset.projects[0]
      .evaluation as EvaluationTable;
    expect(saved.indicators).toHaveLength(7);
    expect(saved.indicators[0]).toMatchObject({
      level1: "产出指标",
      operator: "=",
      operatorPrinted: "＝",
      target: "8",
      unit: "个（套）",
      actual: "8",
      weight: "20",
    });
    expect(saved.indicators[2]?.actual).toBe("1");
    expect(saved.indicators[5]?.override).toEqual({
      score: "9",
      reason: "科普经费有限，服务群众满意度未达设定目标，按自评扣1分。",
    });
    expect(saved.indicators[6]?.override).toEqual({ score: "19", reason: "支付前期较缓慢，按自评扣1分。" });
    const fromServer = scoreTable(saved, "projects[0].evaluation", PROFILE);
    expect(await scoresOnScreen(page)).toEqual(shown(fromServer));
    expect(await page.getByTestId("table-total").textContent()).toBe(totalText(fromServer));
    // After a reload the page shows the saved table the same way.
    await page.reload();
    await grid(page).waitFor();
    expect(await scoresOnScreen(page)).toEqual(shown(fromServer));
    expect(await page.getByTestId("table-total").textContent()).toBe("98.00 / 100");
  });

  it("a block or a cell that cannot be read is refused by row and column, and changes nothing", async () => {
    const before = await scoresOnScreen(page);
    await cell(page, 2, "level3").click();
    await page.keyboard.press("Escape");
    const bad = tsv([
      ["产出指标", "数量指标", "举办培训", "≥", "3", "期", "3", "10"],
      ["", "质量指标", "培训合格率", "约", "90", "％", "92", "10"],
    ]);
    await pasteFromClipboard(page, bad);
    await expect
      .poll(() => grid(page).getByRole("alert").textContent())
      .toBe("粘贴未完成：第 2 行“指标性质”列的“约”无法识别，应为 ≥ ≤ = > < 或 定性");
    expect(await rowCount(page)).toBe(7);
    expect(await scoresOnScreen(page)).toEqual(before);
    await screenshot(page, "25-grid-bad-paste");

    // A cell that cannot be read is refused the same way: the edit stays open until it is fixed or Escape.
    await cell(page, 2, "weight").click();
    await page.keyboard.type("十分");
    await page.keyboard.press("Enter");
    await expect
      .poll(() => grid(page).getByRole("alert").textContent())
      .toBe("第 3 行“权重”：权重“十分”应为不小于 0 的数字");
    expect(await focusedCell(page)).toBe("2:weight");
    await page.keyboard.press("Escape");
    expect(await cell(page, 2, "weight").locator("input").inputValue()).toBe("10");
    expect(await grid(page).getByRole("alert").count()).toBe(0);
    expect(await scoresOnScreen(page)).toEqual(before);
  });

  it("a block pasted at a row replaces from there down (asked first) and extends the table; rows are added and deleted", async () => {
    await cell(page, 5, "level3").click();
    await page.keyboard.press("Escape");
    // Full-width digits and signs, a cell with a line break (WPS quotes it), as people paste them.
    const block = tsv([
      ["满意度指标", "服务对象满意度指标", '"参训人员\n满意度"', "≧", "９５", "％", "９０", "１０"],
      ["成本指标", "经济成本指标", "培训费用", "≤", "12", "万元", "12", "10"],
      ["", "", "场地费用", "≤", "3", "万元", "3.5", "10"],
    ]);
    await pasteFromClipboard(page, block);
    // Row 6 has content: the paste asks before overwriting it.
    const question = page.getByTestId("paste-question");
    await question.waitFor();
    expect(await question.textContent()).toContain("将覆盖第 6–8 行，其中 2 行已有内容");
    expect(await rowCount(page)).toBe(7);
    await screenshot(page, "26-grid-paste-asks-before-overwriting");
    await question.getByRole("button", { name: "覆盖" }).click();
    await expect.poll(() => rowCount(page)).toBe(8);
    const indicators = [
      ...seedIndicators().slice(0, 5),
      {
        level1: "满意度指标",
        level2: "服务对象满意度指标",
        level3: "参训人员\n满意度",
        operator: "≥",
        operatorPrinted: "≧",
        target: "９５",
        unit: "％",
        actual: "９０",
        weight: "10",
      },
      {
        level1: "成本指标",
        level2: "经济成本指标",
        level3: "培训费用",
        operator: "≤",
        target: "12",
        unit: "万元",
        actual: "12",
        weight: "10",
      },
      {
        level1: "成本指标",
        level2: "经济成本指标",
        level3: "场地费用",
        operator: "≤",
        target: "3",
        unit: "万元",
        actual: "3.5",
        weight: "10",
      },
    ] as Indicator[];
    indicators[2] = { ...indicators[2]!, actual: "1" };
    const expected = scoreRows(indicators);
    expect(await scoresOnScreen(page)).toEqual(shown(expected));
    expect(await page.getByTestId("table-total").textContent()).toBe(totalText(expected));
    expect(await cell(page, 5, "score").textContent()).toBe("9.47");
    expect(await cell(page, 7, "level1").textContent()).toBe("成本指标");
    await screenshot(page, "26-grid-pasted-in-the-middle");

    await page.getByTestId("indicator-grid").getByRole("button", { name: "添加一行" }).click();
    await expect.poll(() => rowCount(page)).toBe(9);
    expect(await cell(page, 8, "score").textContent()).toBe("—");
    await cell(page, 8, "level3").click();
    await page.getByRole("button", { name: "删除第 9 行" }).click();
    await expect.poll(() => rowCount(page)).toBe(8);
    await expect.poll(() => page.getByTestId("save-state").textContent(), { timeout: 10_000 }).toBe("已保存");
    const saved = (await api.get(`/api/reports/${reportId}/full`)).body.dataset.projects[0]
      .evaluation as EvaluationTable;
    expect(saved.indicators.map((indicator) => indicator.level3)).toEqual(
      indicators.map((indicator) => indicator.level3),
    );
  });
});
