/**
 * Names of generated files and ZIPs (issue 12, items 14 and 15): no bidi or zero-width characters carried over from
 * a unit or project name; a long name shortened by whole characters with its extension kept; names unique within a
 * package even after shortening.
 */
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { buildPublicationBundle } from "../../src/documents/bundle/build-publication-bundle.ts";
import {
  MAX_FILE_NAME_BYTES,
  MAX_FILE_NAME_CHARS,
  safeFileName,
  uniqueFileName,
} from "../../src/documents/file-names.ts";
import { buildDocumentPackage } from "../../src/documents/build-package.ts";
import { profileOf } from "../../src/server/reports/profile-of.ts";
import { requireValidDataset } from "../../src/server/reports/require-valid-dataset.ts";
import { cleanDataset } from "../support/server-harness.ts";

const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;
const utf8 = (s: string) => new TextEncoder().encode(s).length;

describe("generated file names", () => {
  it("drops bidi overrides and zero-width characters", () => {
    expect(safeFileName("凉山\u202Efdp.exe\u200B州科协.docx")).toBe("凉山fdp.exe州科协.docx");
    expect(safeFileName("\u2066科协\u2069\uFEFF.zip")).toBe("科协.zip");
  });

  it("shortens by whole characters, keeps the extension and stays within the byte limit", () => {
    const long = `${"凉山州科学技术协会".repeat(30)}😀👨‍👩‍👧2023年度部门决算情况说明.docx`;
    const name = safeFileName(long);
    expect(name.endsWith(".docx")).toBe(true);
    expect(utf8(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect([...new Intl.Segmenter("zh", { granularity: "grapheme" }).segment(name)].length).toBeLessThanOrEqual(
      MAX_FILE_NAME_CHARS,
    );
    // Never half a surrogate pair.
    expect(name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    const emoji = safeFileName(`${"a".repeat(MAX_FILE_NAME_CHARS - 6)}👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧.pdf`);
    expect(emoji.endsWith(".pdf")).toBe(true);
    expect(emoji).not.toContain("\u200D");
  });

  it("keeps shortened names apart", () => {
    const taken = new Set<string>();
    const stem = "项".repeat(200);
    const first = uniqueFileName(`${stem}甲.docx`, taken);
    const second = uniqueFileName(`${stem}乙.docx`, taken);
    expect(first).not.toBe(second);
    expect(second.endsWith("（2）.docx")).toBe(true);
    expect(utf8(second)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
  });

  it("gives a package of long-named projects distinct, clean names in its ZIP", async () => {
    const base = cleanDataset(2023, `凉山州\u202E科学技术协会${"某".repeat(100)}`);
    const project = base.projects[0] as (typeof base.projects)[number];
    const dataset = requireValidDataset({
      ...base,
      projects: [
        { ...project, name: `${"科普宣传活动".repeat(20)}一`, code: "A1" },
        { ...project, name: `${"科普宣传活动".repeat(20)}二`, code: "A2" },
      ],
    });
    const profile = profileOf("national");
    const files = await buildDocumentPackage({ dataset, profile });
    const bundle = buildPublicationBundle({ files, dataset, profile });
    const names = Object.keys(unzipSync(bundle.data));
    expect(new Set(names).size).toBe(names.length);
    for (const name of [...names, bundle.name]) {
      expect(name).not.toMatch(INVISIBLE);
      expect(utf8(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
      expect(name).toMatch(/\.(docx|xlsx|pdf|json|zip)$/);
    }
    expect(names.length).toBe(files.length + 1);
    expect(files.filter((f) => f.kind === "selfEvaluationReport").length).toBeGreaterThanOrEqual(2);
  });
});
