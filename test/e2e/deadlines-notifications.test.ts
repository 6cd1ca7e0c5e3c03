/**
 * Report years and deadlines, notifications and typed passwords in the browser. A 管理员 sees every demo year
 * overdue (the demo deadlines, 30 April of the year after, have passed), sets a year's deadline in the future (no
 * longer overdue) and in the past (overdue again), and the list of reports marks them 逾期; the 零陵 填报人, whose
 * report the 主管部门 returned with a comment, sees the bell's count, the return with that comment, and the link to
 * the report; the 管理员 types a new user's password and a reset one (a short one is refused on its field).
 * Screenshots: test-output/screenshots/years-*.png, notifications-*.png, users-typed-*.png.
 */
import { describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client.ts";
import { newContext, screenshot, signIn, useBrowserEnvironment } from "../support/browser.ts";
import { act, correctAndSave, LINGLING, LINGLING_FILLER, linglingFiller } from "../support/submittable-report.ts";

describe("deadlines, notifications and typed passwords in the browser", () => {
  const env = useBrowserEnvironment();

  it("the 管理员 sets a year's deadline over the region and sees the overdue mark come and go", async () => {
    const { region, browser } = env;
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, region.url, region.account("admin"));
    await page.getByRole("link", { name: "报送年度", exact: true }).click();
    await page.getByRole("heading", { name: "报送年度与截止日期" }).waitFor();
    const row = page.locator('tr[data-year="2023"]');
    await row.waitFor();
    expect(await page.getByTestId("overdue-2023").textContent()).toBe("逾期 2");
    expect(await row.locator("td").nth(2).textContent()).toBe("2024-04-30");
    expect(await row.locator("td").nth(1).textContent()).toBe("未设定");
    await screenshot(page, "years-overdue");

    await row.getByLabel("2023 年度截止日期", { exact: true }).fill("2099-04-30");
    await row.getByRole("button", { name: "设定" }).click();
    const confirm = page.getByRole("group", { name: "确认截止日期" });
    expect(await confirm.textContent()).toContain("该年度的 2 份报表都将改用此截止日期");
    await screenshot(page, "years-confirm");
    await confirm.getByRole("button", { name: "确定" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: "已将 2023 年度的截止日期设为 2099-04-30（演示地区财政局，2 份报表）" })
      .waitFor();
    await expect.poll(() => page.getByTestId("overdue-2023").textContent()).toBe("0");
    expect(await row.locator("td").nth(1).textContent()).toBe("2099-04-30（演示地区财政局设定）");

    await row.getByLabel("2023 年度截止日期", { exact: true }).fill("2025-06-30");
    await row.getByRole("button", { name: "设定" }).click();
    await confirm.getByRole("button", { name: "确定" }).click();
    await expect.poll(() => page.getByTestId("overdue-2023").textContent()).toBe("逾期 2");
    await screenshot(page, "years-set");
    const admin = await env.apiAs("admin");
    const reports = (await admin.get("/api/reports?year=2023")).body.reports as { dueAt: string }[];
    expect(reports.map((r) => r.dueAt)).toEqual(["2025-06-30T16:00:00.000Z", "2025-06-30T16:00:00.000Z"]);

    // One unit's scope: only its own report.
    await page.getByLabel("范围").selectOption({ label: "\u3000\u3000凉山州科学技术协会" });
    await page.locator(".report-years-page .muted.small", { hasText: "凉山州科学技术协会及其下级单位" }).waitFor();
    expect(await page.locator("tr[data-year]").count()).toBe(1);
    expect(await page.locator('tr[data-year="2023"] td').nth(3).textContent()).toBe("1");

    // The list of reports marks the overdue ones.
    await page.getByRole("link", { name: "全部报表", exact: true }).click();
    await page.locator(".overdue-mark").first().waitFor();
    expect(await page.locator(".overdue-mark").count()).toBe(5);
    await screenshot(page, "years-home-marks");
    await context.close();
  }, 60_000);

  it("the 填报人 is told of a return with the reviewer's comment and opens the report from it", async () => {
    const { region, browser } = env;
    const admin = await env.apiAs("admin");
    const department = await env.apiAs("departmentReviewer");
    const api = new ApiClient({ baseUrl: region.url });
    const { reportId, version } = await linglingFiller(admin, api);
    let moved = await correctAndSave(api, reportId, version);
    moved = await act(api, reportId, "submit", moved);
    await act(department, reportId, "departmentReturn", moved, "请补充项目佐证材料，并核对执行数。");

    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, region.url, {
      ...LINGLING_FILLER,
      role: "filler",
      roleName: "填报人",
      unitName: LINGLING,
    });
    await page.getByTestId("notification-count").waitFor();
    expect(Number(await page.getByTestId("notification-count").textContent())).toBeGreaterThanOrEqual(1);
    await screenshot(page, "notifications-bell");
    await page.getByRole("link", { name: /^通知/ }).click();
    await page.getByRole("heading", { name: "通知" }).waitFor();
    const returned = page.locator('li[data-kind="returned"]');
    await returned.waitFor();
    expect(await returned.textContent()).toContain(`${LINGLING} 2024 年度报表：主管部门退回`);
    expect(await returned.locator(".notification-comment").textContent()).toBe(
      "演示主管部门审核人：请补充项目佐证材料，并核对执行数。",
    );
    expect(await returned.locator(".notification-new").count()).toBe(1);
    // Opened, they are read: the bell shows no count any more.
    await page.getByTestId("notification-count").waitFor({ state: "detached" });
    await screenshot(page, "notifications-page");
    await returned.getByRole("link").click();
    await page.waitForURL(`**/reports/${reportId}`);
    expect(new URL(page.url()).pathname).toBe(`/reports/${reportId}`);
    await context.close();
  }, 60_000);

  it("the 管理员 types a new user's password and a reset one; a short one is refused on its field", async () => {
    const { region, browser } = env;
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, region.url, region.account("admin"));
    await page.getByRole("link", { name: "用户", exact: true }).click();
    const form = page.getByRole("form", { name: "新建用户" });
    await form.getByLabel("用户名").fill("typed-user");
    await form.getByLabel("姓名").fill("自定密码用户");
    await form.getByLabel("自行输入初始密码").check();
    await form.getByLabel("初始密码（至少 10 位）").fill("short");
    await form.getByRole("button", { name: "新建用户" }).click();
    await form.getByText("密码至少 10 位").waitFor();
    expect(await form.getByLabel("初始密码（至少 10 位）").getAttribute("aria-invalid")).toBe("true");
    await screenshot(page, "users-typed-refused");
    const admin = await env.apiAs("admin");
    const names = async () =>
      ((await admin.get("/api/users")).body.users as { username: string }[]).map((u) => u.username);
    expect(await names()).not.toContain("typed-user");

    await form.getByLabel("初始密码（至少 10 位）").fill("typed-password-1");
    expect(await form.getByText("密码至少 10 位").count()).toBe(0);
    await form.getByRole("button", { name: "新建用户" }).click();
    await page.getByRole("status").filter({ hasText: "已新建用户 typed-user，初始密码为您输入的密码" }).waitFor();
    expect(await page.getByTestId("shown-password").count()).toBe(0);
    expect((await new ApiClient({ baseUrl: region.url }).signIn("typed-user", "typed-password-1")).status).toBe(200);

    const row = page.locator('tr[data-username="typed-user"]');
    await row.getByRole("button", { name: "重置密码" }).click();
    const reset = row.getByRole("form", { name: "重置 typed-user 的密码" });
    await reset.getByLabel("自行输入新密码").check();
    await reset.getByLabel("新密码（至少 10 位）").fill("reset-typed-pw-2");
    await screenshot(page, "users-typed-reset");
    await reset.getByRole("button", { name: "确认重置" }).click();
    await page.getByRole("status").filter({ hasText: "已将 typed-user 的密码重置为您输入的密码" }).waitFor();
    expect((await new ApiClient({ baseUrl: region.url }).signIn("typed-user", "typed-password-1")).status).toBe(401);
    expect((await new ApiClient({ baseUrl: region.url }).signIn("typed-user", "reset-typed-pw-2")).status).toBe(200);
    await context.close();
  }, 60_000);
});
