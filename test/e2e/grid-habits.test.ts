/**
 * Spreadsheet habits in the indicator grid (issue 15 item 4): a paste over filled rows asks (overwrite, insert or
 * cancel) and is undone with Ctrl+Z; rows inserted and moved; Ctrl+Shift+C copies the table out as tab-separated text.
 */
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../support/api-client.ts";
import { newContext, screenshot, signIn, useBrowserEnvironment } from "../support/browser.ts";

/** The 三级指标 column as shown (the selected cell shows its text in an input). */
const level3s = (page: Page) =>
  page
    .locator('td[data-field="level3"]')
    .evaluateAll((cells) =>
      cells.map((cell) => (cell.querySelector("input") as { value: string } | null)?.value ?? cell.textContent ?? ""),
    );

describe("spreadsheet habits in the grid", () => {
  const env = useBrowserEnvironment();
  let api: ApiClient;
  let page: Page;
  let reportId: string;

  beforeAll(async () => {
    api = await env.apiAs("filler");
    const reports = (await api.get("/api/reports")).body.reports as { id: string; unitName: string; year: number }[];
    reportId = reports.find((report) => report.unitName === "凉山州科学技术协会" && report.year === 2023)?.id as string;
    const context = await newContext(env.browser);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.region.url });
    page = await context.newPage();
    await signIn(page, env.region.url, env.region.account("filler"));
    await page.goto(`${env.region.url}/reports/${reportId}/project-1`);
    await page.getByTestId("indicator-grid").waitFor();
  }, 60_000);

  it("a paste over filled rows asks; inserted as new rows; undone with Ctrl+Z", async () => {
    const before = await level3s(page);
    await page.locator('td[data-row="0"][data-field="level3"]').click();
    await page.evaluate(
      `navigator.clipboard.writeText(${JSON.stringify("产出指标\t数量指标\t新增指标甲\t≥\t10\t场\t12\t5")})`,
    );
    await page.keyboard.press("Escape");
    await page.keyboard.press("Control+V");
    const question = page.getByTestId("paste-question");
    await question.waitFor();
    await question.getByRole("button", { name: "插入为新行" }).click();
    await expect.poll(() => level3s(page)).toEqual(["新增指标甲", ...before]);
    await page.keyboard.press("Control+z");
    await expect.poll(() => level3s(page)).toEqual(before);
    await page.keyboard.press("Control+y");
    await expect.poll(() => level3s(page)).toEqual(["新增指标甲", ...before]);
  });

  it("rows are inserted and moved; Ctrl+Shift+C copies the table as TSV", async () => {
    const before = await level3s(page);
    await page.locator('td[data-row="0"][data-field="level3"]').click();
    await page.getByRole("button", { name: "下移所选行" }).click();
    await expect.poll(() => level3s(page)).toEqual([before[1], before[0], ...before.slice(2)]);
    await page.getByRole("button", { name: /行前插入/ }).click();
    await expect.poll(async () => (await level3s(page)).length).toBe(before.length + 1);
    await page.locator('td[data-row="0"][data-field="level3"]').click();
    await page.keyboard.press("Escape");
    await page.keyboard.press("Control+Shift+C");
    await expect.poll(() => page.locator(".grid-message").textContent()).toContain("已复制整表");
    const copied = (await page.evaluate("navigator.clipboard.readText()")) as string;
    const lines = copied.split("\n");
    expect(lines[0]?.split("\t").slice(0, 3)).toEqual(["一级指标", "二级指标", "三级指标"]);
    expect(lines).toHaveLength(before.length + 2);
    expect(lines[1]?.split("\t")[2]).toBe(before[1]);
    await screenshot(page, "34-grid-rows-moved-and-copied");
    await expect.poll(() => page.getByTestId("save-state").textContent(), { timeout: 10_000 }).toBe("已保存");
    const saved = (await api.get(`/api/reports/${reportId}`)).body.dataset.projects[1].evaluation.indicators.map(
      (i: { level3: string }) => i.level3,
    );
    expect(saved.slice(0, 3)).toEqual([before[1], "", before[0]]);
    expect(saved).toHaveLength(before.length + 1);
  });
});
