/**
 * 撤回公开 in the browser (issue 15 item 6): the 财政审核人 takes 零陵's published report down from its review page —
 * confirmed, with the reason required in the dialog — and the public list then says it was withdrawn, when and why,
 * instead of linking to it.
 */
import { describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client.ts";
import { newContext, screenshot, signIn, useBrowserEnvironment } from "../support/browser.ts";
import { LINGLING, publishLingling } from "../support/submittable-report.ts";

describe("撤回公开", () => {
  const env = useBrowserEnvironment();

  it("the 财政审核人 withdraws a published report with a reason; the public list shows it as withdrawn", async () => {
    const { region, browser } = env;
    const filler = new ApiClient({ baseUrl: region.url });
    const { reportId } = await publishLingling({
      admin: await env.apiAs("admin"),
      filler,
      department: await env.apiAs("departmentReviewer"),
      finance: await env.apiAs("financeReviewer"),
    });
    const page = await (await newContext(browser)).newPage();
    await signIn(page, region.url, region.account("financeReviewer"));
    await page.goto(`${region.url}/review/${reportId}`);
    await page.getByRole("button", { name: "撤回公开" }).click();
    const dialog = page.getByRole("dialog");
    expect(await dialog.getByRole("alert").textContent()).toBe("撤回公开须填写原因（审核意见）");
    expect(await dialog.getByRole("button", { name: "确认撤回公开" }).isDisabled()).toBe(true);
    await dialog.getByRole("button", { name: "取消" }).click();
    await page.getByLabel("审核意见（退回时必填）").fill("执行数有误，更正后重新公开");
    await page.getByRole("button", { name: "撤回公开" }).click();
    expect(await dialog.textContent()).toContain("公开页面将显示本报表已撤回");
    await screenshot(page, "35-review-confirm-unpublish");
    await dialog.getByRole("button", { name: "确认撤回公开" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("已撤回公开");
    expect((await filler.get(`/api/reports/${reportId}`)).body.report.status).toBe("financeApproved");

    const visitor = await (await newContext(browser)).newPage();
    await visitor.goto(`${region.url}/public`);
    const row = visitor.locator("tr", { hasText: LINGLING });
    await expect
      .poll(() => row.getByTestId("withdrawn").textContent())
      .toContain("撤回公开：执行数有误，更正后重新公开");
    expect(await row.getByRole("link", { name: "查看报告" }).count()).toBe(0);
    await screenshot(visitor, "35-public-list-withdrawn");
  }, 120_000);
});
