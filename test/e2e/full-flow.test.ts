/**
 * The year's work in a real browser, start to end: the 填报人 of 凉山 starts the 2024 report, adds a project and pastes
 * its indicator table copied from the sample (seed 004, 人才发展专项), sees the suggested scores and the total, fixes
 * the audit's error by clicking it, generates and downloads the Word file, and submits; the 主管部门 returns it with
 * a comment; the 填报人 sees the comment, edits and resubmits; the 主管部门 approves; the 财政 approves and publishes;
 * an anonymous visitor downloads the PDF from the public page.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { formatFixed } from "../../src/core/numbers/decimal.ts";
import { parseOperator } from "../../src/core/parse/parse-operator.ts";
import { getBuiltinProfile } from "../../src/core/profiles/builtin-profiles.ts";
import { scoreTable } from "../../src/core/scoring/score-table.ts";
import { newContext, screenshot, signIn, useBrowserEnvironment } from "../support/browser.ts";
import { waitForPublishedPdfs } from "../support/published-pdfs.ts";

const SEED_004 = JSON.parse(
  readFileSync(new URL("../../seeds/tables/004_a45521c9d62b1714.json", import.meta.url), "utf8"),
);
const TALENT = SEED_004.project_tables.find((table: { project_name: string }) => table.project_name === "人才发展专项");
type SeedRow = {
  level1: string;
  level2: string;
  level3: string;
  operator_printed: string;
  target: string;
  unit: string;
  actual: string;
  weight: string;
};
/** The table's eight indicator rows as Excel puts them on the clipboard (merged 一级 cells come out empty). */
const PASTED = (TALENT.indicators as SeedRow[])
  .map((row) =>
    [row.level1, row.level2, row.level3, row.operator_printed, row.target, row.unit, row.actual, row.weight].join("\t"),
  )
  .join("\r\n");

/** What the page must show: the server's scoring of the same rows. */
function expectedScores() {
  let level1 = "";
  const indicators = (TALENT.indicators as SeedRow[]).map((row) => {
    level1 = row.level1 || level1;
    return {
      level1,
      level2: row.level2,
      level3: row.level3,
      operator: parseOperator(row.operator_printed) ?? undefined,
      operatorPrinted: row.operator_printed,
      target: row.target,
      unit: row.unit,
      actual: row.actual,
      weight: row.weight,
    };
  });
  return scoreTable(
    { execution: [], goals: [], level1Weights: [], indicators },
    "projects[0].evaluation",
    getBuiltinProfile("sichuan")!,
  );
}

async function paste(page: Page, text: string) {
  // What Ctrl-V delivers: a paste event carrying the text (the page's own constructors; the test has no DOM types).
  await page.getByTestId("indicator-grid").evaluate((grid, clip) => {
    const view = grid.ownerDocument.defaultView as unknown as {
      DataTransfer: new () => { setData(type: string, value: string): void };
      ClipboardEvent: new (type: string, init: object) => Event;
    };
    const data = new view.DataTransfer();
    data.setData("text/plain", clip);
    grid.dispatchEvent(new view.ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

describe("the whole year in the browser", () => {
  const env = useBrowserEnvironment();

  it("fill in, paste, fix, download, submit, return, resubmit, approve, publish, download the public PDF", async () => {
    const { region, browser } = env;
    expect(TALENT.indicators).toHaveLength(8);
    const fillerContext = await newContext(browser);
    const filler = await fillerContext.newPage();
    await signIn(filler, region.url, region.account("filler"));

    // A new year's report.
    await filler.getByRole("button", { name: "新建 2024 年度报表" }).click();
    await filler.getByRole("button", { name: "新建空白的 2024 年度报表" }).click();
    await filler.getByTestId("workspace-ready").waitFor();
    expect(await filler.locator("h1").textContent()).toBe("凉山州科学技术协会 · 2024 年度");

    // A project with its table pasted from the sample.
    await filler.getByRole("button", { name: "项目", exact: true }).click();
    await filler.getByRole("button", { name: "添加项目" }).click();
    await filler.getByRole("button", { name: "新项目" }).click();
    await filler.getByLabel("项目名称").fill("人才发展专项");
    await filler.getByRole("button", { name: "新建绩效自评表" }).click();
    await filler.getByTestId("indicator-grid").waitFor();
    await filler
      .locator('[data-testid="indicator-grid"] td')
      .first()
      .click()
      .catch(() => undefined);
    await paste(filler, PASTED);
    await expect.poll(() => filler.locator('[data-testid="indicator-grid"] tbody tr').count()).toBe(8);
    const expected = expectedScores();
    const shownScores = await filler.locator('[data-testid="indicator-grid"] td[data-field="score"]').allTextContents();
    expect(shownScores).toEqual(
      expected.indicators.map((scored) => (scored.final === null ? "—" : formatFixed(scored.final, 2))),
    );
    // 满意度 90 against ≥95 scores below its weight: its reason is required.
    expect(shownScores[5]).toBe("9.47");
    expect(await filler.locator('td[data-row="5"][data-field="reason"]').getAttribute("class")).toContain(
      "required-missing",
    );
    // The rule behind a score: on hover (title) and, for the selected row, under the grid.
    const satisfaction = filler.locator('td[data-row="5"][data-field="score"]');
    expect(await satisfaction.getAttribute("title")).toBe(expected.indicators[5]?.explanation);
    await satisfaction.click();
    expect(await filler.getByTestId("grid-rule").textContent()).toBe(
      `第 6 行得分：${expected.indicators[5]?.explanation}`,
    );
    expect(await filler.getByTestId("table-total").textContent()).toBe(
      `${formatFixed(expected.total, 2)} / ${formatFixed(expected.totalWeight, 0)}`,
    );
    await screenshot(filler, "10-workspace-pasted-grid");
    await expect.poll(() => filler.getByTestId("save-state").textContent(), { timeout: 10_000 }).toBe("已保存");

    // The audit's first error: the missing reason. Clicking it lands on the cell; typing the reason clears it.
    await filler.getByRole("button", { name: /校验/ }).click();
    const finding = filler.locator('[data-finding-code="REASON-MISSING"]');
    expect(await finding.count()).toBe(1);
    await screenshot(filler, "11-workspace-audit");
    await finding.click();
    const reasonCell = filler.locator('td[data-row="5"][data-field="reason"]');
    await expect.poll(() => reasonCell.evaluate((cell) => cell.contains(cell.ownerDocument.activeElement))).toBe(true);
    await filler.keyboard.type("部分科技工作者认为活动通知较晚，下年提前一个月发布通知");
    await filler.keyboard.press("Enter");
    await expect.poll(() => reasonCell.getAttribute("class")).not.toContain("required-missing");
    await expect.poll(() => filler.getByTestId("save-state").textContent(), { timeout: 10_000 }).toBe("已保存");
    await filler.getByRole("button", { name: /校验/ }).click();
    await expect.poll(() => filler.locator('[data-finding-code="REASON-MISSING"]').count()).toBe(0);

    // The pasted 2023 table names an indicator "2023年1-12月完成" in this 2024 report: an error until it is renamed
    // (the reports would print a 【请核实】 beside it). The finding opens the name cell; typing replaces it.
    const yearFinding = filler.locator('[data-finding-code="FILING-RESIDUE"]');
    expect(await yearFinding.count()).toBe(1);
    await yearFinding.click();
    await filler.keyboard.type("全年完成");
    await filler.keyboard.press("Enter");
    await expect.poll(() => filler.getByTestId("save-state").textContent(), { timeout: 10_000 }).toBe("已保存");
    await filler.getByRole("button", { name: /校验/ }).click();
    await expect.poll(() => filler.locator('[data-finding-code="FILING-RESIDUE"]').count()).toBe(0);

    // Documents: the job's progress, then the Word file.
    await filler.getByRole("button", { name: "文档" }).click();
    await filler.getByRole("button", { name: "生成 Word 和 Excel" }).click();
    await filler.getByRole("progressbar").waitFor();
    await filler.getByRole("button", { name: "下载全部（ZIP，含清单）" }).waitFor({ timeout: 60_000 });
    await screenshot(filler, "12-workspace-documents");
    const wordRow = filler.locator("tr", { hasText: ".docx" }).first();
    const [word] = await Promise.all([
      filler.waitForEvent("download"),
      wordRow.getByRole("button", { name: "下载" }).click(),
    ]);
    expect(word.suggestedFilename()).toMatch(/\.docx$/);
    expect(
      readFileSync(await word.path())
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");

    // Submit.
    await filler.getByRole("button", { name: "提交审核" }).click();
    await filler.getByRole("dialog").getByRole("button", { name: /^确认/ }).click();
    await expect.poll(() => filler.locator(".workspace-meta .status").textContent()).toBe("已提交（待主管部门审核）");

    // The 主管部门 returns it with a comment.
    const reviewerContext = await newContext(browser);
    const reviewer = await reviewerContext.newPage();
    await signIn(reviewer, region.url, region.account("departmentReviewer"));
    await reviewer.getByRole("link", { name: "审核队列" }).click();
    const queueRow = reviewer.locator("table.review-queue tbody tr", { hasText: "凉山州科学技术协会" });
    await queueRow.getByRole("link", { name: "审核" }).click();
    await reviewer.getByLabel("审核意见（退回时必填）").fill("请在项目年度目标中写明培养人数");
    await reviewer.getByRole("button", { name: "退回" }).click();
    await reviewer.getByRole("dialog").getByRole("button", { name: /^确认/ }).click();
    await expect.poll(() => reviewer.getByRole("status").first().textContent()).toContain("退回");

    // The 填报人 sees the comment, edits and resubmits.
    await filler.reload();
    await filler.getByTestId("workspace-ready").waitFor();
    await expect
      .poll(() => filler.locator(".comments-panel").textContent())
      .toContain("请在项目年度目标中写明培养人数");
    await screenshot(filler, "13-workspace-returned");
    await filler.getByRole("button", { name: "项目", exact: true }).click();
    await filler.getByRole("button", { name: "人才发展专项" }).click();
    await filler.getByLabel("项目年度目标").fill("年内初评上报高层次人才不超过6人，支持5名科技工作者。");
    await expect.poll(() => filler.getByTestId("save-state").textContent(), { timeout: 10_000 }).toBe("已保存");
    await filler.getByRole("button", { name: "提交审核" }).click();
    await filler.getByRole("dialog").getByRole("button", { name: /^确认/ }).click();
    await expect.poll(() => filler.locator(".workspace-meta .status").textContent()).toBe("已提交（待主管部门审核）");

    // Approvals and publication.
    await reviewer.reload();
    await reviewer.getByRole("button", { name: "审核通过" }).click();
    await reviewer.getByRole("dialog").getByRole("button", { name: /^确认/ }).click();
    await expect.poll(() => reviewer.getByRole("status").first().textContent()).toContain("通过");
    const financeContext = await newContext(browser);
    const finance = await financeContext.newPage();
    await signIn(finance, region.url, region.account("financeReviewer"));
    await finance.getByRole("link", { name: "审核队列" }).click();
    await finance
      .locator("table.review-queue tbody tr", { hasText: "凉山州科学技术协会" })
      .getByRole("link", { name: "审核" })
      .click();
    await finance.getByRole("button", { name: "审核通过" }).click();
    await finance.getByRole("dialog").getByRole("button", { name: /^确认/ }).click();
    await finance.getByRole("button", { name: "公开" }).click();
    await finance.getByRole("dialog").getByRole("button", { name: /^确认/ }).click();
    await expect.poll(() => finance.getByRole("status").first().textContent()).toContain("公开");

    // Anyone: the public page and its PDF (made at publication; waited for, so the test does not time the machine).
    await waitForPublishedPdfs(region.url);
    const visitorContext = await newContext(browser);
    const visitor = await visitorContext.newPage();
    await visitor.goto(`${region.url}/public`);
    const publicRow = visitor.locator("tr", { hasText: "2024" }).filter({ hasText: "凉山州科学技术协会" });
    await publicRow.getByRole("link", { name: "查看报告" }).click();
    const [pdf] = await Promise.all([
      visitor.waitForEvent("download", { timeout: 120_000 }),
      visitor.getByRole("button", { name: /PDF/ }).click(),
    ]);
    expect(
      readFileSync(await pdf.path())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    await screenshot(visitor, "14-public-report-after-flow");
    for (const context of [fillerContext, reviewerContext, financeContext, visitorContext]) await context.close();
  }, 540_000);
});
