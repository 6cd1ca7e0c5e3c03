/**
 * docs/seed-coverage.md held to the generated documents: every row marked covered or partly names a document of the
 * unit's package and the texts it holds, and each text is in that document (Word text via readDocxText, Excel cell
 * values via ExcelJS) and in its PDF (pdftotext of LibreOffice's conversion), as `jixiao report --pdf` writes them.
 *
 * Then every item of each seed's transcription (seeds/tables/*.json), not only the rows of the table: each heading of
 * the seed text, each figure stated in its prose (`narrative_figures`), and each cell of its tables (零陵's two
 * tables, 凉山's 21 project forms and its 功能分类 lines) is in the unit's generated document that holds that part —
 * as printed where the seed is right, as corrected where it is wrong (CORRECTIONS, each from the list of the seeds'
 * mistakes, /work/shared/domain/seed-mistakes.md), in the PDF as well as in the Word or Excel text. An item the
 * documents leave out on purpose is listed with its reason; the counts of items per seed are pinned so that no item
 * drops out of the check unnoticed.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Dataset } from "../../src/core/dataset/schema.ts";
import { getBuiltinProfile } from "../../src/core/profiles/builtin-profiles.ts";
import type { RuleProfile } from "../../src/core/profiles/profile-schema.ts";
import { buildDocumentPackage } from "../../src/documents/build-package.ts";
import type { GeneratedFile } from "../../src/documents/document-input.ts";
import { convertFilesToPdf } from "../../src/documents/pdf/convert-files-to-pdf.ts";
import { createPdfConverter, type PdfConverter } from "../../src/documents/pdf/create-pdf-converter.ts";
import { readDocxText } from "../../src/documents/read-docx-text.ts";

const ROOT = new URL("../../", import.meta.url);
const UNITS: Record<string, { example: string; profile: string }> = {
  "000": { example: "xizang-2024", profile: "national" },
  "001": { example: "lingling-2024", profile: "hunan" },
  "002": { example: "leshan-shizhong-2022", profile: "sichuan" },
  "003": { example: "linze-2023", profile: "national" },
  "004": { example: "liangshan-2023", profile: "sichuan" },
};

interface CoverageRow {
  seed: string;
  item: string;
  document: string;
  holds: string[];
  status: string;
}

/** The table rows of the coverage document; `\n` and `\t` in a quoted text stand for a line break and a cell break. */
function readCoverage(): CoverageRow[] {
  const text = readFileSync(new URL("docs/seed-coverage.md", ROOT), "utf8");
  return text
    .split("\n")
    .filter((line) => /^\| 00\d \|/.test(line))
    .map((line) => {
      const cells = line.split(" | ").map((cell) => cell.replace(/^\|\s*|\s*\|$/g, "").trim());
      const [seed = "", item = "", , document = "", holds = "", status = ""] = cells;
      const quoted = [...holds.matchAll(/`([^`]+)`/g)].map((m) =>
        (m[1] ?? "").replaceAll("\\n", "\n").replaceAll("\\t", "\t"),
      );
      return { seed, item, document, holds: quoted, status };
    });
}

async function textOf(file: GeneratedFile): Promise<string> {
  if (file.format === "docx") return readDocxText(file.data);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    file.data.buffer.slice(file.data.byteOffset, file.data.byteOffset + file.data.byteLength) as ArrayBuffer,
  );
  const lines: string[] = [];
  workbook.eachSheet((sheet) => {
    lines.push(`# ${sheet.name}`);
    sheet.eachRow((row) => {
      const values = (row.values as unknown[]).slice(1).map((value) => {
        if (value === null || value === undefined) return "";
        if (typeof value === "object" && "result" in value) return String((value as { result: unknown }).result);
        if (typeof value === "object" && "richText" in value)
          return (value as { richText: { text: string }[] }).richText.map((r) => r.text).join("");
        return String(value);
      });
      lines.push(values.join("\t"));
    });
  });
  return lines.join("\n");
}

const rows = readCoverage();

/** A unit's package as text: each Word/Excel file's text, and the text of its PDF twin without white space. */
interface PackageTexts {
  office: Map<string, string>;
  pdf: Map<string, string>;
}

const scratch = mkdtempSync(join(tmpdir(), "jixiao-seed-coverage-"));
let converter: PdfConverter;
beforeAll(() => {
  converter = createPdfConverter();
});
afterAll(async () => {
  await converter.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** pdftotext breaks lines, spaces out Latin figures and splits a table at page ends; white space says nothing here. */
const squeeze = (text: string) => text.replace(/\s+/g, "");

function pdfText(data: Uint8Array): string {
  const path = join(scratch, "document.pdf");
  writeFileSync(path, data);
  const result = spawnSync("pdftotext", [path, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`pdftotext: ${result.stderr}`);
  // The page numbers ("—11—") stand between the last line of a page and the first of the next.
  return squeeze(result.stdout).replace(/—\d+—/g, "");
}

const packages = new Map<string, Promise<PackageTexts>>();
/** Built once per seed: the same builders and the same LibreOffice conversion as `jixiao report --pdf`. */
function packageTexts(seed: string): Promise<PackageTexts> {
  let built = packages.get(seed);
  if (!built) {
    built = buildPackageTexts(UNITS[seed] as { example: string; profile: string });
    packages.set(seed, built);
  }
  return built;
}

async function buildPackageTexts(unit: { example: string; profile: string }): Promise<PackageTexts> {
  const dataset = Dataset.parse(JSON.parse(readFileSync(new URL(`examples/${unit.example}.json`, ROOT), "utf8")));
  const profile = getBuiltinProfile(unit.profile) as RuleProfile;
  const files = await buildDocumentPackage({ dataset, profile, generatedAt: new Date(0) });
  const office = new Map<string, string>();
  for (const file of files) office.set(file.name, await textOf(file));
  const sources = files.filter((file) => file.format === "docx" || file.format === "xlsx");
  const { files: pdfs, errors } = await convertFilesToPdf(sources, converter);
  if (errors.length > 0) throw new Error(errors.map((e) => e.message).join("；"));
  // One PDF per source, in the sources' order (the Excel twin of a same-named Word file is "X（Excel）.pdf").
  const pdf = new Map(sources.map((source, i) => [source.name, pdfText((pdfs[i] as GeneratedFile).data)]));
  return { office, pdf };
}

describe("docs/seed-coverage.md", () => {
  it("lists every seed, and says what is missing", () => {
    expect(new Set(rows.map((row) => row.seed))).toEqual(new Set(Object.keys(UNITS)));
    expect(rows.length).toBeGreaterThanOrEqual(55);
    for (const row of rows) expect(["covered", "partly", "missing"], row.item).toContain(row.status);
  });

  for (const [seed, unit] of Object.entries(UNITS)) {
    it(`seed ${seed} (${unit.example}): each covered item is in its document and its PDF with its figures`, async () => {
      const { office, pdf } = await packageTexts(seed);
      const checked = rows.filter((row) => row.seed === seed && row.status !== "missing");
      expect(checked.length).toBeGreaterThan(0);
      for (const row of checked) {
        const names = [...office.keys()].filter((name) => name.endsWith(row.document));
        expect(names, `${row.item}: no document ending “${row.document}”`).toHaveLength(1);
        const name = names[0] as string;
        const text = office.get(name) as string;
        const printed = pdf.get(name) as string;
        for (const quoted of row.holds) {
          expect(text, `${row.item}`).toContain(quoted);
          // Calc draws a sheet cell by cell, so an Excel row is looked for cell by cell in its PDF.
          // A Word table's cell wraps line by line and runs into its neighbours: a table row is looked for in the
          // PDF by its short cells (up to 8 characters, which do not wrap), prose as a whole.
          const parts = quoted.includes("\t")
            ? quoted.split("\t").filter((part) => squeeze(part).length <= 8)
            : name.endsWith(".xlsx")
              ? []
              : [quoted];
          for (const part of parts) expect(printed, `${row.item} (PDF)`).toContain(squeeze(part));
        }
      }
    }, 240_000);
  }
});

// ---------------------------------------------------------------------------------------------------------------
// Every item of each seed's transcription.

const SEED_FILES = readdirSync(new URL("seeds/tables/", ROOT)).filter((name) => name.endsWith(".json"));

/** The seed's text and its transcription (seeds/tables/README.md describes the keys). */
function readSeed(seed: string): { text: string; tables: SeedTables } {
  const file = SEED_FILES.find((name) => name.startsWith(`${seed}_`)) as string;
  return {
    text: readFileSync(new URL(`seeds/${file.replace(/\.json$/, ".txt")}`, ROOT), "utf8"),
    tables: JSON.parse(readFileSync(new URL(`seeds/tables/${file}`, ROOT), "utf8")) as SeedTables,
  };
}

interface SeedTables {
  narrative_figures: { section: string; source_line: number; quote: string; figures: Record<string, string> }[];
  dept_self_eval_table?: {
    funds: { initial_budget: string; annual_budget: string; executed: string }[];
    indicators: { level3: string; target_printed: string; actual_printed: string; weight: string }[];
  };
  basic_data_table?: { funds_section: { rows: Record<string, string | number>[] } };
  final_accounts?: { function_lines: { class: string; kuan: string; xiang: string; name: string; amount: string }[] };
  project_tables?: {
    project_code: string;
    project_name: string;
    budget_rows: { row: string; initial: string; adjusted: string; executed: string }[];
    indicators: { level3: string; target: string; actual: string; weight: string }[];
  }[];
}

/**
 * A seed's item that the documents print otherwise, keyed "line:figure name" (figures), the heading (headings) or
 * "table:cell" (tables): the corrected text, or `null` with the reason it is not printed. Each correction is an item
 * of seed-mistakes.md (§8.x.n).
 */
const CORRECTIONS: Record<string, Record<string, string | { omitted: string }>> = {
  "000": {
    // The 自评表 carries no weights (表中未印权重): no score or grade can be computed, so the report says so and leaves
    // out the unit's "得分为99分……其中：产出79分，满意度10分，效益10分" (STATED-CLAIM-CONTRADICTED reports it).
    "52:总得分:99分": { omitted: "no score can be computed from a table without weights" },
    "52:产出得分:79分": { omitted: "as 总得分" },
    "52:满意度得分:10分": { omitted: "as 总得分" },
    "52:效益得分:10分": { omitted: "as 总得分" },
  },
  "001": {
    // §8.2.2 "增加6.04元": 124.88 − 118.84 = 6.04万元.
    "357:增加:6.04元": "增加6.04万元",
    // §8.2.8 the operator glyph "≧" is read as "≥".
    "自评表:积极开展各类科普活动:≧8次": "≥8次",
    "自评表:受众人数:≧2万人次": "≥2万人次",
    "基础数据表:政府采购金额:2023年决算数": { omitted: "the template's dash cell is printed blank (no amount)" },
    "基础数据表:部门基本支出预算调整:2023年决算数": { omitted: "as 政府采购金额" },
  },
  "002": {},
  "003": {},
  "004": {
    // §8.5.3 468.99 ÷ 874.05 = 53.66%.
    "37:占比:53.65%": "占53.66%",
    // §8.5.4 25.74 ÷ 874.05 = 2.94%.
    "75:占比:2.95%": "住房保障支出25.74万元，占2.94%",
    // §8.5.10 49.19 ÷ (7.60 + 49.19) = 86.62%.
    "109:下降:647.24%": "下降86.62%",
    // §8.5.11 7.41 ÷ 7.60 and 0.19 ÷ 7.60, from the figures as printed.
    "111:占比:97.55%": "公务用车购置及运行维护费7.41万元，占97.50%",
    "111:占比:2.44%": "公务接待费0.19万元，占2.50%",
    // §8.5.12 0.04 ÷ 0.15 = 26.67%.
    "124:增长:27%": "增长26.67%",
    // §8.5.14 1.84 ÷ 49.33 = 3.73%.
    "134:增长:37.3%": "增长3.73%",
    "125:会东县科协接待费用:0.0714万元": {
      omitted:
        "the visits are listed by whom and how many; their costs are kept to the 元 (0.0714 + 0.1144) beside a total printed to the 分 (0.19)",
    },
    "125:宁波科协接待费用:0.1144万元": { omitted: "as 会东县科协接待费用" },
    "126:外事接待批次:0批次": { omitted: "外事接待支出0.00万元 is stated; the dataset holds no 外事 batch count" },
  },
};

/** Where seed 004's parts went: the line ranges of its text and the generated document of each. */
const PARTS_004: { from: number; document: string }[] = [
  { from: 1, document: "部门决算情况说明.docx" },
  { from: 172, document: "部门整体支出绩效自评报告.docx" },
  { from: 225, document: "部门预算绩效评价报告.docx" },
  { from: 292, document: "项目支出绩效自评报告-凉山州科学技术协会换届选举项目.docx" },
  { from: 360, document: "项目支出绩效自评报告-凉山州级科普专项经费（第38届凉山州青少年科技创新大赛）.docx" },
  { from: 419, document: "项目支出绩效自评报告-学术交流活动业务经费.docx" },
  { from: 474, document: "部门预算项目支出绩效自评表.docx" },
  // 第五部分 附表: the list of the 决算公开 tables, printed by the 决算说明 as the seed does (its tables follow it).
  { from: 4262, document: "部门决算情况说明.docx" },
];

function documentAt(seed: string, line: number): string {
  if (seed !== "004") return "部门整体支出绩效自评报告.docx";
  return (PARTS_004.filter((part) => part.from <= line).at(-1) as { document: string }).document;
}

interface SeedItem {
  kind: "heading" | "figure" | "cell";
  key: string;
  document: string;
  /** The text as printed by the seed, or as corrected. */
  expected: string;
}

const HEADING = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|第[一二三四五六]部分)/;

/** Each heading of the seed text, up to its first full stop or colon (零陵's "（三）…情况。部门…0元。"). */
function seedHeadings(seed: string, text: string): Omit<SeedItem, "expected">[] & { printed: string }[] {
  const found: (Omit<SeedItem, "expected"> & { printed: string })[] = [];
  text.split("\n").forEach((raw, i) => {
    const line = raw.replace(/\(\s*$/, "").trim();
    if (!HEADING.test(line) || raw.includes("\t")) return;
    const heading = (line.split(/[。：:]/)[0] as string).trim();
    if (heading.length > 60) return;
    found.push({ kind: "heading", key: heading, document: documentAt(seed, i + 1), printed: heading });
  });
  return found;
}

function seedItems(seed: string): { items: SeedItem[]; omitted: string[] } {
  const { text, tables } = readSeed(seed);
  const corrections = CORRECTIONS[seed] ?? {};
  const items: SeedItem[] = [];
  const omitted: string[] = [];
  const add = (kind: SeedItem["kind"], key: string, document: string, printed: string | undefined) => {
    if (printed === undefined || printed.trim() === "") return;
    const correction = corrections[key];
    if (typeof correction === "object") omitted.push(`${key}: ${correction.omitted}`);
    else items.push({ kind, key, document, expected: correction ?? printed });
  };
  for (const heading of seedHeadings(seed, text)) add("heading", heading.key, heading.document, heading.printed);
  for (const entry of tables.narrative_figures) {
    for (const [name, value] of Object.entries(entry.figures)) {
      add("figure", `${entry.source_line}:${name}:${value}`, documentAt(seed, entry.source_line), value);
    }
  }
  const selfTable = tables.dept_self_eval_table;
  if (selfTable) {
    for (const row of selfTable.funds)
      for (const value of [row.initial_budget, row.annual_budget, row.executed])
        add("cell", `自评表:${value}`, "部门整体支出绩效自评报告.docx", value);
    for (const row of selfTable.indicators)
      for (const value of [row.level3, row.target_printed, row.actual_printed, row.weight])
        add("cell", `自评表:${row.level3}:${value}`, "部门整体支出绩效自评报告.docx", value);
  }
  for (const row of tables.basic_data_table?.funds_section.rows ?? [])
    for (const [column, value] of Object.entries(row))
      if (/^\d{4}年/.test(column))
        add("cell", `基础数据表:${row.item}:${column}`, "部门整体支出绩效自评报告.docx", String(value));
  for (const line of tables.final_accounts?.function_lines ?? [])
    for (const value of [line.amount])
      add("figure", `功能分类:${line.class}${line.kuan}${line.xiang}:${value}`, "部门决算情况说明.docx", value);
  for (const table of tables.project_tables ?? []) {
    const form = "部门预算项目支出绩效自评表.docx";
    add("cell", `${table.project_code}`, form, table.project_code);
    add("cell", `${table.project_code}:${table.project_name}`, form, table.project_name);
    for (const row of table.budget_rows)
      for (const value of [row.initial, row.adjusted, row.executed])
        add("cell", `${table.project_code}:${row.row}:${value}`, form, value);
    for (const row of table.indicators)
      for (const value of [row.level3, row.target, row.actual, row.weight])
        add("cell", `${table.project_code}:${row.level3}:${value}`, form, value);
  }
  return { items, omitted };
}

/**
 * The expected text as a pattern over white-space-free text: a decimal may be printed with trailing zeros ("7.6万元"
 * is "7.60万元", "100%" is "100.00%"), and a figure does not match inside a longer one ("5.08%" is not in "15.08%").
 */
function expectedPattern(expected: string): RegExp {
  const escaped = squeeze(expected)
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/(\d+)(\\\.\d+)?/g, (_m, whole: string, fraction?: string) =>
      fraction ? `${whole}${fraction}0*` : `${whole}(?:\\.0+)?`,
    );
  const lead = /^\d/.test(squeeze(expected)) ? "(?<![\\d.])" : "";
  const tail = /\d$/.test(squeeze(expected)) ? "(?![\\d])" : "";
  return new RegExp(`${lead}${escaped}${tail}`);
}

/** The items a seed's documents must hold, checked per seed; the numbers pin what is checked. */
const ITEM_COUNTS: Record<string, { heading: number; figure: number; cell: number; omitted: number }> = {
  "000": { heading: 12, figure: 76, cell: 0, omitted: 4 },
  "001": { heading: 14, figure: 61, cell: 54, omitted: 2 },
  "002": { heading: 5, figure: 43, cell: 0, omitted: 0 },
  "003": { heading: 21, figure: 67, cell: 0, omitted: 0 },
  "004": { heading: 105, figure: 604, cell: 718, omitted: 3 },
};

/**
 * Items still missing, by seed — what is left of issue 13, printed by the test when it fails: 凉山's 决算说明
 * prints the unit's own 十（四） now, but 17 of the 23 are the unit's scores the documents print as computed (the
 * 十（四） items "自评得分99分" → 99.79分, the 附件1-2 and 附件2-x "自评得分98分" …, reported by
 * STATED-CLAIM-CONTRADICTED): they are to become CORRECTIONS; three "下降4%" and the zero counts of 三公 (0次, 0人)
 * are not printed. The 第五部分 附表 list (15 headings) is printed by the 决算说明 as the seed's. The number may only
 * go down.
 */
const STILL_MISSING: Record<string, number> = { "000": 0, "001": 0, "002": 0, "003": 0, "004": 23 };

describe("every item of each seed's transcription is in the unit's documents and their PDFs", () => {
  for (const [seed, unit] of Object.entries(UNITS)) {
    it(`seed ${seed} (${unit.example}): headings, prose figures and table cells`, async () => {
      const { office, pdf } = await packageTexts(seed);
      const { items, omitted } = seedItems(seed);
      const counts = { heading: 0, figure: 0, cell: 0, omitted: omitted.length };
      for (const item of items) counts[item.kind] += 1;
      const missing: string[] = [];
      for (const item of items) {
        const names = [...office.keys()].filter((name) => name.endsWith(item.document));
        expect(names, `${item.key}: no document ending “${item.document}”`).toHaveLength(1);
        const name = names[0] as string;
        const pattern = expectedPattern(item.expected);
        // A cell ends at its tab, so "4.72" is not read into "4.72\t4.13" (white space inside a cell says nothing).
        const text = (office.get(name) as string).replace(/[\t\n]/g, "|").replace(/\s+/g, "");
        if (!pattern.test(text)) missing.push(`${item.kind} ${item.key} → ${item.expected} (${item.document})`);
        // A table's cells wrap line by line in the PDF and run into their neighbours; prose and headings do not.
        else if (item.kind !== "cell" && !pattern.test(pdf.get(name) as string))
          missing.push(`${item.kind} ${item.key} → ${item.expected} (PDF of ${item.document})`);
      }
      expect(missing.length, missing.join("\n")).toBeLessThanOrEqual(STILL_MISSING[seed] as number);
      expect(counts).toEqual(ITEM_COUNTS[seed]);
    }, 240_000);
  }
});
