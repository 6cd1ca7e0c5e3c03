/**
 * Starting a report in the browser: 凉山's 2024 report from its 2023 report (indicators and targets kept, no 完成值),
 * its 2025 report from seeds/004 (the import report beside what was recognized, one project left out, then the
 * workspace), and a reviewer comparing that file with the stored 2023 report on the review page.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { newContext, screenshot, signIn, useBrowserEnvironment } from "../support/browser.ts";

const SEED_004 = fileURLToPath(new URL("../../seeds/004_a45521c9d62b1714.txt", import.meta.url));
type Indicators = { projects: { name: string; evaluation?: { indicators: { actual?: string; target?: string }[] } }[] };
const indicatorsOf = (dataset: Indicators) => dataset.projects.flatMap((p) => p.evaluation?.indicators ?? []);

describe("a new report from last year or from a document", () => {
  const env = useBrowserEnvironment();

  it("starts 2024 from last year and 2025 from a document, and a reviewer compares the document", async () => {
    const { region, browser } = env;
    const api = await env.apiAs("filler");
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, region.url, region.account("filler"));

    // From last year.
    await page.getByRole("button", { name: "新建 2024 年度报表" }).click();
    await page.getByRole("radiogroup", { name: "新建方式" }).waitFor();
    await page.getByLabel("沿用上年报表").check();
    await screenshot(page, "new-report-01-choices");
    await page.getByRole("button", { name: "沿用 2023 年度报表新建 2024 年度报表" }).click();
    await page.getByTestId("workspace-ready").waitFor();
    expect(await page.locator("h1").textContent()).toBe("凉山州科学技术协会 · 2024 年度");
    const reports = (await api.get("/api/reports")).body.reports as { id: string; year: number }[];
    const lastYear = reports.find((r) => r.year === 2023)?.id as string;
    const carried = reports.find((r) => r.year === 2024)?.id as string;
    const before = indicatorsOf((await api.get(`/api/reports/${lastYear}`)).body.dataset);
    const after = indicatorsOf((await api.get(`/api/reports/${carried}`)).body.dataset);
    expect(after.map((i) => i.target)).toEqual(before.map((i) => i.target));
    expect(after.filter((i) => i.actual !== undefined)).toEqual([]);
    await screenshot(page, "new-report-02-workspace-from-last-year");

    // From a document.
    await page.goto(region.url);
    await page.getByRole("button", { name: "新建 2025 年度报表" }).click();
    await page.getByLabel("从文档导入").check();
    await page.getByLabel("把文档拖到这里，或选择文件").setInputFiles(SEED_004);
    await page.getByRole("heading", { name: "导入报告" }).waitFor({ timeout: 30_000 });
    await page.getByRole("heading", { name: "识别结果" }).waitFor();
    const counts = await page.locator(".import-counts").first().textContent();
    expect(counts).toMatch(/^识别 \d+ 项，未识别 \d+ 项，需解释的取值 \d+ 处$/);
    const projectRows = page.locator(".recognized tbody tr");
    const shown = await projectRows.count();
    expect(shown).toBeGreaterThan(10);
    const names = await projectRows
      .locator('input[type="text"]')
      .evaluateAll((inputs) => inputs.map((input) => (input as unknown as { value: string }).value));
    await projectRows.first().locator('input[type="checkbox"]').uncheck();
    await page.getByLabel("项目名称 2", { exact: true }).fill("改过名的项目");
    await screenshot(page, "new-report-03-document-check");
    await page.getByRole("button", { name: "确认导入并新建 2025 年度报表" }).click();
    await page.getByTestId("workspace-ready").waitFor();
    expect(await page.locator("h1").textContent()).toBe("凉山州科学技术协会 · 2025 年度");
    const imported = ((await api.get("/api/reports")).body.reports as { id: string; year: number }[]).find(
      (r) => r.year === 2025,
    )?.id as string;
    const dataset = (await api.get(`/api/reports/${imported}`)).body.dataset as Indicators;
    expect(dataset.projects.map((p) => p.name)).toEqual(["改过名的项目", ...names.slice(2)]);
    await screenshot(page, "new-report-04-workspace-from-document");
    await context.close();

    // A reviewer drops the same file on the stored 2023 report.
    const reviewerContext = await newContext(browser);
    const reviewer = await reviewerContext.newPage();
    await signIn(reviewer, region.url, region.account("departmentReviewer"));
    await reviewer.goto(`${region.url}/review/${lastYear}`);
    await reviewer.getByRole("heading", { name: "与文档比对" }).waitFor();
    await reviewer.getByLabel("把单位报送的文件拖到这里，与已保存的数据比对").setInputFiles(SEED_004);
    const comparison = reviewer.getByTestId("document-comparison");
    await comparison.waitFor({ timeout: 30_000 });
    expect(await comparison.locator("p").first().textContent()).toMatch(
      /^“004_a45521c9d62b1714\.txt”：识别 \d+ 项，未识别 \d+ 项。/,
    );
    await comparison.scrollIntoViewIfNeeded();
    await screenshot(reviewer, "new-report-05-review-compare");
    await reviewerContext.close();
  }, 120_000);
});
