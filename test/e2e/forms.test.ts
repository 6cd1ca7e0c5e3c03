/**
 * Every part of the dataset has a form (issue 15 item 1): a new, empty report gets its 决算 (收支总计, a 功能分类 line
 * whose names come from the code list, 三公 with its vehicles, 政府采购) and its 预算执行 rows typed in the page and
 * saved by section; and every error finding of 凉山's 2023 report opens a field the user can edit — also the printed
 * figures no form showed before (16 of its 34 errors then; 37 since FILING-RESIDUE, 39 since the 填表说明 and word-limit leftovers, 38 since the
 * 决算说明 prints no rounding note).
 */
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { functionCodePath } from "../../src/core/classification/function-classification.ts";
import type { ApiClient } from "../support/api-client.ts";
import { newContext, screenshot, signIn, useBrowserEnvironment } from "../support/browser.ts";

/** In the page: is the focus in a field one can type in, or is the finding's own field (or its table) open? */
const EDITABLE_IN_PAGE = `(() => {
  const typable = (element) => element !== null && ["INPUT", "TEXTAREA", "SELECT"].includes(element.tagName) && !element.readOnly;
  if (typable(document.activeElement)) return true;
  const loose = document.querySelector('[data-testid="finding-field"]');
  return loose !== null && (typable(loose.querySelector("input, textarea")) || /请在下方相应的表格中修改/.test(loose.textContent || ""));
})()`;

function field(page: Page, path: string) {
  return page.locator(`.section-content [data-path="${path}"]`);
}

async function saved(page: Page) {
  await expect.poll(() => page.getByTestId("save-state").textContent(), { timeout: 10_000 }).toBe("已保存");
}

describe("forms for every part of the dataset", () => {
  const env = useBrowserEnvironment();
  let api: ApiClient;
  let page: Page;

  beforeAll(async () => {
    api = await env.apiAs("filler");
    page = await (await newContext(env.browser)).newPage();
    await signIn(page, env.region.url, env.region.account("filler"));
  }, 60_000);

  it("a new report's 决算 and 预算执行 are typed in the page, in the order of the official tables", async () => {
    const unitId = (await api.get("/api/session")).body.user.unit.id as string;
    const created = await api.post("/api/reports", { unitId, year: 2025, profileId: "sichuan" });
    expect(created.status).toBe(200);
    const id = created.body.id as string;
    await page.goto(`${env.region.url}/reports/${id}/final-accounts`);
    await page.getByTestId("workspace-ready").waitFor();
    await page.getByRole("button", { name: "开始填写决算" }).click();
    const titles = await page
      .locator(".final-accounts > .field-group > h3, .final-accounts > .field-group > .field-group > h3")
      .allTextContents();
    expect(titles.slice(0, 4)).toEqual([
      "一、收入支出决算总表（财决01表）",
      "二、收入决算表（财决03表）",
      "三、支出决算表（财决04表）",
      "四、财政拨款收入支出决算总表（财决05表）",
    ]);
    await field(page, "finalAccounts.totals.amount").fill("８７４．０５");
    await field(page, "finalAccounts.generalBudget.amount").fill("290.5");
    await page.getByTestId("function-lines").getByRole("button", { name: "添加一行" }).click();
    await field(page, "finalAccounts.functionLines[0].code").fill("2060702");
    const names = functionCodePath("2060702");
    const expected = [names?.class?.name, names?.kuan?.name, names?.xiang?.name].filter(Boolean).join(" / ");
    expect(expected).not.toBe("");
    expect(await page.getByTestId("function-lines").locator("tbody tr").first().textContent()).toContain(expected);
    await field(page, "finalAccounts.functionLines[0].amount").fill("290.5");
    await field(page, "finalAccounts.sangong.budget").fill("3");
    await field(page, "finalAccounts.sangong.vehicles.operation").fill("1.2");
    await field(page, "finalAccounts.sangong.vehicles.vehicleCount").fill("１");
    await field(page, "finalAccounts.procurement.total").fill("12.8");
    await saved(page);
    await screenshot(page, "31-forms-final-accounts");
    const accounts = (await api.get(`/api/reports/${id}`)).body.dataset.finalAccounts;
    expect(accounts.totals).toEqual({ amount: "874.05" });
    expect(accounts.functionLines[0]).toMatchObject({
      code: "2060702",
      amount: "290.5",
      className: names?.class?.name,
    });
    expect(accounts.sangong).toMatchObject({ budget: "3", vehicles: { operation: "1.2", vehicleCount: 1 } });
    expect(accounts.procurement).toEqual({ total: "12.8" });

    // 预算执行: the department's table started from its rows, a 其中 row by source added.
    await page.locator(".section-nav").getByRole("button", { name: "预算执行" }).click();
    await page.getByRole("button", { name: /新建部门整体支出绩效自评表/ }).click();
    await field(page, "department.evaluation.execution[0].adjusted").fill("874.05");
    await field(page, "department.evaluation.execution[0].executed").fill("858.8");
    await page.getByRole("button", { name: "添加“其中”行" }).click();
    await field(page, "department.evaluation.execution[1].executed").fill("800");
    await saved(page);
    await screenshot(page, "31-forms-execution");
    const execution = (await api.get(`/api/reports/${id}`)).body.dataset.department.evaluation.execution;
    expect(execution).toEqual([
      { label: "年度资金总额", role: "total", adjusted: "874.05", executed: "858.8" },
      { label: "其中：财政资金", role: "part", source: "fiscal", executed: "800" },
    ]);
  }, 120_000);

  it("every error finding of 凉山's 2023 report opens a field that can be edited", async () => {
    const reports = (await api.get("/api/reports")).body.reports as { id: string; unitName: string; year: number }[];
    const id = reports.find((report) => report.unitName === "凉山州科学技术协会" && report.year === 2023)?.id as string;
    await page.goto(`${env.region.url}/reports/${id}/audit`);
    await page.locator(".finding-error button").first().waitFor();
    const locations = await page
      .locator(".finding-error button")
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute("data-location") as string));
    expect(locations).toHaveLength(38);
    const notEditable: string[] = [];
    for (const location of locations) {
      await page.locator(".section-nav").getByRole("button", { name: /^校验/ }).click();
      await page.locator(`.finding-error button[data-location="${location}"]`).click();
      let editable = false;
      for (let tries = 0; tries < 20 && !editable; tries++) {
        await page.waitForTimeout(100);
        editable = (await page.evaluate(EDITABLE_IN_PAGE)) as boolean;
      }
      if (!editable) notEditable.push(location);
    }
    expect(notEditable, notEditable.join("\n")).toEqual([]);
    // A printed change rate (no form showed it): its field opens, is edited and saved.
    await page.locator(".section-nav").getByRole("button", { name: /^校验/ }).click();
    await page.locator('.finding-error button[data-location="finalAccounts.totals.printed.changeRate"]').click();
    const loose = page.getByTestId("finding-field");
    await loose.waitFor();
    await screenshot(page, "31-forms-finding-field");
    await loose.getByRole("button", { name: /删除原文数字/ }).click();
    await saved(page);
    expect((await api.get(`/api/reports/${id}`)).body.dataset.finalAccounts.totals.printed?.changeRate).toBeUndefined();
  }, 180_000);
});
