/**
 * The public pages in the browser, without signing in: the published report (零陵, taken through the workflow by
 * the API) is listed by unit and year, its page shows its figures, and its PDF downloads; a report that is not
 * published is not found.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client.ts";
import { newContext, screenshot, useBrowserEnvironment } from "../support/browser.ts";
import { LINGLING, publishLingling } from "../support/submittable-report.ts";
import { waitForPublishedPdfs } from "../support/published-pdfs.ts";

describe("public pages in the browser", () => {
  const env = useBrowserEnvironment();

  const apiAs = env.apiAs;

  it("an anonymous visitor lists the published report, reads its figures and downloads its PDF", async () => {
    const { region, browser } = env;
    const [admin, department, finance] = await Promise.all([
      apiAs("admin"),
      apiAs("departmentReviewer"),
      apiAs("financeReviewer"),
    ]);
    await publishLingling({ admin, filler: new ApiClient({ baseUrl: region.url }), department, finance });
    const draftId = ((await finance.get("/api/reports")).body.reports as { id: string; status: string }[]).find(
      (r) => r.status === "draft",
    )?.id;

    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${region.url}/public`);
    const rows = page.locator("table.public-list tbody tr");
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain(LINGLING);
    expect(await rows.first().textContent()).toContain("2024");
    // Nobody is signed in: the header offers sign-in.
    expect(await page.getByRole("link", { name: "登录" }).count()).toBe(1);
    await screenshot(page, "50-public-list");

    await rows.first().getByRole("link", { name: "查看报告" }).click();
    await page.getByTestId("public-total").waitFor();
    expect(await page.getByTestId("public-total").textContent()).toBe("99.8");
    expect(await page.locator(".public-figures").textContent()).toContain("98.25%");
    expect(await page.locator(".public-figures").textContent()).toContain("127.10");
    await screenshot(page, "51-public-report");

    await waitForPublishedPdfs(region.url);
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 90_000 }),
      page.getByRole("button", { name: "下载自评报告（PDF）" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${LINGLING}2024年度部门整体支出绩效自评报告.pdf`);
    const pdf = readFileSync(await download.path());
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");

    // A draft is not there for the public, neither its page nor its PDF.
    await page.goto(`${region.url}/public/reports/${draftId}`);
    await expect.poll(() => page.getByRole("alert").textContent()).toBe("公开报表不存在或无权查看");
    expect((await new ApiClient({ baseUrl: region.url }).get(`/api/public/reports/${draftId}/pdf`)).status).toBe(404);
    await context.close();
  }, 400_000);
});
