/** The app in a real browser: sign-in, the home page of a 填报人, a wrong password, sign-out. */
import { describe, expect, it } from "vitest";
import { newContext, screenshot, signIn, useBrowserEnvironment } from "../support/browser.ts";

describe("sign-in in the browser", () => {
  const env = useBrowserEnvironment();

  it("a wrong password is refused in Chinese; the right one shows the unit's reports", async () => {
    const { region, browser } = env;
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(region.url);
    await screenshot(page, "00-login");
    const filler = region.account("filler");
    await page.getByLabel("用户名").fill(filler.username);
    await page.getByLabel("密码").fill("wrong-password");
    await page.getByRole("button", { name: "登录" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("用户名或密码");

    await signIn(page, region.url, filler);
    await expect.poll(() => page.locator("h1").textContent()).toBe("凉山州科学技术协会 · 各年度报表");
    const rows = page.locator("table.data-table tbody tr");
    // The heading is drawn before the list of reports arrives: wait for the rows, not the heading.
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain("2023");
    await screenshot(page, "01-home-filler");

    await page.getByRole("button", { name: "退出" }).click();
    await page.getByLabel("用户名").waitFor();
    await context.close();
  }, 60_000);
});
