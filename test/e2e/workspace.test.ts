/**
 * The 填报人's workspace on 凉山's 2023 report in a real browser, against the server's own figures: every section is
 * there, the project scores and grades and the audit's errors are the ones the server computes, an edit is saved
 * (已保存, the next version, the value in the database), a clicked finding lands on its field or grid cell, the
 * documents job shows its progress and gives a ZIP with the Word file inside, submitting is refused with the list
 * of errors, and the next year's report can be started from the home page. 凉山 has no department table, so a
 * second part takes 零陵 (Hunan profile, total 99.8 "优"): the header's total, grade and execution rate are the
 * server's, and the report is submitted, read-only while submitted, and shows the 主管部门's comment when returned.
 */
import { readFileSync } from "node:fs";
import { unzipSync } from "fflate";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../../src/core/dataset/schema.ts";
import { describeSpendingScale } from "../../src/core/narrative/self-evaluation/describe-spending-scale.ts";
import { describeStaff } from "../../src/core/narrative/self-evaluation/describe-staff.ts";
import { Dec, formatFixed } from "../../src/core/numbers/decimal.ts";
import { ApiClient } from "../support/api-client.ts";
import { newContext, screenshot, signIn, useBrowserEnvironment } from "../support/browser.ts";
import { act, correctAndSave, LINGLING_FILLER, linglingFiller } from "../support/submittable-report.ts";

interface ServerFinding {
  code: string;
  severity: "error" | "warning" | "info";
  location: string;
  message: string;
}

interface ServerTable {
  totalShown: string;
  grade: string | null;
  execution: { rateShown: string; score: string | null; weight: string } | null;
  indicators: { finalShown: string | null }[];
}

interface ServerScores {
  department: ServerTable | null;
  projects: (ServerTable | null)[];
  findings: ServerFinding[];
  counts: { error: number; warning: number; info: number };
}

const SECTION_LABELS = [
  "基本情况",
  "预算执行",
  "决算",
  "整体绩效目标与指标",
  "项目",
  "原文得分",
  "叙述",
  "校验",
  "文档",
];

/** The server audits off the request path: waits until the audit of the current version is stored. */
async function serverScores(api: ApiClient, reportId: string): Promise<ServerScores> {
  await expect
    .poll(async () => (await api.get(`/api/reports/${reportId}/full`)).body.report.auditStale, { timeout: 15_000 })
    .toBe(false);
  return (await api.get<ServerScores>(`/api/reports/${reportId}/scores`)).body;
}

async function openSection(page: Page, label: string) {
  await page.locator(".section-nav").getByRole("button", { name: label, exact: false }).first().click();
}

/** The text box of the narrative section titled `title` (its accessible name also holds its text). */
function narrativeField(page: Page, title: string) {
  return page
    .locator(".field", { has: page.locator(".field-label").getByText(title, { exact: true }) })
    .locator("textarea");
}

/** How wide the page's content is (more than the 1366 px window means a horizontal scroll bar). */
function pageWidth(page: Page) {
  return page.locator("html").evaluate((html) => html.scrollWidth);
}

/** Whether the element holding the keyboard focus is inside `selector` (or is it). */
function focusIsIn(page: Page, selector: string) {
  return page.locator(selector).evaluate((element) => element.contains(element.ownerDocument.activeElement));
}

describe("the 填报人's report workspace", () => {
  const env = useBrowserEnvironment();
  let api: ApiClient;
  let reportId: string;
  let page: Page;

  beforeAll(async () => {
    api = await env.apiAs("filler");
    const reports = (await api.get("/api/reports")).body.reports as { id: string; unitName: string; year: number }[];
    const liangshan = reports.find((report) => report.unitName === "凉山州科学技术协会" && report.year === 2023);
    if (!liangshan) throw new Error("the demo region has no 凉山 2023 report");
    reportId = liangshan.id;
    page = await (await newContext(env.browser)).newPage();
    await signIn(page, env.region.url, env.region.account("filler"));
  }, 60_000);

  it("shows every section, with the project scores, grades and errors the server computes", async () => {
    const scores = await serverScores(api, reportId);
    await page.goto(`${env.region.url}/reports/${reportId}`);
    await page.getByTestId("workspace-ready").waitFor();
    expect(await page.locator("h1").textContent()).toBe("凉山州科学技术协会 · 2023 年度");
    expect(await page.locator(".workspace-meta .status").textContent()).toBe("草稿");
    expect(await page.locator(".workspace-meta").textContent()).toContain("第 1 版");
    expect(await page.getByTestId("save-state").textContent()).toBe("已保存");
    const nav = (await page.locator(".section-nav button").allTextContents()).map((text) => text.replace(/\d+$/, ""));
    expect(nav).toEqual(SECTION_LABELS);

    // 凉山's sample has no department table (the server scores none): the header shows its five-dimension
    // framework's total and grade, as core's scoreFramework gives them (27 + 20 + 30 + 14 + 6 = 97 of 100, 优).
    expect(scores.department).toBeNull();
    await expect.poll(() => page.getByTestId("total-score").textContent()).toBe("97.00");
    expect(await page.getByTestId("grade").textContent()).toBe("优");
    expect(await page.locator(".score-box").textContent()).toContain("按评价指标体系");
    await screenshot(page, "10-workspace-section-basic");

    // Each project's total and grade as the server scores it.
    await openSection(page, "项目");
    const rows = page.locator(".section-content table.data-table tbody tr");
    expect(await rows.count()).toBe(scores.projects.length);
    expect(scores.projects.length).toBe(21);
    const shown = await rows.evaluateAll((trs) =>
      trs.map((tr) => [tr.children[4]?.textContent, tr.children[5]?.textContent]),
    );
    expect(shown).toEqual(scores.projects.map((table) => [table?.totalShown ?? "—", table?.grade ?? "—"]));
    // Spot values, so that a scoring change in both places still shows here.
    expect(shown[11]).toEqual(["49.47", "差"]);
    expect(shown[9]).toEqual(["89.47", "良"]);
    await screenshot(page, "10-workspace-section-projects");

    // The audit made in the page finds the server's errors, errors first.
    await openSection(page, "校验");
    // 38: the seed-mistake errors, with the 填表说明 left in projects[9]'s reason and "（200字以内）" in projects[20].measures
    // (the 210 rounding gap is no longer printed in the 决算说明, so no longer a FILING-RESIDUE: SUM-PARTS's info).
    expect(scores.counts.error).toBe(38);
    expect(await page.locator(".section-nav .badge").textContent()).toBe(String(scores.counts.error));
    const pageErrors = await page
      .locator(".finding-error button")
      .evaluateAll((buttons) =>
        buttons.map((b) => `${b.getAttribute("data-finding-code")} ${b.getAttribute("data-location")}`),
      );
    const serverErrors = scores.findings.filter((f) => f.severity === "error").map((f) => `${f.code} ${f.location}`);
    expect([...pageErrors].sort()).toEqual([...serverErrors].sort());
    const severities = await page
      .locator(".findings li")
      .evaluateAll((items) => items.map((li) => li.className.replace("finding finding-", "")));
    expect(severities.slice(0, 38).every((severity) => severity === "error")).toBe(true);
    expect(severities.slice(38)).not.toContain("error");
    await screenshot(page, "10-workspace-section-audit");

    for (const [label, name] of [
      ["预算执行", "execution"],
      ["决算", "final-accounts"],
      ["整体绩效目标与指标", "indicators"],
      ["叙述", "narrative"],
      ["文档", "documents"],
    ] as const) {
      await openSection(page, label);
      await expect.poll(() => page.url()).toContain(`/reports/${reportId}/${name}`);
      expect(await pageWidth(page), `${label} is wider than the window`).toBeLessThanOrEqual(1366);
      await screenshot(page, `10-workspace-section-${name}`);
    }
    // A project's editor: its texts and its grid.
    await page.goto(`${env.region.url}/reports/${reportId}/project-11`);
    await page.getByTestId("indicator-grid").waitFor();
    expect(await page.getByLabel("项目名称").inputValue()).toBe("科普宣传活动业务经费");
    for (const label of ["项目年度目标", "年度目标完成情况", "评价结论", "存在问题", "改进措施"])
      await page.getByLabel(label).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(1366);
    await screenshot(page, "10-workspace-section-project-editor");
  }, 120_000);

  it("saves an edit after a pause: 有未保存的修改, then 已保存 with the next version, and the database has it", async () => {
    await page.goto(`${env.region.url}/reports/${reportId}/basic`);
    await page.getByTestId("workspace-ready").waitFor();
    const retired = page.getByLabel("退休人数");
    expect(await retired.inputValue()).toBe("17");
    // Amounts are shown in 万元 with two decimals, right-aligned.
    const fixedAssets = page.getByLabel("固定资产总计");
    expect(await fixedAssets.inputValue()).toBe("184.34");
    expect(
      await fixedAssets.evaluate((input) => input.ownerDocument.defaultView?.getComputedStyle(input).textAlign),
    ).toBe("right");

    await retired.fill("18");
    expect(await page.getByTestId("save-state").textContent()).toBe("有未保存的修改");
    await expect.poll(() => page.getByTestId("save-state").textContent(), { timeout: 10_000 }).toBe("已保存");
    await expect.poll(() => page.locator(".workspace-meta").textContent()).toContain("第 2 版");
    const saved = (await api.get(`/api/reports/${reportId}`)).body;
    expect(saved.report.version).toBe(2);
    expect(saved.dataset.unit.staff.retired).toBe(18);

    // An amount typed the way people type it is stored in the dataset's canonical 万元 text.
    await fixedAssets.fill("１，２００．５");
    await expect.poll(() => page.getByTestId("save-state").textContent(), { timeout: 10_000 }).toBe("已保存");
    await expect
      .poll(async () => (await api.get(`/api/reports/${reportId}`)).body.dataset.unit.assets.fixedAssetsTotal)
      .toBe("1200.5");
    // Not an amount: said in Chinese, nothing stored.
    const versionBefore = (await api.get(`/api/reports/${reportId}`)).body.report.version;
    await fixedAssets.fill("一百二");
    expect(await page.locator(".field-error").textContent()).toBe(
      "草稿，未保存：无法识别的金额“一百二”，应为数字，可带“万元”或“元”",
    );
    expect(await fixedAssets.getAttribute("aria-invalid")).toBe("true");
    await screenshot(page, "10-workspace-bad-amount");
    await page.waitForTimeout(1_500);
    expect((await api.get(`/api/reports/${reportId}`)).body.report.version).toBe(versionBefore);
    await fixedAssets.fill("184.34");
    await expect.poll(() => page.getByTestId("save-state").textContent(), { timeout: 10_000 }).toBe("已保存");
    expect((await api.get(`/api/reports/${reportId}`)).body.dataset.unit.assets.fixedAssetsTotal).toBe("184.34");
  }, 60_000);

  it("leaving with edits not yet saved asks first; moving between sections does not", async () => {
    await page.goto(`${env.region.url}/reports/${reportId}/basic`);
    await page.getByTestId("workspace-ready").waitFor();
    const asked: string[] = [];
    const onDialog = (dialog: { message(): string; dismiss(): Promise<void> }) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    };
    page.on("dialog", onDialog);
    try {
      await page.getByLabel("上级单位").fill("凉山州科学技术协会（主管）");
      expect(await page.getByTestId("save-state").textContent()).toBe("有未保存的修改");
      await page.getByRole("link", { name: "我的报表" }).click();
      await expect.poll(() => asked).toEqual(["有尚未保存的修改，确定离开吗？"]);
      expect(page.url()).toContain(`/reports/${reportId}/basic`);
      await openSection(page, "决算");
      expect(asked).toHaveLength(1);
      await expect.poll(() => page.getByTestId("save-state").textContent(), { timeout: 10_000 }).toBe("已保存");
      expect((await api.get(`/api/reports/${reportId}`)).body.dataset.unit.parent).toBe("凉山州科学技术协会（主管）");
      await page.getByRole("link", { name: "我的报表" }).click();
      await expect.poll(() => page.locator("h1").textContent()).toBe("凉山州科学技术协会 · 各年度报表");
      expect(asked).toHaveLength(1);
    } finally {
      page.off("dialog", onDialog);
    }
  }, 60_000);

  it("a clicked finding opens its section and focuses the field, or the grid cell of an indicator", async () => {
    await page.goto(`${env.region.url}/reports/${reportId}/audit`);
    await page.locator('[data-finding-code="REASON-MISSING"]').first().waitFor();

    // An indicator: project 11 (科普宣传活动业务经费), row 6, its 偏差原因.
    await page.locator('[data-location="projects[11].evaluation.indicators[6].reason"]').click();
    await expect.poll(() => page.url()).toContain(`/reports/${reportId}/project-11`);
    await page.getByTestId("indicator-grid").waitFor();
    await expect.poll(() => focusIsIn(page, 'td[data-row="6"][data-field="reason"]')).toBe(true);
    await screenshot(page, "10-workspace-finding-grid-cell");

    // A narrative paragraph with template words left in it.
    await openSection(page, "校验");
    await page.locator('[data-location="narrative[15].text"]').click();
    await expect.poll(() => page.url()).toContain(`/reports/${reportId}/narrative`);
    await expect.poll(() => page.locator(":focus").getAttribute("data-path")).toBe("narrative[15].text");
    expect(await page.locator('[data-path="narrative[15].text"]').inputValue()).toContain("增加/减少");
  }, 60_000);

  it("生成草稿 writes the formulaic sentences from the figures, and they are saved", async () => {
    const before = (await api.get(`/api/reports/${reportId}`)).body.dataset as Dataset;
    expect(before.narrative.map((section) => section.title)).not.toContain("部门基本情况");
    const staff = describeStaff(before.unit as NonNullable<Dataset["unit"]>, before.year);
    const spending = describeSpendingScale(before.finalAccounts as NonNullable<Dataset["finalAccounts"]>, before.year)
      .filter((paragraph) => paragraph.trim() !== "")
      .join("\n");
    await page.goto(`${env.region.url}/reports/${reportId}/narrative`);
    await page.getByRole("button", { name: "生成草稿" }).click();
    expect(await page.locator(".toolbar [role=status]").textContent()).toBe("已生成 2 段草稿，请检查并修改。");
    expect(await narrativeField(page, "部门基本情况").inputValue()).toBe(staff);
    expect(await narrativeField(page, "部门整体收支情况").inputValue()).toBe(spending);
    await expect.poll(() => page.getByTestId("save-state").textContent(), { timeout: 10_000 }).toBe("已保存");
    const after = (await api.get(`/api/reports/${reportId}`)).body.dataset as Dataset;
    expect(after.narrative.find((section) => section.title === "部门基本情况")?.text).toBe(staff);
    // The user's own paragraphs are untouched.
    expect(after.narrative.slice(0, before.narrative.length)).toEqual(before.narrative);
    // A second click fills nothing.
    await page.getByRole("button", { name: "生成草稿" }).click();
    expect(await page.locator(".toolbar [role=status]").textContent()).toBe("各段都已有内容，未覆盖。");
  }, 60_000);

  it("generates the documents with a progress bar and downloads the ZIP with the Word file inside", async () => {
    await page.goto(`${env.region.url}/reports/${reportId}/documents`);
    await page.getByRole("button", { name: "生成 Word 和 Excel" }).click();
    const progress = page.getByRole("progressbar");
    await progress.waitFor();
    expect(Number(await progress.getAttribute("aria-valuenow"))).toBeGreaterThanOrEqual(0);
    const zipButton = page.getByRole("button", { name: "下载全部（ZIP，含清单）" });
    await zipButton.waitFor({ timeout: 60_000 });
    expect(await progress.getAttribute("aria-valuenow")).toBe("100");
    // The bar spans its row (the section's width, as the file table below it), not half of it.
    const bar = await progress.boundingBox();
    const table = await page.locator(".job ~ div .data-table").boundingBox();
    expect(bar?.width).toBeGreaterThan(600);
    expect(Math.abs((bar?.width ?? 0) - (table?.width ?? 0))).toBeLessThan(2);
    await screenshot(page, "10-workspace-documents-done");

    const [zipDownload] = await Promise.all([page.waitForEvent("download"), zipButton.click()]);
    expect(zipDownload.suggestedFilename()).toMatch(/\.zip$/);
    const entries = unzipSync(new Uint8Array(readFileSync(await zipDownload.path())));
    const names = Object.keys(entries);
    const word = names.find((name) => name.endsWith(".docx"));
    expect(word, `no .docx in ${names.join(", ")}`).toBeDefined();
    // The .docx is itself a ZIP (Office Open XML) with its main part.
    expect(Object.keys(unzipSync(entries[word as string] as Uint8Array))).toContain("word/document.xml");

    // The Word file on its own, without the ZIP.
    const wordRow = page.locator("tr", { hasText: ".docx" }).first();
    const [single] = await Promise.all([
      page.waitForEvent("download"),
      wordRow.getByRole("button", { name: "下载" }).click(),
    ]);
    expect(single.suggestedFilename()).toMatch(/\.docx$/);
    expect(
      readFileSync(await single.path())
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
  }, 120_000);

  it("submitting is refused with the list of error findings, and the server refuses it too", async () => {
    await page.goto(`${env.region.url}/reports/${reportId}/basic`);
    await page.getByTestId("workspace-ready").waitFor();
    expect(await page.locator(".submit-box").textContent()).toContain("38 个错误须先改正");
    await page.getByRole("button", { name: "提交审核" }).click();
    const problems = page.locator(".submit-problems");
    await problems.waitFor();
    expect(await problems.locator("strong").textContent()).toBe("还有 38 个错误级校验问题，改正后才能提交");
    expect(await problems.locator("li").count()).toBe(38);
    await screenshot(page, "10-workspace-submit-blocked");
    // The list leads to the field too.
    await problems
      .getByRole("button", { name: /PLACEHOLDER-TEXT：.*（具体工作）/ })
      .first()
      .click();
    await expect.poll(() => page.url()).toMatch(/\/(final-accounts|narrative)$/);
    // Still a draft; the server would refuse it as well, with the same errors.
    const head = (await api.get(`/api/reports/${reportId}`)).body.report;
    expect(head.status).toBe("draft");
    const refused = await api.post(`/api/reports/${reportId}/transitions`, { action: "submit", version: head.version });
    expect(refused.status).toBe(422);
    expect(refused.body.details.findings).toHaveLength(38);
  }, 60_000);

  it("starts the next year's report from the home page", async () => {
    await page.goto(env.region.url);
    await page.getByRole("button", { name: "新建 2024 年度报表" }).click();
    await page.getByRole("button", { name: "新建空白的 2024 年度报表" }).click();
    await page.getByTestId("workspace-ready").waitFor();
    expect(await page.locator("h1").textContent()).toBe("凉山州科学技术协会 · 2024 年度");
    expect(await page.locator(".workspace-meta .status").textContent()).toBe("草稿");
    const reports = (await api.get("/api/reports")).body.reports as { year: number; status: string }[];
    expect(reports.map((report) => report.year).sort()).toEqual([2023, 2024]);
    await screenshot(page, "10-workspace-new-year");
    // The home page lists both years now.
    await page.goto(env.region.url);
    await expect.poll(() => page.locator("table.data-table tbody tr").count()).toBe(2);
    expect(await page.getByRole("button", { name: "新建 2025 年度报表" }).count()).toBe(1);
  }, 60_000);
});

describe("a report with a department table, through submission and return", () => {
  const env = useBrowserEnvironment();

  it("shows the server's total, grade and execution rate; submits; is read-only while submitted; shows the return's comment", async () => {
    const { region, browser } = env;
    const filler = new ApiClient({ baseUrl: region.url });
    const { reportId, version } = await linglingFiller(await env.apiAs("admin"), filler);
    const scores = await serverScores(filler, reportId);
    const department = scores.department as ServerTable;
    const page = await (await newContext(browser)).newPage();
    await signIn(page, region.url, {
      ...LINGLING_FILLER,
      role: "filler",
      roleName: "填报人",
      unitName: "永州市零陵区科学技术协会",
    });
    await page.goto(`${region.url}/reports/${reportId}`);
    await page.getByTestId("workspace-ready").waitFor();

    // The header's total and grade are the server's.
    expect(department.totalShown).toBe("99.8");
    // The page scores in the background after it is shown: wait for the figure rather than read the first paint.
    await expect.poll(() => page.getByTestId("total-score").textContent()).toBe(department.totalShown);
    expect(await page.getByTestId("grade").textContent()).toBe(department.grade);
    expect(department.grade).toBe("优");

    // 预算执行: amounts with two decimals, the rate and the execution score as the server has them.
    await openSection(page, "预算执行");
    const execution = department.execution as NonNullable<ServerTable["execution"]>;
    expect(execution.rateShown).toBe("98.25%");
    const totalRow = page.locator(".section-content table.form-table tbody tr").first();
    const amounts = await totalRow
      .locator("input.num")
      .evaluateAll((inputs) => inputs.map((input) => (input as unknown as { value: string }).value));
    expect(amounts.every((amount) => /^\d+\.\d{2}$/.test(amount))).toBe(true);
    expect(await totalRow.locator("td").nth(6).textContent()).toBe(execution.rateShown);
    // Shown with the Hunan profile's one decimal, as the printed table and the server have them: 9.8 of 10.0.
    expect(await page.locator(".score-line").textContent()).toContain(
      `${formatFixed(new Dec(execution.score as string), 1)} / ${formatFixed(new Dec(execution.weight), 1)} 分`,
    );
    expect(await page.locator(".score-line strong").textContent()).toBe("9.8");
    await screenshot(page, "10-workspace-lingling-execution");

    // The grid's scores are the server's shown scores, one decimal each.
    await openSection(page, "整体绩效目标与指标");
    const gridScores = await page.locator('[data-testid="indicator-grid"] td[data-field="score"]').allTextContents();
    expect(gridScores).toEqual(department.indicators.map((indicator) => indicator.finalShown ?? "—"));
    expect(gridScores[0]).toBe("10.0");
    await openSection(page, "预算执行");

    // Corrected (as the 零陵 helper does through the API), the report can be submitted from the page.
    const corrected = await correctAndSave(filler, reportId, version);
    await page.reload();
    await page.getByTestId("workspace-ready").waitFor();
    expect(await page.locator(".workspace-meta").textContent()).toContain(`第 ${corrected} 版`);
    expect(await page.locator(".section-nav .badge").count()).toBe(0);
    await page.getByRole("button", { name: "提交审核" }).click();
    await page.getByRole("dialog").getByRole("button", { name: /^确认/ }).click();
    await expect.poll(() => page.locator(".workspace-meta .status").textContent()).toBe("已提交（待主管部门审核）");

    // Submitted: read-only, no submit button.
    expect(await page.getByRole("button", { name: "提交审核" }).count()).toBe(0);
    expect(await page.locator(".section-content").textContent()).toContain(
      "报表当前为“已提交（待主管部门审核）”，只读。",
    );
    expect(await page.locator(".section-content input").first().getAttribute("readonly")).not.toBeNull();
    await screenshot(page, "10-workspace-submitted-read-only");

    // The 主管部门 returns it with a comment: shown in red above the sections, and the report is editable again.
    const submitted = (await filler.get(`/api/reports/${reportId}`)).body.report.version as number;
    await act(await env.apiAs("departmentReviewer"), reportId, "departmentReturn", submitted, "请补充预算调整的原因");
    await page.reload();
    await page.getByTestId("workspace-ready").waitFor();
    const comments = page.locator(".comments-panel.comments-returned");
    await expect.poll(() => comments.textContent()).toContain("请补充预算调整的原因");
    expect(await comments.locator("h3").textContent()).toBe("报表已退回，审核意见：");
    expect(await page.locator(".workspace-meta .status").textContent()).toBe("已退回");
    // Named 提交审核 once the region's settings are read.
    await expect.poll(() => page.getByRole("button", { name: "提交审核" }).count()).toBe(1);
    expect(await page.locator(".section-content input").first().getAttribute("readonly")).toBeNull();
    await screenshot(page, "10-workspace-returned-comment");
  }, 120_000);
});
