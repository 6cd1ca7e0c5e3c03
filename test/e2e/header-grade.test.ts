/**
 * Issue 15 defects of the header and the unit's name: a table whose weights add up to 90 shows its total on its own
 * scale and is not graded ("89.80 优" read as the report's grade); 单位名称 belongs to the unit, so it cannot be
 * cleared in the page (clearing it once stopped every save), and the other edits keep saving.
 */
import { describe, expect, it } from "vitest";
import { newContext, signIn, useBrowserEnvironment } from "../support/browser.ts";

describe("the header's total and grade, the unit's name", () => {
  const env = useBrowserEnvironment();

  it("a 90-point table shows 89.80 of 90, not graded; 单位名称 cannot be cleared and other edits save", async () => {
    const { region, browser } = env;
    const api = await env.apiAs("filler");
    const unitId = (await api.get("/api/session")).body.user.unit.id as string;
    const created = await api.post("/api/reports", {
      unitId,
      year: 2026,
      profileId: "sichuan",
      dataset: {
        formatVersion: 2,
        year: 2026,
        unit: { name: "凉山州科学技术协会" },
        department: {
          evaluation: {
            execution: [{ label: "年度资金总额", role: "total", initial: "100", adjusted: "100", executed: "100" }],
            indicators: [
              {
                level1: "产出指标",
                level2: "数量指标",
                level3: "培训人次",
                operator: "≥",
                target: "100",
                unit: "人次",
                actual: "99.5",
                weight: "40",
              },
              {
                level1: "效益指标",
                level2: "社会效益",
                level3: "科普覆盖",
                target: "提升",
                actual: "提升",
                weight: "40",
              },
            ],
          },
        },
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const id = created.body.id as string;
    const page = await (await newContext(browser)).newPage();
    await signIn(page, region.url, region.account("filler"));
    await page.goto(`${region.url}/reports/${id}`);
    await page.getByTestId("workspace-ready").waitFor();
    await expect.poll(() => page.getByTestId("total-score").textContent()).toBe("89.80");
    expect(await page.getByTestId("total-scale").textContent()).toBe("本表权重合计 90 分（应为 100）");
    expect(await page.getByTestId("grade").textContent()).toBe("不评等级");

    // 单位名称: read-only; typing into it changes nothing, and another field's edit is saved.
    const name = page.locator('.section-content [data-path="unit.name"]');
    expect(await name.getAttribute("readonly")).not.toBeNull();
    await name.click();
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Backspace");
    expect(await name.inputValue()).toBe("凉山州科学技术协会");
    await page.locator('.section-content [data-path="unit.shortName"]').click();
    await page.keyboard.type("凉山州科协");
    await expect.poll(() => page.getByTestId("save-state").textContent(), { timeout: 15_000 }).toBe("已保存");
    expect(await page.locator(".workspace-header").textContent()).not.toContain("数据集不合规");
    const saved = (await api.get(`/api/reports/${id}`)).body.dataset;
    expect(saved.unit).toMatchObject({ name: "凉山州科学技术协会", shortName: "凉山州科协" });

    // Weights corrected to 100 (a row's weight typed in the grid): graded again.
    await page.locator(".section-nav").getByRole("button", { name: "整体绩效目标与指标" }).click();
    await page.locator('td[data-row="1"][data-field="weight"]').click();
    await page.keyboard.type("50");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByTestId("grade").textContent()).toBe("优");
    expect(await page.getByTestId("total-scale").textContent()).toBe("满分 100");
  }, 90_000);
});
