/**
 * docs/seed-coverage.md held to the generated documents: every row marked covered or partly names a document of the
 * unit's package and the texts it holds, and each text is in that document (Word text via readDocxText, Excel cell
 * values via ExcelJS), as `jixiao report` writes them.
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { Dataset } from "../../src/core/dataset/schema.ts";
import { getBuiltinProfile } from "../../src/core/profiles/builtin-profiles.ts";
import type { RuleProfile } from "../../src/core/profiles/profile-schema.ts";
import { buildDocumentPackage } from "../../src/documents/build-package.ts";
import type { GeneratedFile } from "../../src/documents/document-input.ts";
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

describe("docs/seed-coverage.md", () => {
  it("lists every seed, and says what is missing", () => {
    expect(new Set(rows.map((row) => row.seed))).toEqual(new Set(Object.keys(UNITS)));
    expect(rows.length).toBeGreaterThanOrEqual(55);
    for (const row of rows) expect(["covered", "partly", "missing"], row.item).toContain(row.status);
  });

  for (const [seed, unit] of Object.entries(UNITS)) {
    it(`seed ${seed} (${unit.example}): each covered item is in its document with its figures`, async () => {
      const dataset = Dataset.parse(JSON.parse(readFileSync(new URL(`examples/${unit.example}.json`, ROOT), "utf8")));
      const profile = getBuiltinProfile(unit.profile) as RuleProfile;
      const files = await buildDocumentPackage({ dataset, profile, generatedAt: new Date(0) });
      const texts = new Map<string, string>();
      for (const file of files) texts.set(file.name, await textOf(file));
      const checked = rows.filter((row) => row.seed === seed && row.status !== "missing");
      expect(checked.length).toBeGreaterThan(0);
      for (const row of checked) {
        const names = [...texts.keys()].filter((name) => name.endsWith(row.document));
        expect(names, `${row.item}: no document ending “${row.document}”`).toHaveLength(1);
        const text = texts.get(names[0] as string) as string;
        for (const quoted of row.holds) expect(text, `${row.item}`).toContain(quoted);
      }
    }, 60_000);
  }
});
