/**
 * Review (issue 15 items 6–7): from the review page the full report is one click away; the first submission's
 * changes read as content, not JSON; a comment tied to a field (零陵's 受众人数) is shown beside that field in the
 * 填报人's workspace after the return; the resubmission is confirmed after its check list, and 撤回提交 takes it back
 * before the 主管部门 acts.
 */
import { describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client.ts";
import { newContext, screenshot, signIn, useBrowserEnvironment } from "../support/browser.ts";
import { act, correctAndSave, LINGLING_FILLER, linglingFiller } from "../support/submittable-report.ts";

describe("review comments on fields, the full report, withdrawal", () => {
  const env = useBrowserEnvironment();

  it("comments a field, returns; the unit sees it beside the field, resubmits after the check list, withdraws", async () => {
    const { region, browser } = env;
    const filler = new ApiClient({ baseUrl: region.url });
    const { reportId, version: first } = await linglingFiller(await env.apiAs("admin"), filler);
    await act(filler, reportId, "submit", await correctAndSave(filler, reportId, first));

    const reviewer = await (await newContext(browser)).newPage();
    await signIn(reviewer, region.url, region.account("departmentReviewer"));
    await reviewer.goto(`${region.url}/review/${reportId}`);
    await reviewer.locator("table.diff-table").waitFor();
    // Readable changes: names and values, never JSON.
    expect(await reviewer.locator("table.diff-table").textContent()).not.toMatch(/[{}"]/);
    // The full report, one click away, read-only for the reviewer.
    await reviewer.getByRole("link", { name: /查看完整报表/ }).click();
    await reviewer.getByTestId("workspace-ready").waitFor();
    expect(await reviewer.locator(".section-content").textContent()).toContain("只读");
    await reviewer.goBack();
    await reviewer.locator("table.diff-table").waitFor();

    // A comment on the 受众人数 change.
    const row = reviewer.locator("table.diff-table tbody tr", { hasText: "受众人数" });
    await row.getByRole("button", { name: "批注" }).click();
    expect(await reviewer.locator('label[for="new-comment"]').textContent()).toContain("受众人数");
    await reviewer.locator("#new-comment").fill("受众人数请附统计依据");
    await reviewer.getByRole("button", { name: "添加批注" }).click();
    await expect.poll(() => reviewer.locator("ul.comments").textContent()).toContain("受众人数请附统计依据");
    expect(await reviewer.locator("ul.comments").textContent()).toContain("字段：");
    await screenshot(reviewer, "33-review-field-comment");
    await reviewer.getByLabel("审核意见（退回时必填）").fill("见字段批注");
    await reviewer.getByRole("button", { name: "退回" }).click();
    await reviewer.getByRole("dialog").getByRole("button", { name: "确认退回" }).click();
    await expect.poll(() => reviewer.getByRole("status").first().textContent()).toContain("已退回");

    // The 填报人: the comment beside the cell it is on.
    const page = await (await newContext(browser)).newPage();
    await signIn(page, region.url, {
      ...LINGLING_FILLER,
      role: "filler",
      roleName: "填报人",
      unitName: "永州市零陵区科学技术协会",
    });
    await page.goto(`${region.url}/reports/${reportId}/indicators`);
    await page.getByTestId("indicator-grid").waitFor();
    const comment = page.getByTestId("indicator-grid").getByTestId("field-comment");
    await expect.poll(() => comment.textContent()).toContain("受众人数请附统计依据");
    expect(await comment.textContent()).toContain("“完成值”");
    await screenshot(page, "33-workspace-field-comment");

    // Resubmitted after the check list, then withdrawn before the 主管部门 acts.
    await page.getByRole("button", { name: "提交审核" }).click();
    const checklist = page.getByTestId("submit-checklist");
    await checklist.waitFor();
    expect(await checklist.locator("tr.check-failed").count()).toBe(0);
    await screenshot(page, "33-workspace-submit-checklist");
    await page.getByRole("dialog").getByRole("button", { name: "确认提交" }).click();
    await expect.poll(() => page.locator(".workspace-meta .status").textContent()).toBe("已提交（待主管部门审核）");
    await page.getByRole("button", { name: "撤回提交" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "确认撤回" }).click();
    await expect.poll(() => page.locator(".workspace-meta .status").textContent()).toBe("已退回");
    expect((await filler.get(`/api/reports/${reportId}`)).body.report.status).toBe("returned");
  }, 150_000);
});
