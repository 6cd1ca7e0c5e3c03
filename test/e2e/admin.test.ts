/**
 * The administration and account pages in the browser: the 管理员 creates a user (initial password shown once),
 * who signs in with it; changes the user's role, resets the password, disables the user; renames a unit and adds
 * one under it; a user changes their own password on 我的账户 and the old one stops working. Screenshots of each page
 * go to test-output/screenshots/admin-*.png.
 */
import { describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client.ts";
import { newContext, screenshot, signIn, useBrowserEnvironment } from "../support/browser.ts";

describe("administration in the browser", () => {
  const env = useBrowserEnvironment();

  it("creates a user, changes its role, resets its password and disables it", async () => {
    const { region, browser } = env;
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, region.url, region.account("admin"));
    await page.getByRole("link", { name: "用户", exact: true }).click();
    await page.getByRole("heading", { name: "用户管理" }).waitFor();

    const form = page.getByRole("form", { name: "新建用户" });
    await form.getByLabel("用户名").fill("new-filler");
    await form.getByLabel("姓名").fill("新填报人");
    await form.getByRole("button", { name: "新建用户" }).click();
    const shown = (await page.getByTestId("shown-password").textContent()) as string;
    expect(shown).toHaveLength(14);
    const row = page.locator('tr[data-username="new-filler"]');
    await row.waitFor();
    expect(await row.textContent()).toContain("新填报人");
    await screenshot(page, "admin-users");
    const newcomer = new ApiClient({ baseUrl: region.url });
    expect((await newcomer.signIn("new-filler", shown)).status).toBe(200);

    await row.getByLabel("new-filler 的角色").selectOption("unitReviewer");
    await page.getByRole("status").filter({ hasText: "单位审核人" }).waitFor();
    expect((await newcomer.get("/api/session")).body.user.role).toBe("unitReviewer");

    await row.getByRole("button", { name: "重置密码" }).click();
    await row.getByRole("button", { name: "确认重置" }).click();
    await page.getByRole("status").filter({ hasText: "已重置" }).waitFor();
    const reset = (await page.getByTestId("shown-password").textContent()) as string;
    expect(reset).not.toBe(shown);
    expect((await newcomer.get("/api/session")).status).toBe(401);
    expect((await new ApiClient({ baseUrl: region.url }).signIn("new-filler", reset)).status).toBe(200);

    await row.getByRole("button", { name: "停用" }).click();
    await row.getByRole("button", { name: "启用" }).waitFor();
    expect(await row.textContent()).toContain("已停用");
    expect((await new ApiClient({ baseUrl: region.url }).signIn("new-filler", reset)).status).toBe(401);
    await screenshot(page, "admin-users-changed");
    await context.close();
  });

  it("turns the region's 单位负责人 sign-off on and off; a 填报人 reads the setting the workspace follows", async () => {
    const { region, browser } = env;
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, region.url, region.account("admin"));
    await page.getByRole("link", { name: "单位", exact: true }).click();
    const setting = page.getByRole("region", { name: "地区流程设置" }).getByRole("checkbox");
    await setting.waitFor();
    expect(await setting.isChecked()).toBe(false);
    await setting.click();
    await page.getByRole("status").filter({ hasText: "已开启" }).waitFor();
    await screenshot(page, "admin-units-sign-off");
    const filler = new ApiClient({ baseUrl: region.url });
    const account = region.account("filler");
    await filler.signIn(account.username, account.password);
    expect((await filler.get("/api/region/settings")).body).toEqual({ signOffRequired: true });
    await page.reload();
    await setting.waitFor();
    expect(await setting.isChecked()).toBe(true);
    await setting.click();
    await page.getByRole("status").filter({ hasText: "已关闭" }).waitFor();
    expect((await filler.get("/api/region/settings")).body).toEqual({ signOffRequired: false });
    // Signed out again: the 我的账户 test below counts the 填报人's other sessions.
    expect((await filler.delete("/api/session")).status).toBeLessThan(300);
    await context.close();
  });

  it("renames a unit and adds a unit under it", async () => {
    const { region, browser } = env;
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, region.url, region.account("admin"));
    await page.getByRole("link", { name: "单位", exact: true }).click();
    await page.getByRole("heading", { name: "单位管理" }).waitFor();
    await screenshot(page, "admin-units");
    const first = page.locator("tr.unit-tree-row").nth(1);
    const oldName = (await first.getAttribute("data-unit")) as string;
    await first.getByRole("button", { name: "重命名" }).click();
    await first.getByLabel("新名称").fill(`${oldName}（更名）`);
    await first.getByRole("button", { name: "保存" }).click();
    await page.locator(`tr[data-unit="${oldName}（更名）"]`).waitFor();

    const renamed = page.locator(`tr[data-unit="${oldName}（更名）"]`);
    await renamed.getByRole("button", { name: "新建下级单位" }).click();
    await renamed.getByLabel("下级单位名称").fill("新建的二级单位");
    await screenshot(page, "admin-units-add");
    await renamed.getByRole("button", { name: "新建", exact: true }).click();
    await page.locator('tr[data-unit="新建的二级单位"]').waitFor();
    const admin = await env.apiAs("admin");
    const units = (await admin.get("/api/units")).body.units as { name: string; parentId: string }[];
    expect(units.map((u) => u.name)).toContain(`${oldName}（更名）`);
    expect(units.map((u) => u.name)).toContain("新建的二级单位");
    await context.close();
  });

  it("a 填报人 changes their own password on 我的账户 and sees their sessions", async () => {
    const { region, browser } = env;
    const account = region.account("filler");
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, region.url, account);
    const other = new ApiClient({ baseUrl: region.url });
    expect((await other.signIn(account.username, account.password)).status).toBe(200);
    await page
      .getByRole("link", { name: /填报人/ })
      .first()
      .click();
    await page.getByRole("heading", { name: "我的账户" }).waitFor();
    await page.locator(".sessions-table tbody tr").nth(1).waitFor();
    expect(await page.locator(".sessions-table").textContent()).toContain("本会话");
    expect(await page.getByRole("link", { name: "用户", exact: true }).count()).toBe(0);
    await screenshot(page, "account");

    const form = page.getByRole("form", { name: "修改密码" });
    await form.getByLabel("当前密码").fill(account.password);
    await form.getByLabel("新密码（至少 10 位）").fill("brand-new-password-1");
    await form.getByLabel("再次输入新密码").fill("brand-new-password-1");
    await form.getByRole("button", { name: "修改密码" }).click();
    await page.getByRole("status").filter({ hasText: "密码已修改" }).waitFor();
    expect(await page.getByRole("status").textContent()).toContain("其他 1 个会话已结束");
    await screenshot(page, "account-changed");
    expect((await other.get("/api/session")).status).toBe(401);
    expect((await new ApiClient({ baseUrl: region.url }).signIn(account.username, account.password)).status).toBe(401);
    expect((await new ApiClient({ baseUrl: region.url }).signIn(account.username, "brand-new-password-1")).status).toBe(
      200,
    );
    await context.close();
  });
});
