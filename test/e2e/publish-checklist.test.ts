/**
 * The check list before 公开 (issue 15 item 6): the 财政审核人's confirmation of 公开 lists what is checked on the
 * server's audit of the approved version — the audit is of this version, no error findings, no placeholder text,
 * weights adding up, content, a narrative — and the report is published only from there.
 */
import { describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client.ts";
import { newContext, screenshot, signIn, useBrowserEnvironment } from "../support/browser.ts";
import { act, correctAndSave, linglingFiller } from "../support/submittable-report.ts";

describe("公开前的检查", () => {
  const env = useBrowserEnvironment();

  it("the 财政审核人 sees the check list of the approved version in the 公开 confirmation, then publishes", async () => {
    const { region, browser } = env;
    const filler = new ApiClient({ baseUrl: region.url });
    const { reportId, version: first } = await linglingFiller(await env.apiAs("admin"), filler);
    let version = await correctAndSave(filler, reportId, first);
    version = await act(filler, reportId, "submit", version);
    version = await act(await env.apiAs("departmentReviewer"), reportId, "departmentApprove", version);
    const finance = await env.apiAs("financeReviewer");
    version = await act(finance, reportId, "financeApprove", version);

    const page = await (await newContext(browser)).newPage();
    await signIn(page, region.url, region.account("financeReviewer"));
    await page.goto(`${region.url}/review/${reportId}`);
    await page.getByRole("button", { name: "公开", exact: true }).click();
    const dialog = page.getByRole("dialog");
    expect(await dialog.getByRole("heading").textContent()).toBe("公开前的检查");
    const rows = await dialog
      .getByTestId("publish-checklist")
      .locator("tr")
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")));
    expect(rows).toEqual([
      ["✓", "校验结果", `第 ${version} 版的校验`],
      ["✓", "错误级校验问题", "无"],
      ["✓", "模板占位文字", "无"],
      ["✓", "自评表权重合计", "各表权重合计正确"],
      ["✓", "报表内容", expect.stringMatching(/^\d+ 张绩效自评表、决算数据$/)],
      ["✓", "叙述", expect.stringMatching(/^\d+ 段$/)],
    ]);
    expect(await dialog.getByRole("alert").count()).toBe(0);
    await screenshot(page, "54-review-publish-checklist");
    await dialog.getByRole("button", { name: "确认公开" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("已公开");
    expect((await finance.get(`/api/reports/${reportId}`)).body.report.status).toBe("published");
  }, 120_000);
});
