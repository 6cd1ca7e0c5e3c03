/**
 * The print view (issue 15 item 9): 零陵's report on one page — its table's total as the server scores it, the
 * narrative — reached from the workspace; printed, the app's header and buttons are left off.
 */
import { describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client.ts";
import { newContext, screenshot, signIn, useBrowserEnvironment } from "../support/browser.ts";
import { LINGLING_FILLER, linglingFiller } from "../support/submittable-report.ts";

describe("print view", () => {
  const env = useBrowserEnvironment();

  it("shows the whole report with the server's total, and prints without the app's chrome", async () => {
    const { region, browser } = env;
    const filler = new ApiClient({ baseUrl: region.url });
    const { reportId } = await linglingFiller(await env.apiAs("admin"), filler);
    await expect
      .poll(async () => (await filler.get(`/api/reports/${reportId}/full`)).body.report.auditStale, { timeout: 15_000 })
      .toBe(false);
    const scores = (await filler.get(`/api/reports/${reportId}/scores`)).body;
    const dataset = (await filler.get(`/api/reports/${reportId}`)).body.dataset;
    const page = await (await newContext(browser)).newPage();
    await signIn(page, region.url, {
      ...LINGLING_FILLER,
      role: "filler",
      roleName: "填报人",
      unitName: "永州市零陵区科学技术协会",
    });
    await page.goto(`${region.url}/reports/${reportId}`);
    await page.getByTestId("workspace-ready").waitFor();
    await page.getByRole("link", { name: "打印视图" }).click();
    await page.getByTestId("print-view").waitFor();
    expect(await page.getByTestId("print-total").first().textContent()).toBe(scores.department.totalShown);
    expect(await page.locator(".print-narrative h3").count()).toBe(dataset.narrative.length);
    await screenshot(page, "36-print-view");
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".app-header").isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "打印" }).isVisible()).toBe(false);
  }, 90_000);
});
