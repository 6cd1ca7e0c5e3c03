/**
 * THE browser check of issue 15: a new unit's 填报人 starts from an EMPTY report and enters one sample unit's whole
 * year — 零陵 2024 (seed 001: 基础数据表, 部门整体支出绩效自评表, 决算 figures of the prose, the report's fifteen
 * sections) — in every section, by typing and pasting only (keyboard and the clipboard, never JSON), until the audit
 * has no error; the generated Word and Excel files then hold the same figures as the CLI's documents of the example
 * dataset examples/lingling-2024.json (bar the figures the audit made the walk correct); the 主管部门 returns it once
 * on a field comment, then approves, 财政 approves and publishes, and the public PDF holds no placeholder. The walk's
 * duration is printed.
 *
 * The values typed are the seed's as transcribed (examples/lingling-2024.json, made from seeds/tables/001_….json
 * and the seed text): the test reads them there as a person reads the printed document.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { unzipSync } from "fflate";
import type { Dataset } from "../../src/core/dataset/schema.ts";
import { readDocxText } from "../../src/documents/read-docx-text.ts";
import { newContext, screenshot, signIn, useBrowserEnvironment } from "../support/browser.ts";
import { waitForPublishedPdfs } from "../support/published-pdfs.ts";

const EXAMPLE_FILE = new URL("../../examples/lingling-2024.json", import.meta.url);
const EXAMPLE = JSON.parse(readFileSync(EXAMPLE_FILE, "utf8")) as Dataset;
const UNIT = "永州市零陵区科学技术协会";
const WALKER = { username: "lingling-walker", password: "walk-the-year-2024" };

const dept = EXAMPLE.department!.evaluation!;
const accounts = EXAMPLE.finalAccounts!;

/** What the audit of the seed's figures finds wrong, and what the 填报人 types instead when the finding opens it. */
const CORRECTIONS = {
  // 受众人数 counted in 人次 under a 万人次 target: 25000 人次 = 2.5 万人次.
  audience: "2.5",
  // The 基础数据表's 公用经费 row against the 决算's: the 决算 (and the prose) give 24.52 and 36.70.
  publicPrior: "24.52",
  publicFinal: "36.70",
  // 年初 153.53 and 全年 127.10 differ: the statement "未进行预算相关事项的调整" cannot stand.
  adjustment: "本年预算调整减少26.43万元，主要是科普专项经费并入公用经费统筹使用。",
};

function at(page: Page, path: string) {
  return page.locator(`.section-content [data-path="${path}"]`).first();
}

/** Puts text on the clipboard and pastes it with Ctrl+V, as from the seed document. */
async function paste(page: Page, text: string) {
  await page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(text)})`);
  await page.keyboard.press("Control+V");
}

/** Clicks a field, selects what it holds and types (short) or pastes (long, several lines) the text. */
async function enter(page: Page, path: string, text: string) {
  const field = at(page, path);
  await field.click();
  await page.keyboard.press("Control+A");
  if (text.length > 30 || text.includes("\n")) await paste(page, text);
  else await page.keyboard.type(text);
}

async function choose(page: Page, path: string, value: string) {
  await at(page, path).selectOption(value);
}

async function saved(page: Page) {
  await expect.poll(() => page.getByTestId("save-state").textContent(), { timeout: 20_000 }).toBe("已保存");
}

async function section(page: Page, name: string) {
  // 校验 carries its error count as a badge ("校验3").
  await page
    .locator(".section-nav")
    .getByRole("button", { name: new RegExp(`^${name}\\s*\\d*$`) })
    .click();
}

/** The error findings the page's audit shows. */
async function errorFindings(page: Page): Promise<{ code: string; location: string }[]> {
  await section(page, "校验");
  return page.locator(".finding-error button").evaluateAll((buttons) =>
    buttons.map((button) => ({
      code: button.getAttribute("data-finding-code") ?? "",
      location: button.getAttribute("data-location") ?? "",
    })),
  );
}

/** Amounts as the documents print them ("36.70", "9.80"): the figures both generations must hold. */
function figuresOf(text: string): string[] {
  return [...text.matchAll(/\d+(?:\.\d+)?%?/g)].map((match) => match[0]);
}

function count(values: string[]): Map<string, number> {
  const counted = new Map<string, number>();
  for (const value of values) counted.set(value, (counted.get(value) ?? 0) + 1);
  return counted;
}

/** The text of an .xlsx: every shared and inline string and every cell value. */
function xlsxText(data: Uint8Array): string {
  const files = unzipSync(data);
  const decoder = new TextDecoder();
  return Object.entries(files)
    .filter(([name]) => name === "xl/sharedStrings.xml" || name.startsWith("xl/worksheets/sheet"))
    .map(([, content]) =>
      [...decoder.decode(content).matchAll(/<(?:t|v)(?: [^>]*)?>([^<]*)<\/(?:t|v)>/g)].map((m) => m[1]).join("\n"),
    )
    .join("\n");
}

describe("the whole year in the browser, from an empty report", () => {
  const env = useBrowserEnvironment();

  it("a new unit's 填报人 enters 零陵's 2024 by typing and pasting; documents match the CLI's; returned, approved, published", async () => {
    const { region, browser } = env;
    // The region's 管理员 makes the new unit and its 填报人 (the admin screens are tested on their own).
    const admin = await env.apiAs("admin");
    const units = (await admin.get("/api/units")).body.units as { id: string; name: string; kind: string }[];
    const department = units.find((unit) => unit.kind === "department");
    const madeUnit = await admin.post("/api/units", { parentId: department!.id, name: UNIT, kind: "unit" });
    expect(madeUnit.status, JSON.stringify(madeUnit.body)).toBe(200);
    const madeUser = await admin.post("/api/users", {
      ...WALKER,
      displayName: "零陵新填报人",
      role: "filler",
      unitId: madeUnit.body.id,
    });
    expect(madeUser.status, JSON.stringify(madeUser.body)).toBe(200);

    const context = await newContext(browser);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: region.url });
    const page = await context.newPage();
    await signIn(page, region.url, { ...WALKER, role: "filler", roleName: "填报人", unitName: UNIT });
    const started = performance.now();

    // An empty report, under 湖南's rules (the seed's 部门整体支出绩效自评表).
    await page.getByRole("button", { name: /新建 \d+ 年度报表/ }).click();
    await page.getByLabel("年度").fill("2024");
    await page.getByLabel("规则方案").selectOption("hunan");
    await page.getByRole("button", { name: "新建空白的 2024 年度报表" }).click();
    await page.getByTestId("workspace-ready").waitFor();
    expect(await page.locator("h1").textContent()).toBe(`${UNIT} · 2024 年度`);

    // 基本情况: the unit, its staff, the 基础数据表.
    const unit = EXAMPLE.unit!;
    await enter(page, "unit.shortName", unit.shortName!);
    await choose(page, "unit.level", unit.level!);
    await choose(page, "unit.type", unit.type!);
    await enter(page, "unit.typePrinted", unit.typePrinted!);
    await enter(page, "unit.staff.authorized", String(unit.staff!.authorized));
    await enter(page, "unit.staff.totalYearEnd", String(unit.staff!.totalYearEnd));
    await enter(page, "unit.staff.inService", String(unit.staff!.inService));
    await enter(page, "unit.staff.retired", String(unit.staff!.retired));
    await enter(page, "basicData.staff.authorized", String(EXAMPLE.basicData!.staff!.authorized));
    await enter(page, "basicData.staff.inService", String(EXAMPLE.basicData!.staff!.inService));
    const funds = page.getByTestId("fund-rows");
    for (const [index, row] of EXAMPLE.basicData!.funds.entries()) {
      await funds.getByRole("button", { name: "添加一行" }).click();
      await enter(page, `basicData.funds[${index}].item`, row.item);
      if (row.kind) await choose(page, `basicData.funds[${index}].kind`, row.kind);
      for (const field of ["priorFinal", "budget", "final"] as const) {
        const value = row[field];
        if (value !== undefined) await enter(page, `basicData.funds[${index}].${field}`, value);
      }
    }
    await saved(page);
    await screenshot(page, "40-walk-basic");

    // 预算执行: the department's block, its 其中 rows, and the statement on budget adjustment (as printed).
    await section(page, "预算执行");
    await page.getByRole("button", { name: /新建部门整体支出绩效自评表/ }).click();
    for (const [index, row] of dept.execution.entries()) {
      const base = `department.evaluation.execution[${index}]`;
      if (index > 0) {
        await page.getByRole("button", { name: "添加“其中”行" }).click();
        await enter(page, `${base}.label`, row.label);
        await page.getByLabel(`第 ${index + 1} 行资金来源`).selectOption(row.source ?? "");
        if (row.nature) await page.getByLabel(`第 ${index + 1} 行支出性质`).selectOption(row.nature);
      }
      for (const field of ["initial", "adjusted", "executed"] as const) {
        const value = row[field];
        if (value !== undefined) await enter(page, `${base}.${field}`, value);
      }
    }
    await enter(page, "budget.adjustmentStatement", EXAMPLE.budget!.adjustmentStatement!);
    await saved(page);
    await screenshot(page, "41-walk-execution");

    // 决算: 收入, 支出, 基本支出, 项目支出, 三公 — the figures of the prose (seed lines 355–362).
    await section(page, "决算");
    await page.getByRole("button", { name: "开始填写决算" }).click();
    await enter(page, "finalAccounts.income.total", accounts.income!.total!);
    await enter(page, "finalAccounts.income.prior", accounts.income!.prior!);
    for (const [index, item] of accounts.income!.items.entries()) {
      await page.getByTestId("income-lines").getByRole("button", { name: "添加一行" }).click();
      await enter(page, `finalAccounts.income.items[${index}].name`, item.name);
      await choose(page, `finalAccounts.income.items[${index}].source`, item.source!);
      await enter(page, `finalAccounts.income.items[${index}].amount`, item.amount!);
      await enter(page, `finalAccounts.income.items[${index}].prior`, item.prior!);
    }
    await enter(page, "finalAccounts.expenditure.total", accounts.expenditure!.total!);
    await enter(page, "finalAccounts.expenditure.prior", accounts.expenditure!.prior!);
    for (const field of ["total", "personnel", "public", "prior", "priorPersonnel", "priorPublic"] as const)
      await enter(page, `finalAccounts.basicSpending.${field}`, accounts.basicSpending![field]!);
    await enter(page, "finalAccounts.projectSpending.total", accounts.projectSpending!.total!);
    await enter(page, "finalAccounts.projectSpending.prior", accounts.projectSpending!.prior!);
    for (const part of ["abroad", "vehicles", "reception"] as const)
      for (const field of ["budget", "amount", "prior"] as const)
        await enter(page, `finalAccounts.sangong.${part}.${field}`, accounts.sangong![part]![field]!);
    await saved(page);
    await screenshot(page, "42-walk-final-accounts");

    // 整体绩效目标与指标: goals, 分值, and the indicator table pasted into the grid as copied from the seed.
    await section(page, "整体绩效目标与指标");
    await page.getByTestId("goal-rows").getByRole("button", { name: "添加一行" }).click();
    await enter(page, "department.evaluation.goals[0].expected", dept.goals[0]!.expected!);
    await enter(page, "department.evaluation.goals[0].actual", dept.goals[0]!.actual!);
    await enter(page, "department.evaluation.executionWeight", dept.executionWeight!);
    for (const [index, entry] of dept.level1Weights.entries()) {
      await page.getByTestId("level1-weights").getByRole("button", { name: "添加一行" }).click();
      await enter(page, `department.evaluation.level1Weights[${index}].level1`, entry.level1);
      await enter(page, `department.evaluation.level1Weights[${index}].weight`, entry.weight);
    }
    const tsv = dept.indicators
      .map((row) =>
        [
          row.level1,
          row.level2 ?? "",
          row.level3,
          row.operatorPrinted ?? row.operator ?? "",
          row.target ?? "",
          row.unit ?? "",
          row.actual ?? "",
          row.weight ?? "",
        ].join("\t"),
      )
      .join("\r\n");
    // The empty grid says where to paste: a click on it, then Ctrl+V.
    await page.getByTestId("indicator-grid").getByText("还没有指标").click();
    await paste(page, tsv);
    await expect
      .poll(() => page.locator('[data-testid="indicator-grid"] tbody tr').count())
      .toBe(dept.indicators.length);
    await saved(page);
    await screenshot(page, "43-walk-indicators");

    // 叙述: the 公文要素 and the fifteen sections, their text pasted from the seed.
    await section(page, "叙述");
    await enter(page, "filing.cover.lines", EXAMPLE.filing!.cover!.lines.join("\n"));
    await enter(page, "filing.signature", EXAMPLE.filing!.signature!);
    await enter(page, "filing.date", EXAMPLE.filing!.date!);
    for (const [index, part] of EXAMPLE.narrative.entries()) {
      await page.getByRole("button", { name: "添加段落" }).click();
      await enter(page, `narrative[${index}].title`, part.title);
      if (part.text !== "") await enter(page, `narrative[${index}].text`, part.text);
    }
    await saved(page);
    await screenshot(page, "44-walk-narrative");

    // 校验: every error opens its field; the 填报人 corrects the seed's mistakes there.
    const first = await errorFindings(page);
    console.log(`walk: errors after entering the seed: ${first.map((f) => `${f.code}@${f.location}`).join(", ")}`);
    await screenshot(page, "45-walk-audit");
    const fixes: Record<string, string> = {
      "department.evaluation.indicators[1].actual": CORRECTIONS.audience,
      "basicData.funds[1].priorFinal": CORRECTIONS.publicPrior,
      "basicData.funds[1].final": CORRECTIONS.publicFinal,
      "budget.adjustmentStatement": CORRECTIONS.adjustment,
    };
    for (const finding of first) {
      const text = fixes[finding.location];
      expect(text, `no correction for ${finding.code} at ${finding.location}`).toBeDefined();
      await section(page, "校验");
      await page.locator(`.finding-error button[data-location="${finding.location}"]`).first().click();
      if (finding.location.includes(".indicators[")) {
        await page.keyboard.type(text!);
        await page.keyboard.press("Enter");
      } else {
        await expect
          .poll(() => page.evaluate("document.activeElement && document.activeElement.getAttribute('data-path')"))
          .toBe(finding.location);
        await page.keyboard.press("Control+A");
        await page.keyboard.type(text!);
      }
      await saved(page);
    }
    expect(await errorFindings(page)).toEqual([]);
    const walkSeconds = (performance.now() - started) / 1000;
    console.log(`walk: 零陵 2024 entered from an empty report to 0 errors in ${walkSeconds.toFixed(1)} s`);

    // 文档: Word and Excel, compared with the CLI's documents of the example dataset.
    await section(page, "文档");
    await page.getByRole("button", { name: "生成 Word 和 Excel" }).click();
    await page.getByRole("button", { name: "下载全部（ZIP，含清单）" }).waitFor({ timeout: 120_000 });
    await screenshot(page, "46-walk-documents");
    const download = async (extension: string) => {
      const [file] = await Promise.all([
        page.waitForEvent("download"),
        page.locator("tr", { hasText: extension }).first().getByRole("button", { name: "下载" }).click(),
      ]);
      return new Uint8Array(readFileSync(await file.path()));
    };
    const webWord = readDocxText(await download(".docx"));
    const webExcel = xlsxText(await download(".xlsx"));
    const cliDir = mkdtempSync(join(tmpdir(), "jixiao-walk-cli-"));
    try {
      execFileSync(
        process.execPath,
        ["bin/jixiao.mjs", "report", EXAMPLE_FILE.pathname, "--profile", "hunan", "--out", cliDir],
        { cwd: new URL("../..", import.meta.url).pathname, stdio: "pipe" },
      );
      const cliFile = (extension: string) => {
        const listing = execFileSync("find", [cliDir, "-name", `*${extension}`], { encoding: "utf8" }).trim();
        return new Uint8Array(readFileSync(listing.split("\n")[0]!));
      };
      const cliWord = readDocxText(cliFile(".docx"));
      const cliExcel = xlsxText(cliFile(".xlsx"));
      // Every figure of the CLI's documents is in the walk's, as many times — bar those the audit had corrected.
      const corrected = new Set(["25000", "4.72", "4.13"]);
      for (const [name, cli, web] of [
        ["Word", cliWord, webWord],
        ["Excel", cliExcel, webExcel],
      ] as const) {
        const cliFigures = figuresOf(cli);
        expect(cliFigures.length, `${name}: the CLI's document has figures`).toBeGreaterThan(30);
        console.log(`walk: ${name}: ${cliFigures.length} figures of the CLI's document compared`);
        const webCounts = count(figuresOf(web));
        const missing = [...count(cliFigures)]
          .filter(([figure, times]) => !corrected.has(figure) && (webCounts.get(figure) ?? 0) < times)
          .map(([figure, times]) => `${figure}×${times - (webCounts.get(figure) ?? 0)}`);
        expect(missing, `${name}: figures of the CLI's document missing from the walk's`).toEqual([]);
      }
      for (const text of ["99.8", "98.25%", "124.88", "88.18", "36.70", "较好地完成了预期目标。", "服务对象满意度"])
        expect(webWord).toContain(text);
    } finally {
      rmSync(cliDir, { recursive: true, force: true });
    }

    // Submitted after the check list.
    await page.getByRole("button", { name: "提交审核" }).click();
    await page.getByTestId("submit-checklist").waitFor();
    expect(await page.getByTestId("submit-checklist").locator("tr.check-failed").count()).toBe(0);
    await page.getByRole("dialog").getByRole("button", { name: "确认提交" }).click();
    await expect.poll(() => page.locator(".workspace-meta .status").textContent()).toBe("已提交（待主管部门审核）");
    const reportId = /\/reports\/([^/]+)/.exec(page.url())![1]!;

    // The 主管部门: one return, on a field comment (受众人数).
    const reviewer = await (await newContext(browser)).newPage();
    await signIn(reviewer, region.url, region.account("departmentReviewer"));
    await reviewer.goto(`${region.url}/review/${reportId}`);
    await reviewer.locator("table.diff-table").waitFor();
    expect(await reviewer.locator("table.diff-table").textContent()).not.toMatch(/[{}"]/);
    // The first submission adds whole parts: each value in them can be read and commented on.
    for (const more of await reviewer.locator("table.diff-table details > summary").all()) await more.click();
    await screenshot(reviewer, "48-walk-review-first-submission");
    await reviewer.getByRole("button", { name: "批注 department.evaluation.indicators[1].actual" }).click();
    expect(await reviewer.locator('label[for="new-comment"]').textContent()).toContain("受众人数");
    await reviewer.locator("#new-comment").fill("受众人数请写明统计口径（万人次）");
    await reviewer.getByRole("button", { name: "添加批注" }).click();
    await expect.poll(() => reviewer.locator("ul.comments").textContent()).toContain("统计口径");
    await reviewer.getByLabel("审核意见（退回时必填）").fill("见字段批注");
    await reviewer.getByRole("button", { name: "退回" }).click();
    await reviewer.getByRole("dialog").getByRole("button", { name: "确认退回" }).click();
    await expect.poll(() => reviewer.getByRole("status").first().textContent()).toContain("已退回");

    // The 填报人 sees it beside the cell, answers in the reason, resubmits.
    await page.reload();
    await page.getByTestId("workspace-ready").waitFor();
    await section(page, "整体绩效目标与指标");
    await expect
      .poll(() => page.getByTestId("indicator-grid").getByTestId("field-comment").first().textContent())
      .toContain("统计口径");
    await page.locator('td[data-row="1"][data-field="reason"]').click();
    await page.keyboard.type("按活动签到统计，共2.5万人次");
    await page.keyboard.press("Enter");
    await saved(page);
    await page.getByRole("button", { name: "提交审核" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "确认提交" }).click();
    await expect.poll(() => page.locator(".workspace-meta .status").textContent()).toBe("已提交（待主管部门审核）");

    // Approved twice and published.
    await reviewer.reload();
    await reviewer.getByRole("button", { name: "审核通过" }).click();
    await reviewer.getByRole("dialog").getByRole("button", { name: /^确认/ }).click();
    await expect.poll(() => reviewer.getByRole("status").first().textContent()).toContain("通过");
    const finance = await (await newContext(browser)).newPage();
    await signIn(finance, region.url, region.account("financeReviewer"));
    await finance.goto(`${region.url}/review/${reportId}`);
    await finance.getByRole("button", { name: "审核通过" }).click();
    await finance.getByRole("dialog").getByRole("button", { name: /^确认/ }).click();
    await finance.getByRole("button", { name: "公开" }).click();
    await finance.getByRole("dialog").getByRole("button", { name: /^确认/ }).click();
    await expect.poll(() => finance.getByRole("status").first().textContent()).toContain("公开");

    // The public PDF: the figures, no placeholder.
    await waitForPublishedPdfs(region.url);
    const visitor = await (await newContext(browser)).newPage();
    await visitor.goto(`${region.url}/public/reports/${reportId}`);
    const [pdf] = await Promise.all([
      visitor.waitForEvent("download", { timeout: 120_000 }),
      visitor.getByRole("button", { name: /PDF/ }).click(),
    ]);
    const pdfText = execFileSync("pdftotext", ["-layout", await pdf.path(), "-"], { encoding: "utf8" });
    expect(pdfText).toContain("99.8");
    expect(pdfText).toContain(UNIT);
    // No template text (the audit's PLACEHOLDER-TEXT patterns) and no mark of a figure to verify.
    expect(pdfText).not.toMatch(
      /20[Xx×]{2}\s*年|(?<![A-Za-z])(?:XX|xx|××)(?![A-Za-z])|此处填写|请填写|主要用于\s*…|[（(]\s*具体|【请核实】|\{\{/,
    );
    await screenshot(visitor, "47-walk-public");
    await context.close();
  }, 900_000);
});
