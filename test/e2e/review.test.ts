/**
 * Reviewing in the browser: 零陵's report (its six audit errors corrected and submitted through the API) appears in
 * the 主管部门审核人's queue; the reviewer reads the figures and the changes, cannot return it without a reason, returns
 * it with one; after the unit's resubmission (API) sees exactly the new change and approves; the 财政审核人 approves
 * and publishes.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client.ts";
import { newContext, screenshot, signIn, useBrowserEnvironment } from "../support/browser.ts";
import { act, correctAndSave, LINGLING, linglingFiller } from "../support/submittable-report.ts";

describe("review in the browser", () => {
  const env = useBrowserEnvironment();

  const apiAs = env.apiAs;
  const statusOf = async (client: ApiClient, id: string) =>
    (await client.get(`/api/reports/${id}`)).body.report.status as string;
  const noticeText = (page: Page) => page.getByRole("status").textContent();

  it("主管部门 returns with a reason, approves the resubmission; 财政 approves and publishes", async () => {
    const { region, browser } = env;
    const admin = await apiAs("admin");
    const filler = new ApiClient({ baseUrl: region.url });
    const { reportId, version: first } = await linglingFiller(admin, filler);
    const scores = JSON.parse(JSON.stringify((await filler.get(`/api/reports/${reportId}/scores`)).body));
    expect(scores.counts.error).toBe(6);
    let version = await correctAndSave(filler, reportId, first);
    await act(filler, reportId, "submit", version);
    const department = await apiAs("departmentReviewer");
    const summaryRow = (await department.get("/api/summary")).body.units.find(
      (row: { unitName: string }) => row.unitName === LINGLING,
    );

    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, region.url, region.account("departmentReviewer"));
    await page.getByRole("link", { name: "审核队列" }).click();
    const rows = page.locator("table.review-queue tbody tr");
    await rows.first().waitFor();
    // Only the submitted report waits for the department; the four drafts do not.
    expect(await rows.count()).toBe(1);
    const row = rows.first();
    expect(await row.locator("td").nth(0).textContent()).toBe(LINGLING);
    expect(await row.locator("td").nth(4).textContent()).toBe(summaryRow.onTime ? "按时" : "逾期");
    expect(await row.locator("td").nth(5).textContent()).toBe("99.8");
    expect(await row.locator("td").nth(6).textContent()).toBe("优");
    expect(await row.locator("td").nth(7).textContent()).toBe("0");
    await screenshot(page, "30-review-queue");

    await row.getByRole("link", { name: "审核" }).click();
    await page.getByTestId("total-score").waitFor();
    expect(await page.getByTestId("total-score").textContent()).toBe("99.8");
    // First submission: the changes since the report was created — the six corrections, in words.
    const diffRows = page.locator("table.diff-table tbody tr");
    expect(await diffRows.count()).toBe(6);
    const actualChange = diffRows.filter({ hasText: "受众人数" });
    expect(await actualChange.locator("td").first().textContent()).toBe(
      "部门整体支出绩效自评表 › 绩效自评表 › 指标 2「受众人数」 › 完成值",
    );
    expect(await actualChange.locator("td.diff-old").textContent()).toBe("25000");
    expect(await actualChange.locator("td.diff-new").textContent()).toBe("2.5");
    await screenshot(page, "31-review-report-first-submission");

    // A return without a reason is refused by the server, and its message is shown.
    await page.getByRole("button", { name: "退回" }).click();
    await expect
      .poll(() => page.getByRole("dialog").getByRole("alert").textContent())
      .toBe("退回须填写原因（审核意见）");
    expect(await page.getByRole("dialog").getByRole("button", { name: "确认退回" }).isDisabled()).toBe(true);
    await screenshot(page, "32-review-confirm-return-needs-reason");
    await page.getByRole("dialog").getByRole("button", { name: "取消" }).click();
    // The server refuses it as well.
    expect(
      (
        await department.post(`/api/reports/${reportId}/transitions`, {
          action: "departmentReturn",
          version: (await department.get(`/api/reports/${reportId}`)).body.report.version,
        })
      ).body.error,
    ).toBe("主管部门退回须填写意见");
    expect(await statusOf(department, reportId)).toBe("submitted");
    await page.getByLabel("审核意见（退回时必填）").fill("受众人数请附统计依据");
    await page.getByRole("button", { name: "退回" }).click();
    await page.getByRole("dialog").getByRole("button", { name: /^确认/ }).click();
    await expect.poll(() => noticeText(page)).toContain("已退回");
    expect(await statusOf(department, reportId)).toBe("returned");
    await expect
      .poll(() => page.locator(".transition-comment").last().textContent())
      .toBe("意见：受众人数请附统计依据");
    await screenshot(page, "32-review-returned");

    // The unit explains the figure and submits again (through the API).
    version = (await filler.get(`/api/reports/${reportId}`)).body.report.version;
    const edited = await filler.patch(`/api/reports/${reportId}/department/indicators/1`, {
      version,
      fields: { reason: "受众人数按活动签到表统计" },
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    await act(filler, reportId, "submit", edited.body.version);

    await page.reload();
    await page.getByTestId("total-score").waitFor();
    await expect.poll(() => diffRows.count()).toBe(1);
    expect(await diffRows.first().locator("td").first().textContent()).toBe(
      "部门整体支出绩效自评表 › 绩效自评表 › 指标 2「受众人数」 › 偏差原因及改进措施",
    );
    expect(await diffRows.first().locator("td.diff-old").textContent()).toBe("（无）");
    expect(await diffRows.first().locator("td.diff-new").textContent()).toBe("受众人数按活动签到表统计");
    await screenshot(page, "33-review-resubmitted");
    await page.getByRole("button", { name: "审核通过" }).click();
    await page.getByRole("dialog").getByRole("button", { name: /^确认/ }).click();
    await expect.poll(() => noticeText(page)).toContain("已审核通过");
    expect(await statusOf(department, reportId)).toBe("departmentApproved");
    await context.close();

    const financeContext = await newContext(browser);
    const financePage = await financeContext.newPage();
    await signIn(financePage, region.url, region.account("financeReviewer"));
    await financePage.getByRole("link", { name: "审核队列" }).click();
    const financeRows = financePage.locator("table.review-queue tbody tr");
    await financeRows.first().waitFor();
    expect(await financeRows.count()).toBe(1);
    await financeRows.first().getByRole("link", { name: "审核" }).click();
    await financePage.getByRole("button", { name: "审核通过" }).click();
    await financePage.getByRole("dialog").getByRole("button", { name: /^确认/ }).click();
    await expect.poll(() => noticeText(financePage)).toContain("已审核通过");
    await financePage.getByRole("button", { name: "公开" }).click();
    await financePage.getByRole("dialog").getByRole("button", { name: /^确认/ }).click();
    await expect.poll(() => noticeText(financePage)).toContain("已公开");
    await financePage.locator(".status-published").first().waitFor();
    await screenshot(financePage, "34-review-finance-published");
    expect(await statusOf(department, reportId)).toBe("published");
    const transitions = (await department.get(`/api/reports/${reportId}/history`)).body.transitions.map(
      (t: { action: string }) => t.action,
    );
    expect(transitions).toEqual([
      "submit",
      "departmentReturn",
      "submit",
      "departmentApprove",
      "financeApprove",
      "publish",
    ]);
    await financeContext.close();
  }, 120_000);
});
