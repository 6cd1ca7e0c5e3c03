/**
 * Two people editing the same indicator of 凉山's report in two browsers: the second save meets the first one's new
 * version, and is not lost — the conflict dialog shows both values and saves the one chosen.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client.ts";
import { newContext, screenshot, signIn, useBrowserEnvironment } from "../support/browser.ts";

async function openProjectGrid(page: Page, url: string, reportId: string) {
  await page.goto(`${url}/reports/${reportId}/project-0`);
  await page.getByTestId("indicator-grid").waitFor();
}

async function typeActual(page: Page, value: string) {
  await page.locator('td[data-row="0"][data-field="actual"]').click();
  await page.keyboard.type(value);
  await page.keyboard.press("Enter");
}

describe("a stale-version conflict in the browser", () => {
  const env = useBrowserEnvironment();

  it("shows both values of the indicator and saves the one chosen", async () => {
    const { region, browser } = env;
    const api = new ApiClient({ baseUrl: region.url });
    const filler = region.account("filler");
    expect((await api.signIn(filler.username, filler.password)).status).toBe(200);
    const reportId = ((await api.get("/api/reports")).body.reports as { id: string }[])[0]?.id as string;
    const before = (await api.get(`/api/reports/${reportId}`)).body.dataset.projects[0].evaluation.indicators[0].actual;
    expect(before).toBe("100");

    const first = await (await newContext(browser)).newPage();
    const second = await (await newContext(browser)).newPage();
    await signIn(first, region.url, filler);
    await signIn(second, region.url, region.account("unitReviewer"));
    await openProjectGrid(first, region.url, reportId);
    await openProjectGrid(second, region.url, reportId);

    await typeActual(first, "98");
    await expect.poll(() => first.locator(".workspace-meta").textContent(), { timeout: 10_000 }).toContain("第 2 版");
    expect(await first.getByTestId("save-state").textContent()).toBe("已保存");

    // The second page still has version 1.
    await typeActual(second, "95");
    const dialog = second.getByRole("dialog");
    await dialog.waitFor({ timeout: 10_000 });
    const row = dialog.locator('tr[data-path="projects[0].evaluation.indicators[0].actual"]');
    expect(await row.locator("td").nth(1).textContent()).toContain("95");
    expect(await row.locator("td").nth(2).textContent()).toContain("98");
    expect(await second.getByTestId("save-state").textContent()).toBe("保存冲突，请选择");
    await screenshot(second, "15-workspace-conflict");

    await dialog.getByRole("button", { name: "按所选保存" }).click();
    await expect.poll(() => second.locator(".workspace-meta").textContent(), { timeout: 10_000 }).toContain("第 3 版");
    expect(await second.getByTestId("save-state").textContent()).toBe("已保存");
    const after = (await api.get(`/api/reports/${reportId}`)).body;
    expect(after.dataset.projects[0].evaluation.indicators[0].actual).toBe("95");
    expect(after.report.version).toBe(3);
    // The history keeps both edits, by whom.
    const versions = (await api.get(`/api/reports/${reportId}/history`)).body.versions as {
      version: number;
      changedBy: string | null;
    }[];
    expect(versions.map((v) => v.version)).toEqual(expect.arrayContaining([1, 2, 3]));
  }, 120_000);
});
