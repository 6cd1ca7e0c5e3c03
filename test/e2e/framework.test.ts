/**
 * A department scored by dimension has a form (issue 15 item 1): 凉山's 2023年凉山州部门预算绩效评价指标体系 (five
 * dimensions, 27/20/30/14/6 of 100) is shown on 整体绩效目标与指标 with core's total and grade, edited and saved; a new
 * report can start one.
 */
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../support/api-client.ts";
import { newContext, screenshot, signIn, useBrowserEnvironment } from "../support/browser.ts";

function field(page: Page, path: string) {
  return page.locator(`.section-content [data-path="${path}"]`);
}

const saved = (page: Page) =>
  expect.poll(() => page.getByTestId("save-state").textContent(), { timeout: 10_000 }).toBe("已保存");

describe("the framework scored by dimension", () => {
  const env = useBrowserEnvironment();
  let api: ApiClient;
  let page: Page;

  beforeAll(async () => {
    api = await env.apiAs("filler");
    page = await (await newContext(env.browser)).newPage();
    await signIn(page, env.region.url, env.region.account("filler"));
  }, 60_000);

  it("凉山's framework is shown with its total and grade, and a changed score is saved", async () => {
    const reports = (await api.get("/api/reports")).body.reports as { id: string; unitName: string; year: number }[];
    const id = reports.find((report) => report.unitName === "凉山州科学技术协会" && report.year === 2023)?.id as string;
    await page.goto(`${env.region.url}/reports/${id}/indicators`);
    await page.getByTestId("workspace-ready").waitFor();
    expect(await field(page, "department.framework.name").inputValue()).toBe("2023年凉山州部门预算绩效评价指标体系");
    expect(await page.getByTestId("framework-dimensions").locator("tbody tr").count()).toBe(5);
    expect(await field(page, "department.framework.dimensions[0].name").inputValue()).toBe("部门预算总体绩效");
    const total = page.getByTestId("framework-total");
    expect(await total.textContent()).toBe("合计 分值 100，自评得分 97，扣分 3，自评等级 优");
    await field(page, "department.framework.dimensions[0].score").fill("２８");
    await expect.poll(() => total.textContent()).toBe("合计 分值 100，自评得分 98，扣分 2，自评等级 优");
    await saved(page);
    await page.getByTestId("framework").scrollIntoViewIfNeeded();
    await screenshot(page, "57-framework");
    const framework = (await api.get(`/api/reports/${id}`)).body.dataset.department.framework;
    expect(framework.dimensions[0]).toMatchObject({ name: "部门预算总体绩效", weight: "30", score: "28" });
  });

  it("a new report starts a framework, its dimensions typed in", async () => {
    const unitId = (await api.get("/api/session")).body.user.unit.id as string;
    const created = await api.post("/api/reports", { unitId, year: 2025, profileId: "sichuan" });
    expect(created.status).toBe(200);
    const id = created.body.id as string;
    await page.goto(`${env.region.url}/reports/${id}/indicators`);
    await page.getByTestId("workspace-ready").waitFor();
    await page.getByRole("button", { name: "填写按维度评分的指标体系" }).click();
    await field(page, "department.framework.name").fill("2025年部门预算绩效评价指标体系");
    await field(page, "department.framework.dimensions[0].name").fill("部门预算总体绩效");
    await field(page, "department.framework.dimensions[0].weight").fill("60");
    await field(page, "department.framework.dimensions[0].score").fill("55");
    await field(page, "department.framework.dimensions[0].reason").fill("支付进度偏慢");
    await page.getByTestId("framework-dimensions").getByRole("button", { name: "添加一行" }).click();
    await field(page, "department.framework.dimensions[1].name").fill("自评质量情况");
    await field(page, "department.framework.dimensions[1].weight").fill("40");
    await expect
      .poll(() => page.getByTestId("framework-total").textContent())
      .toBe("合计 分值 100，自评得分 55，扣分 45（有维度未评分，暂不评等级）");
    await field(page, "department.framework.dimensions[1].score").fill("40");
    await expect
      .poll(() => page.getByTestId("framework-total").textContent())
      .toBe("合计 分值 100，自评得分 95，扣分 5，自评等级 优");
    await saved(page);
    const framework = (await api.get(`/api/reports/${id}`)).body.dataset.department.framework;
    expect(framework).toEqual({
      name: "2025年部门预算绩效评价指标体系",
      dimensions: [
        { name: "部门预算总体绩效", weight: "60", score: "55", reason: "支付进度偏慢" },
        { name: "自评质量情况", weight: "40", score: "40" },
      ],
    });
  }, 120_000);
});
