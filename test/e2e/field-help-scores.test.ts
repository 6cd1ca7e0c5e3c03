/**
 * Issue 15, what was left in the web app: every field's 填报说明 (core's text, shown under the field and read out with
 * it through aria-describedby; in a table cell while it has the focus; in the indicator grid for the selected column),
 * a form for 原文得分 (publishedScores) that takes full-width digits and refuses a bad value on its field while the
 * saved value stays whole, and the header's total of 凉山, scored by its five-dimension framework (97, 优).
 */
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { fieldHelp } from "../../src/core/forms/field-help.ts";
import type { ApiClient } from "../support/api-client.ts";
import { newContext, screenshot, screenshotOf, signIn, useBrowserEnvironment } from "../support/browser.ts";

function field(page: Page, path: string) {
  return page.locator(`.section-content [data-path="${path}"]`);
}

const saved = (page: Page) =>
  expect.poll(() => page.getByTestId("save-state").textContent(), { timeout: 15_000 }).toBe("已保存");

/** The text of the elements a control is described by (aria-describedby), as a screen reader reads it. */
async function description(page: Page, path: string): Promise<string> {
  return page.evaluate(`(() => {
    const element = document.querySelector('.section-content [data-path="${path}"]');
    return (element?.getAttribute("aria-describedby") || "")
      .split(" ")
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent || "")
      .join(" ");
  })()`);
}

/** The fields of the section shown whose description (aria-describedby) is missing or empty. */
const UNDESCRIBED = `(() => [...document.querySelectorAll(".section-content [data-path]")]
  .filter((element) => ["INPUT", "TEXTAREA", "SELECT"].includes(element.tagName))
  .filter((element) => {
    const ids = (element.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
    return !ids.some((id) => (document.getElementById(id)?.textContent || "").trim() !== "");
  })
  .map((element) => element.getAttribute("data-path")))()`;

describe("填报说明, 原文得分 and the framework's total in the workspace", () => {
  const env = useBrowserEnvironment();
  let api: ApiClient;
  let page: Page;
  let liangshan: string;

  beforeAll(async () => {
    api = await env.apiAs("filler");
    const reports = (await api.get("/api/reports")).body.reports as { id: string; unitName: string; year: number }[];
    liangshan = reports.find((report) => report.unitName === "凉山州科学技术协会" && report.year === 2023)
      ?.id as string;
    expect(liangshan).toBeDefined();
    page = await (await newContext(env.browser)).newPage();
    await signIn(page, env.region.url, env.region.account("filler"));
  }, 60_000);

  const open = async (section: string) => {
    await page.goto(`${env.region.url}/reports/${liangshan}/${section}`);
    await page.getByTestId("workspace-ready").waitFor();
  };

  it("the header shows 凉山's framework total and grade, 97 优 of 100", async () => {
    await open("basic");
    await expect.poll(() => page.getByTestId("total-score").textContent()).toBe("97.00");
    expect(await page.getByTestId("grade").textContent()).toBe("优");
    expect(await page.getByTestId("total-scale").textContent()).toBe("满分 100");
    expect(await page.locator(".score-box").textContent()).toContain("按评价指标体系");
    await screenshotOf(page.locator(".workspace-header"), "80-header-framework");
  });

  it("every field of every section is described by core's 填报说明, shown under it or, in a table, on focus", async () => {
    await open("basic");
    const shortName = fieldHelp("unit.shortName") as string;
    expect(await description(page, "unit.shortName")).toBe(shortName);
    await expect.poll(() => page.getByText(shortName).isVisible()).toBe(true);
    await screenshot(page, "81-field-help-basic");

    // A table cell: its 填报说明 appears under it while it has the focus, not on every row.
    await page.goto(`${env.region.url}/reports/${liangshan}/final-accounts`);
    await page.getByTestId("workspace-ready").waitFor();
    const code = "finalAccounts.functionLines[0].code";
    const codeHelp = page.locator(".section-content .field-help-compact", { hasText: fieldHelp(code) as string });
    expect(await codeHelp.first().isVisible()).toBe(false);
    await field(page, code).focus();
    await expect.poll(() => codeHelp.first().isVisible()).toBe(true);
    expect(await description(page, code)).toBe(fieldHelp(code));
    await screenshotOf(page.getByTestId("function-lines"), "82-field-help-cell");

    // The indicator grid: the selected column's 填报说明 under the grid, the selected cell described by it.
    await page.goto(`${env.region.url}/reports/${liangshan}/project-0`);
    await page.getByTestId("workspace-ready").waitFor();
    const cell = page.locator('td[data-row="0"][data-field="actual"]');
    await cell.click();
    const gridHelp = page.getByTestId("grid-help");
    await expect
      .poll(() => gridHelp.textContent())
      .toBe(`填报说明 · 完成值：${fieldHelp("projects[0].evaluation.indicators[0].actual")}`);
    expect(await page.locator('td[data-row="0"][data-field="actual"] input').getAttribute("aria-describedby")).toBe(
      await gridHelp.getAttribute("id"),
    );
    await screenshotOf(page.getByTestId("indicator-grid"), "83-grid-help");

    // Every field the sections show, 凉山's whole report (one project of 21), has a non-empty description.
    for (const section of [
      "basic",
      "execution",
      "final-accounts",
      "indicators",
      "project-0",
      "published-scores",
      "narrative",
    ]) {
      await open(section);
      const count = await page.locator(".section-content [data-path]").count();
      expect(count, section).toBeGreaterThan(0);
      expect(await page.evaluate(UNDESCRIBED), section).toEqual([]);
    }
  }, 120_000);

  it("原文得分 has a form in the tables' order: full-width digits taken, a bad value refused on its field", async () => {
    await open("published-scores");
    const entries = page.getByTestId("published-score");
    expect(await entries.count()).toBe(18);
    expect(await field(page, "publishedScores[0].label").inputValue()).toBe("凉山州科学技术协会部门整体绩效自评得分");
    expect(await field(page, "publishedScores[0].score").inputValue()).toBe("97分");
    expect(await field(page, "publishedScores[0].components[0].label").inputValue()).toBe("部门预算总体绩效");
    expect(await description(page, "publishedScores[0].score")).toBe(fieldHelp("publishedScores[0].score"));

    // Full-width digits with 分: stored as half-width digits, the 分 kept.
    await field(page, "publishedScores[1].score").fill("９８．５分");
    await field(page, "publishedScores[1].grade").fill("优");
    await saved(page);
    let stored = (await api.get(`/api/reports/${liangshan}`)).body.dataset.publishedScores;
    expect(stored[1]).toMatchObject({ label: "专项“凉山州科学技术协会换届选举”项目", score: "98.5分", grade: "优" });

    // "98a" is refused on its field (marked, said why) and the saved 98.5分 stays whole; other edits keep saving.
    await field(page, "publishedScores[1].score").fill("98a");
    await expect.poll(() => field(page, "publishedScores[1].score").getAttribute("aria-invalid")).toBe("true");
    expect(await description(page, "publishedScores[1].score")).toContain("得分“98a”应为不小于 0 的数字");
    await field(page, "publishedScores[2].grade").fill("好");
    await expect.poll(() => field(page, "publishedScores[2].grade").getAttribute("aria-invalid")).toBe("true");
    await field(page, "publishedScores[0].components[0].weight").fill("３０");
    // The saved state tells the truth: the other edit is saved, the two refused values are drafts.
    await expect
      .poll(() => page.getByTestId("save-state").textContent(), { timeout: 15_000 })
      .toBe("已保存，另有 2 处草稿未保存");
    await field(page, "publishedScores[1].score").focus();
    await screenshotOf(page.getByTestId("published-scores"), "84-published-scores-refused");
    stored = (await api.get(`/api/reports/${liangshan}`)).body.dataset.publishedScores;
    expect(stored[1].score).toBe("98.5分");
    expect(stored[2].grade).toBeUndefined();
    expect(stored[0].components[0]).toEqual({ label: "部门预算总体绩效", score: "27分", weight: "30" });

    // A new entry with a part, typed in: saved as typed.
    await field(page, "publishedScores[1].score").fill("99分");
    await field(page, "publishedScores[2].grade").fill("");
    await page.getByRole("button", { name: "添加原文得分" }).click();
    await field(page, "publishedScores[18].label").fill("部门整体支出绩效自评表总分");
    await field(page, "publishedScores[18].score").fill("９６");
    await entries.nth(18).getByRole("button", { name: "添加分项得分" }).click();
    await field(page, "publishedScores[18].components[0].label").fill("产出指标");
    await field(page, "publishedScores[18].components[0].score").fill("48分");
    await saved(page);
    stored = (await api.get(`/api/reports/${liangshan}`)).body.dataset.publishedScores;
    expect(stored).toHaveLength(19);
    expect(stored[1].score).toBe("99分");
    expect(stored[18]).toEqual({
      label: "部门整体支出绩效自评表总分",
      score: "96",
      components: [{ label: "产出指标", score: "48分" }],
    });
    await page.evaluate("window.scrollTo(0, 0)");
    await screenshot(page, "85-published-scores-page");
  }, 120_000);
});
