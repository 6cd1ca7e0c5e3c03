/**
 * The grid and the clipboard, as spreadsheet users expect (issue 15 item 4). In: a block copied with its columns in
 * another order than the grid's (its header says so), or with a 序号 column in front, is not read in the grid's order:
 * the page asks which pasted column is which, starting from the header's names, refuses a grid column chosen twice,
 * and pastes by the choice — saved as the user chose. Out: a block of cells selected with Shift (click or arrows) is
 * copied by Ctrl+C as tab-separated text, as Excel and WPS paste it.
 */
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../support/api-client.ts";
import { newContext, screenshot, signIn, useBrowserEnvironment } from "../support/browser.ts";

const cellValue = (page: Page, row: number, field: string) =>
  page
    .locator(`td[data-row="${row}"][data-field="${field}"]`)
    .evaluate((cell) => (cell.querySelector("input") as { value: string } | null)?.value ?? cell.textContent ?? "");

/** Puts text on the clipboard and pastes it with Ctrl+V at the selected row, as from a copied sheet. */
async function paste(page: Page, row: number, text: string) {
  await page.locator(`td[data-row="${row}"][data-field="level3"]`).click();
  await page.keyboard.press("Escape");
  await page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(text)})`);
  await page.keyboard.press("Control+V");
}

describe("the grid and the clipboard", () => {
  const env = useBrowserEnvironment();
  let api: ApiClient;
  let page: Page;
  let reportId: string;

  beforeAll(async () => {
    api = await env.apiAs("filler");
    const unitId = (await api.get("/api/session")).body.user.unit.id as string;
    // A 2024 report with one project whose table is empty: the pastes below land in rows 1, 2, ….
    const dataset = {
      formatVersion: 1,
      year: 2024,
      unit: { name: "凉山州科学技术协会" },
      projects: [{ name: "科普活动", evaluation: { execution: [], indicators: [] } }],
      narrative: [],
      publishedScores: [],
    };
    const created = await api.post("/api/reports", { unitId, year: 2024, profileId: "sichuan", dataset });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    reportId = created.body.id as string;
    const context = await newContext(env.browser);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.region.url });
    page = await context.newPage();
    await signIn(page, env.region.url, env.region.account("filler"));
    await page.goto(`${env.region.url}/reports/${reportId}/project-0`);
    await page.getByTestId("indicator-grid").waitFor();
  }, 60_000);

  it("a header in another order: the columns are asked, guessed from the header, and pasted where chosen", async () => {
    await page.getByTestId("indicator-grid").getByText("还没有指标").click();
    await page.evaluate(
      `navigator.clipboard.writeText(${JSON.stringify(
        [
          "三级指标\t一级指标\t二级指标\t完成值\t指标值\t权重（分值）\t计量单位\t指标性质",
          "举办培训\t产出指标\t数量指标\t4\t3\t10\t期\t≥",
          "培训合格率\t\t质量指标\t92\t90\t10\t%\t≥",
        ].join("\r\n"),
      )})`,
    );
    await page.keyboard.press("Control+V");
    const dialog = page.getByTestId("paste-mapping");
    await dialog.waitFor();
    // Nothing is pasted before the user has said which column is which.
    expect(await page.locator('[data-testid="indicator-grid"] .grid-scroll tbody tr').count()).toBe(0);
    expect(await dialog.textContent()).toContain("粘贴的 2 行、8 列");
    const choices = await Promise.all(
      Array.from({ length: 8 }, (_, column) =>
        dialog.getByLabel(`第 ${column + 1} 列对应`).evaluate((select) => {
          const element = select as unknown as { selectedOptions: { textContent: string }[] };
          return element.selectedOptions[0]?.textContent ?? "";
        }),
      ),
    );
    expect(choices).toEqual(["三级指标", "一级指标", "二级指标", "完成值", "指标值", "权重", "度量单位", "指标性质"]);
    await screenshot(page, "52-paste-column-mapping");
    await dialog.getByRole("button", { name: "按此对应粘贴" }).click();
    await expect.poll(() => page.locator('[data-testid="indicator-grid"] .grid-scroll tbody tr').count()).toBe(2);
    expect(await cellValue(page, 0, "level3")).toBe("举办培训");
    expect(await cellValue(page, 0, "target")).toBe("3");
    expect(await cellValue(page, 0, "actual")).toBe("4");
    expect(await cellValue(page, 1, "level1")).toBe("产出指标");
    expect(await cellValue(page, 1, "unit")).toBe("%");
    await expect.poll(() => page.getByTestId("save-state").textContent(), { timeout: 10_000 }).toBe("已保存");
    const saved = (await api.get(`/api/reports/${reportId}`)).body.dataset.projects[0].evaluation.indicators;
    expect(saved).toEqual([
      {
        level1: "产出指标",
        level2: "数量指标",
        level3: "举办培训",
        operator: "≥",
        target: "3",
        unit: "期",
        actual: "4",
        weight: "10",
      },
      {
        level1: "产出指标",
        level2: "质量指标",
        level3: "培训合格率",
        operator: "≥",
        target: "90",
        unit: "%",
        actual: "92",
        weight: "10",
      },
    ]);
  });

  it("a 序号 column in front: left out when chosen so; a grid column chosen twice is refused until fixed", async () => {
    await page.getByTestId("indicator-grid").getByRole("button", { name: "添加一行" }).click();
    await paste(page, 2, "3\t满意度指标\t服务对象满意度指标\t参训人员满意度\t≥\t90\t%\t95\t10");
    const dialog = page.getByTestId("paste-mapping");
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain("粘贴的 1 行、9 列");
    // The guess without a header is the grid's order; the 9th column has no place.
    await dialog.getByLabel("第 2 列对应").selectOption({ label: "一级指标" });
    await expect.poll(() => dialog.getByRole("alert").textContent()).toBe("第 1 列和第 2 列都选了“一级指标”");
    expect(await dialog.getByRole("button", { name: "按此对应粘贴" }).isDisabled()).toBe(true);
    const labels = ["不粘贴", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重"];
    for (const [column, label] of labels.entries())
      await dialog.getByLabel(`第 ${column + 1} 列对应`).selectOption({ label });
    expect(await dialog.getByRole("alert").count()).toBe(0);
    await dialog.getByRole("button", { name: "按此对应粘贴" }).click();
    await expect.poll(() => page.locator('[data-testid="indicator-grid"] .grid-scroll tbody tr').count()).toBe(3);
    expect(await cellValue(page, 2, "level1")).toBe("满意度指标");
    expect(await cellValue(page, 2, "level3")).toBe("参训人员满意度");
    expect(await cellValue(page, 2, "weight")).toBe("10");
    await expect.poll(() => page.getByTestId("save-state").textContent(), { timeout: 10_000 }).toBe("已保存");
    const saved = (await api.get(`/api/reports/${reportId}`)).body.dataset.projects[0].evaluation.indicators;
    expect(saved[2]).toEqual({
      level1: "满意度指标",
      level2: "服务对象满意度指标",
      level3: "参训人员满意度",
      operator: "≥",
      target: "90",
      unit: "%",
      actual: "95",
      weight: "10",
    });
  });

  it("Ctrl+C copies a block selected with Shift+click or Shift+arrows as tab-separated text", async () => {
    const clipboard = () => page.evaluate("navigator.clipboard.readText()") as Promise<string>;
    await page.locator('td[data-row="0"][data-field="level3"]').click();
    await page.locator('td[data-row="1"][data-field="actual"]').click({ modifiers: ["Shift"] });
    expect(await page.locator("td.in-block").count()).toBe(10);
    await page.keyboard.press("Control+C");
    await expect.poll(clipboard).toBe("举办培训\t≥\t3\t期\t4\n培训合格率\t≥\t90\t%\t92");
    expect(await page.locator(".grid-message").textContent()).toBe(
      "已复制 2 行 × 5 列（制表符分隔），可粘贴到 Excel/WPS",
    );
    await screenshot(page, "53-grid-block-copied");

    // From the keyboard: 权重 and 得分 of the third row (the score as shown).
    await page.locator('td[data-row="2"][data-field="weight"]').click();
    await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.press("Control+C");
    await expect.poll(clipboard).toBe("10\t10.00");
    // A plain arrow leaves the block; Ctrl+C on a cell without an input (得分) copies that cell.
    await page.keyboard.press("ArrowUp");
    expect(await page.locator("td.in-block").count()).toBe(0);
    await page.keyboard.press("Control+C");
    await expect.poll(clipboard).toBe(await cellValue(page, 1, "score"));
  });
});
