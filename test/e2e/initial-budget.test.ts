/**
 * The 年初预算 has a form (issue 15 item 1): budget.initial — its total, its parts by source or nature, its spending by
 * 功能分类（类）— typed on the 预算执行 page of a new report, with the sum of the parts beside the total, and saved;
 * 凉山's 2023 report shows its own 年初预算 (614.51 = 基本支出 400.51 + 项目支出 214) in that form.
 */
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../support/api-client.ts";
import { newContext, screenshot, signIn, useBrowserEnvironment } from "../support/browser.ts";

function field(page: Page, path: string) {
  return page.locator(`.section-content [data-path="${path}"]`);
}

describe("the 年初预算 form", () => {
  const env = useBrowserEnvironment();
  let api: ApiClient;
  let page: Page;

  beforeAll(async () => {
    api = await env.apiAs("filler");
    page = await (await newContext(env.browser)).newPage();
    await signIn(page, env.region.url, env.region.account("filler"));
  }, 60_000);

  it("a new report's 年初预算 is typed on 预算执行: total, parts with the sum beside it, saved", async () => {
    const unitId = (await api.get("/api/session")).body.user.unit.id as string;
    const created = await api.post("/api/reports", { unitId, year: 2025, profileId: "sichuan" });
    expect(created.status).toBe(200);
    const id = created.body.id as string;
    await page.goto(`${env.region.url}/reports/${id}/execution`);
    await page.getByTestId("workspace-ready").waitFor();
    const form = page.getByTestId("initial-budget");
    expect(await form.locator("h3").first().textContent()).toBe("年初预算");
    expect(await form.textContent()).toContain("填报说明：先填年初预算总额");
    await field(page, "budget.initial.total").fill("614.51");
    const items = page.getByTestId("initial-budget-items");
    await items.getByRole("button", { name: "添加一行" }).click();
    await field(page, "budget.initial.items[0].name").fill("基本支出");
    await field(page, "budget.initial.items[0].nature").selectOption({ label: "基本支出" });
    await field(page, "budget.initial.items[0].amount").fill("400.51");
    await items.getByRole("button", { name: "添加一行" }).click();
    await field(page, "budget.initial.items[1].name").fill("项目支出");
    await field(page, "budget.initial.items[1].nature").selectOption({ label: "项目支出" });
    await field(page, "budget.initial.items[1].amount").fill("２１０");
    // The parts do not add up yet: the difference is shown beside the total.
    await expect.poll(() => form.locator(".derived").textContent()).toBe("各行合计 610.51 万元与合计相差 4.00 万元");
    await field(page, "budget.initial.items[1].amount").fill("214");
    await expect.poll(() => form.locator(".derived").textContent()).toBe("各行合计 614.51 万元");
    await expect.poll(() => page.getByTestId("save-state").textContent(), { timeout: 10_000 }).toBe("已保存");
    await screenshot(page, "55-initial-budget");
    const budget = (await api.get(`/api/reports/${id}`)).body.dataset.budget;
    expect(budget.initial).toMatchObject({
      total: "614.51",
      items: [
        { name: "基本支出", nature: "basic", amount: "400.51" },
        { name: "项目支出", nature: "project", amount: "214" },
      ],
    });
  }, 120_000);

  it("凉山's 2023 年初预算 is shown in the form", async () => {
    const reports = (await api.get("/api/reports")).body.reports as { id: string; unitName: string; year: number }[];
    const liangshan = reports.find((report) => report.unitName === "凉山州科学技术协会" && report.year === 2023);
    await page.goto(`${env.region.url}/reports/${liangshan?.id}/execution`);
    await page.getByTestId("workspace-ready").waitFor();
    expect(await field(page, "budget.initial.total").inputValue()).toBe("614.51");
    expect(await field(page, "budget.initial.items[0].name").inputValue()).toBe("基本支出");
    expect(await field(page, "budget.initial.items[1].amount").inputValue()).toBe("214.00");
    expect(await page.getByTestId("initial-budget").locator(".derived").textContent()).toBe("各行合计 614.51 万元");
  });
});
