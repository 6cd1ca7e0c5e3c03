/**
 * The 单位负责人's sign-off in the browser, once the region's 管理员 asks for it (API): the 填报人's workspace offers
 * 提交单位负责人签字 instead of 提交审核; the report waits in the 负责人's queue (not the 主管部门's); the 负责人 returns
 * it with a comment the 填报人 sees, then signs the resubmission off, named with the time; only then is it in the
 * 主管部门审核人's queue.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { newContext, screenshot, signIn, useBrowserEnvironment } from "../support/browser.ts";
import { cleanDataset } from "../support/server-harness.ts";

const SHOTS = process.env.JIXIAO_SIGN_OFF_SHOTS;

describe("单位负责人 sign-off in the browser", () => {
  const env = useBrowserEnvironment();
  const statusShown = (page: Page) => page.locator(".workspace-meta .status").textContent();
  const shoot = async (page: Page, name: string) => {
    await screenshot(page, name);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  };

  it("填报人 submits for sign-off, 负责人 returns, then signs off; the report then waits for the 主管部门", async () => {
    const { region, browser } = env;
    const admin = await env.apiAs("admin");
    expect((await admin.put("/api/region/settings", { signOffRequired: true })).body).toEqual({
      signOffRequired: true,
    });
    const filler = await env.apiAs("filler");
    const unitId = (await filler.get("/api/session")).body.user.unit.id as string;
    const created = await filler.post("/api/reports", {
      unitId,
      year: 2025,
      profileId: "sichuan",
      dataset: cleanDataset(2025, "凉山州科学技术协会"),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const reportId = created.body.id as string;
    const statusOf = async () => (await filler.get(`/api/reports/${reportId}`)).body.report.status as string;

    // The 填报人: the submission the region calls for, after the check list.
    const fillerPage = await (await newContext(browser)).newPage();
    await signIn(fillerPage, region.url, region.account("filler"));
    await fillerPage.goto(`${region.url}/reports/${reportId}`);
    await fillerPage.getByTestId("workspace-ready").waitFor();
    // The button is named once the region's settings are read (they arrive after the report itself).
    await fillerPage.getByRole("button", { name: "提交单位负责人签字" }).waitFor();
    expect(await fillerPage.getByRole("button", { name: "提交审核" }).count()).toBe(0);
    expect(await fillerPage.locator(".submit-box").first().textContent()).toContain(
      "本地区要求单位负责人签字后再送主管部门审核",
    );
    await fillerPage.getByRole("button", { name: "提交单位负责人签字" }).click();
    const checklist = fillerPage.getByTestId("submit-checklist");
    await checklist.waitFor();
    expect(await checklist.locator("tr.check-failed").count()).toBe(0);
    expect(await fillerPage.getByRole("dialog").textContent()).toContain("先送单位负责人签字");
    await shoot(fillerPage, "39-sign-off-submit-checklist");
    await fillerPage.getByRole("dialog").getByRole("button", { name: "确认提交" }).click();
    await expect.poll(() => statusShown(fillerPage)).toBe("待单位负责人签字");
    expect(await statusOf()).toBe("signOffPending");
    await shoot(fillerPage, "40-sign-off-workspace-waiting");

    // The 主管部门 does not see it waiting yet.
    const department = await env.apiAs("departmentReviewer");
    const queued = async () =>
      ((await department.get("/api/review-queue")).body.units as { reportId: string }[]).map((r) => r.reportId);
    expect(await queued()).not.toContain(reportId);

    // The 负责人: the report in their queue; a return needs a comment and takes one.
    const leaderPage = await (await newContext(browser)).newPage();
    await signIn(leaderPage, region.url, region.account("unitLeader"));
    await leaderPage.getByRole("link", { name: "待签字" }).click();
    const rows = leaderPage.locator("table.review-queue tbody tr");
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().locator("td").nth(0).textContent()).toBe("凉山州科学技术协会");
    expect(await rows.first().locator("td").nth(2).textContent()).toBe("待单位负责人签字");
    // When the 填报人 submitted it, and so not "未提交".
    expect(await rows.first().locator("td").nth(3).textContent()).toMatch(/^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}/);
    expect(await leaderPage.getByRole("heading", { name: "待签字" }).count()).toBe(1);
    await shoot(leaderPage, "41-sign-off-queue");
    await rows.first().getByRole("link", { name: "审核" }).click();
    await leaderPage.getByRole("heading", { name: "单位负责人签字" }).waitFor();
    await leaderPage.getByRole("button", { name: "退回填报人" }).click();
    await expect
      .poll(() => leaderPage.getByRole("dialog").getByRole("alert").textContent())
      .toBe("退回填报人须填写原因（审核意见）");
    await leaderPage.getByRole("dialog").getByRole("button", { name: "取消" }).click();
    await leaderPage.getByLabel("意见（退回填报人时必填）").fill("请补充活动签到表");
    await leaderPage.getByRole("button", { name: "退回填报人" }).click();
    await leaderPage.getByRole("dialog").getByRole("button", { name: "确认退回填报人" }).click();
    await expect.poll(() => leaderPage.getByRole("status").first().textContent()).toContain("已退回");
    expect(await statusOf()).toBe("returned");

    // The 填报人 sees the 负责人's comment and submits again.
    await fillerPage.reload();
    await fillerPage.getByTestId("workspace-ready").waitFor();
    await expect.poll(() => fillerPage.locator(".workspace").textContent()).toContain("请补充活动签到表");
    await fillerPage.getByRole("button", { name: "提交单位负责人签字" }).click();
    await fillerPage.getByRole("dialog").getByRole("button", { name: "确认提交" }).click();
    await expect.poll(() => statusShown(fillerPage)).toBe("待单位负责人签字");

    // The 负责人 signs off: the confirmation names them and the time; the history records it.
    await leaderPage.reload();
    await leaderPage.getByRole("heading", { name: "单位负责人签字" }).waitFor();
    await leaderPage.getByRole("button", { name: "签字同意" }).click();
    const signer = leaderPage.getByRole("dialog").getByTestId("sign-off-signer");
    expect(await signer.textContent()).toMatch(
      /^签字人：演示单位负责人（凉山州科学技术协会单位负责人），时间：\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}/,
    );
    await shoot(leaderPage, "42-sign-off-confirm");
    await leaderPage.getByRole("dialog").getByRole("button", { name: "确认签字同意" }).click();
    await expect
      .poll(() => leaderPage.getByRole("status").first().textContent())
      .toBe("已签字，报表已送主管部门审核。");
    expect(await statusOf()).toBe("submitted");
    await expect
      .poll(() => leaderPage.locator("ol.timeline").textContent())
      .toContain("演示单位负责人：待单位负责人签字 → 已提交（待主管部门审核）");
    await shoot(leaderPage, "43-sign-off-done");

    // Now, and only now, it waits for the 主管部门审核人, in the browser too.
    expect(await queued()).toContain(reportId);
    const departmentPage = await (await newContext(browser)).newPage();
    await signIn(departmentPage, region.url, region.account("departmentReviewer"));
    await departmentPage.getByRole("link", { name: "审核队列" }).click();
    const departmentRows = departmentPage.locator("table.review-queue tbody tr", { hasText: "凉山州科学技术协会" });
    await departmentRows.first().waitFor();
    expect(await departmentRows.count()).toBe(1);
    expect(await departmentRows.first().locator("td").nth(2).textContent()).toBe("已提交（待主管部门审核）");
    await shoot(departmentPage, "44-sign-off-department-queue");
  }, 150_000);
});
