/**
 * Preview (issue 15 item 9): every generated document is shown in the page as its PDF pages — the Word report, the
 * Excel tables and the PDFs themselves — drawn by the server (pdftoppm) as images, which headless Chromium shows as
 * any browser does; a page past the last is refused, and a job without PDFs says how to get them.
 */
import { describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client.ts";
import { newContext, screenshot, signIn, useBrowserEnvironment } from "../support/browser.ts";
import { LINGLING_FILLER, linglingFiller } from "../support/submittable-report.ts";

describe("document preview", () => {
  const env = useBrowserEnvironment();

  it("shows each generated document's pages in the page", async () => {
    const { region, browser } = env;
    const filler = new ApiClient({ baseUrl: region.url });
    const { reportId } = await linglingFiller(await env.apiAs("admin"), filler);
    const page = await (await newContext(browser)).newPage();
    await signIn(page, region.url, {
      ...LINGLING_FILLER,
      role: "filler",
      roleName: "填报人",
      unitName: "永州市零陵区科学技术协会",
    });
    await page.goto(`${region.url}/reports/${reportId}/documents`);
    await page.getByTestId("workspace-ready").waitFor();

    // Without PDFs: the preview says how to get them.
    await page.getByRole("button", { name: "生成 Word 和 Excel" }).click();
    await page.getByRole("button", { name: "下载全部（ZIP，含清单）" }).waitFor({ timeout: 120_000 });
    await page.getByRole("button", { name: /^预览 .*\.docx$/ }).click();
    await expect
      .poll(() => page.getByTestId("document-preview").getByRole("alert").textContent())
      .toContain("生成 Word、Excel 和 PDF");

    // With PDFs: every file previews as images of its pages.
    await page.getByRole("button", { name: "生成 Word、Excel 和 PDF" }).click();
    await page.getByRole("button", { name: "下载全部（ZIP，含清单）" }).waitFor({ timeout: 240_000 });
    const names = await page.locator("tbody tr td:first-child").allTextContents();
    expect(names.filter((name) => name.endsWith(".pdf")).length).toBeGreaterThanOrEqual(2);
    for (const name of names) {
      await page.getByRole("button", { name: `预览 ${name}` }).click();
      const preview = page.getByTestId("document-preview");
      await expect.poll(() => preview.textContent(), { timeout: 60_000 }).toMatch(/共 \d+ 页/);
      const [, total, shown] = /共 (\d+) 页(?:，显示前 (\d+) 页)?/.exec((await preview.textContent()) ?? "") ?? [];
      const pages = Number(shown ?? total);
      expect(pages, name).toBeGreaterThan(0);
      const first = preview.locator("img.preview-page").first();
      // Drawn and loaded: an image of a page's proportions (A4 upright for Word, the sheet's for Excel).
      await expect
        .poll(() => first.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth), {
          timeout: 60_000,
        })
        .toBeGreaterThan(300);
      expect(await preview.locator("img.preview-page").count()).toBe(pages);
      await screenshot(
        page,
        `49-preview-${name.endsWith(".docx") ? "word" : name.endsWith(".xlsx") ? "excel" : "pdf"}`,
      );
    }

    // The image route: a PNG for a page, 404 past the last, and nothing for someone outside the unit.
    const job = /\/api\/jobs\/([^/]+)\/files\/(\d+)\/preview\/1/.exec(
      (await page.locator("img.preview-page").first().getAttribute("src")) ?? "",
    );
    expect(job).not.toBeNull();
    const [, jobId, index] = job as RegExpExecArray;
    const info = await filler.get(`/api/jobs/${jobId}/files/${index}/preview`);
    expect(info.status).toBe(200);
    const png = await fetch(`${region.url}/api/jobs/${jobId}/files/${index}/preview/1`, {
      headers: { cookie: filler.cookie },
    });
    expect(png.headers.get("content-type")).toBe("image/png");
    expect(new Uint8Array(await png.arrayBuffer()).subarray(1, 4)).toEqual(new TextEncoder().encode("PNG"));
    const past = await filler.get(`/api/jobs/${jobId}/files/${index}/preview/${info.body.pages + 1}`);
    expect(past.status).toBe(404);
    const other = await env.apiAs("filler"); // 凉山's 填报人: not 零陵's job
    expect((await other.get(`/api/jobs/${jobId}/files/${index}/preview`)).status).toBe(404);
  }, 420_000);
});
