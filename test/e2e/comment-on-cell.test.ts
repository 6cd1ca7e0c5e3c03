/**
 * A reviewer's comment on a field is shown on that field in the workspace (issue 15 item 7): the commented grid cell
 * is marked and says the comment on hover, and the comments panel names the field in words — "指标 2「受众人数」›
 * 完成值" — not by its dataset path.
 */
import { describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client.ts";
import { newContext, screenshot, signIn, useBrowserEnvironment } from "../support/browser.ts";
import { act, correctAndSave, LINGLING_FILLER, linglingFiller } from "../support/submittable-report.ts";

describe("a field comment on its cell", () => {
  const env = useBrowserEnvironment();

  it("the returned report's commented 完成值 cell is marked, and the panel names the field in words", async () => {
    const { region, browser } = env;
    const filler = new ApiClient({ baseUrl: region.url });
    const { reportId, version: first } = await linglingFiller(await env.apiAs("admin"), filler);
    const version = await act(filler, reportId, "submit", await correctAndSave(filler, reportId, first));
    const department = await env.apiAs("departmentReviewer");
    const path = "department.evaluation.indicators[1].actual";
    const commented = await department.post(`/api/reports/${reportId}/comments`, {
      body: "受众人数请附统计依据",
      path,
    });
    expect(commented.status, JSON.stringify(commented.body)).toBe(200);
    await act(department, reportId, "departmentReturn", version, "见字段批注");

    const page = await (await newContext(browser)).newPage();
    await signIn(page, region.url, {
      ...LINGLING_FILLER,
      role: "filler",
      roleName: "填报人",
      unitName: "永州市零陵区科学技术协会",
    });
    await page.goto(`${region.url}/reports/${reportId}/indicators`);
    await page.getByTestId("indicator-grid").waitFor();
    const cell = page.locator('td[data-row="1"][data-field="actual"]');
    await expect.poll(() => cell.getAttribute("class")).toContain("has-comment");
    expect(await cell.getAttribute("title")).toContain("受众人数请附统计依据");
    // Only that cell is marked.
    expect(await page.locator("td.has-comment").count()).toBe(1);
    const open = page.getByRole("button", { name: /^打开所批注的字段/ });
    const named = await open.textContent();
    expect(named).toContain("受众人数");
    expect(named).toContain("完成值");
    expect(named).not.toContain(path);
    await screenshot(page, "56-workspace-comment-on-cell");
  }, 120_000);
});
