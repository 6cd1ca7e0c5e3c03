/**
 * `jixiao import` and `jixiao check` as a user runs them: exit codes 0/1/2, the dataset written only when asked and
 * valid, findings located in the original file's terms.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { parseDatasetJson } from "../../src/core/dataset/validate-dataset.ts";
import { generatedFiles, loadExample } from "./round-trip-support.ts";

const dir = mkdtempSync(join(tmpdir(), "jixiao-import-cli-"));
const SEED_004 = new URL("../../seeds/004_a45521c9d62b1714.txt", import.meta.url).pathname;

async function run(args: string[]): Promise<{ code: number; out: string }> {
  const chunks: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string) => (chunks.push(String(chunk)), true)) as typeof process.stdout.write;
  try {
    const code = await main(args);
    return { code, out: chunks.join("") };
  } finally {
    process.stdout.write = write;
  }
}

describe("jixiao import", () => {
  it("imports seed 004 with its report; exit 1 because its chart-data tables are not recognized", async () => {
    const out = join(dir, "liangshan.json");
    const { code, out: text } = await run(["import", SEED_004, "--out", out]);
    expect(code).toBe(1);
    expect(text).toContain("识别 ");
    expect(text).toMatch(/\[表4\] 表4“图5：一般公共预算财政拨款支出决算变动情况”：不是已知的/);
    expect(text).toMatch(/\[表1 第2行\] 项目支出绩效自评表“州本级单位缴费”：项目名称单元格/);
    const parsed = parseDatasetJson(readFileSync(out, "utf8"));
    expect(parsed.ok && parsed.dataset.projects.length).toBe(21);
  });

  it("exit 0 when everything is recognized; --json gives the report and the dataset", async () => {
    const file = (await generatedFiles(loadExample("liangshan-2023.json"))).find((f) =>
      f.name.endsWith("项目支出绩效自评表.docx"),
    );
    const input = join(dir, "项目表.docx");
    writeFileSync(input, file?.data ?? new Uint8Array());
    const { code, out } = await run(["import", input, "--json"]);
    expect(code).toBe(0);
    const json = JSON.parse(out) as {
      report: { files: Array<{ counts: { unrecognized: number } }> };
      dataset: { projects: unknown[] };
    };
    expect(json.report.files[0]?.counts.unrecognized).toBe(0);
    expect(json.dataset.projects).toHaveLength(21);
  });

  it("--profile adds the suggested totals under that profile (零陵 under Hunan: 99.8, 优)", async () => {
    const seed001 = new URL("../../seeds/001_c97dd32673ca4290.txt", import.meta.url).pathname;
    const { out } = await run(["import", seed001, "--profile", "hunan", "--json"]);
    const json = JSON.parse(out) as { suggestedTotals: Array<{ table: string; total: string; grade: string }> };
    expect(json.suggestedTotals).toEqual([{ table: "部门整体支出绩效自评表", total: "99.8", grade: "优" }]);
  });

  it("refuses a bad --unit and a missing output folder before reading anything", async () => {
    expect(await main(["import", SEED_004, "--unit", "千元"])).toBe(2);
    expect(await main(["import", SEED_004, "--out", join(dir, "没有的文件夹", "x.json")])).toBe(2);
    expect(existsSync(join(dir, "没有的文件夹"))).toBe(false);
  });
});

describe("jixiao check", () => {
  it("locates each finding in the original file: a Word table row, a text line", async () => {
    const file = (await generatedFiles(loadExample("liangshan-2023.json"))).find((f) =>
      f.name.endsWith("项目支出绩效自评表.docx"),
    );
    const input = join(dir, "自评表.docx");
    writeFileSync(input, file?.data ?? new Uint8Array());
    const { code, out } = await run(["check", input, "--json"]);
    expect(code).toBe(1);
    const json = JSON.parse(out) as {
      files: Array<{ findings: Array<{ code: string; where: string; message: string }>; scores: unknown[] }>;
    };
    const findings = json.files[0]?.findings ?? [];
    const accuracy = findings.find((f) => f.code === "BUDGET-ACCURACY" && f.message.includes("州本级其他公用经费"));
    expect(accuracy?.where).toBe("表7 第14行");
    expect(json.files[0]?.scores).toHaveLength(21);

    const text = await run(["check", SEED_004]);
    expect(text.code).toBe(1);
    // A prose finding of the seed text is located by its line, as check-text does, in the 原文位置 column.
    expect(text.out).toMatch(/PROSE-[A-Z-]+\s+第\d+行/);
  });

  it("exit 2 and the reason for an unreadable file", async () => {
    const input = join(dir, "假的.docx");
    writeFileSync(input, "这不是 Word 文件");
    const { code, out } = await run(["check", input]);
    expect(code).toBe(2);
    expect(out).toContain("无法导入");
    expect(out).toContain("内容却是纯文本");
  });
});
