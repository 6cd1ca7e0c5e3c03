/**
 * The package builder: one scoring and audit shared by every builder, `only` choosing families, a failing builder
 * named in the error, and 凉山's real package made of intact Office files with unique names.
 */
import { readFileSync } from "node:fs";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { Dataset } from "../core/dataset/schema.ts";
import { parseDatasetJson } from "../core/dataset/validate-dataset.ts";
import type { RuleProfile } from "../core/profiles/profile-schema.ts";
import { getBuiltinProfile } from "../core/profiles/builtin-profiles.ts";
import { buildDocumentPackage, DOCUMENT_BUILDERS, type DocumentBuilder } from "./build-package.ts";
import type { DocumentInput } from "./document-input.ts";

const parsed = parseDatasetJson(readFileSync(new URL("../../examples/liangshan-2023.json", import.meta.url), "utf8"));
if (!parsed.ok) throw new Error("examples/liangshan-2023.json is invalid");
const dataset = parsed.dataset;
const profile = getBuiltinProfile("sichuan")!;

function recordingBuilders(seen: DocumentInput[]): DocumentBuilder[] {
  const builder = (name: string, kind: DocumentBuilder["kind"]): DocumentBuilder => ({
    name,
    kind,
    build: async (input) => {
      seen.push(input);
      return [{ name: `${name}.docx`, kind, format: "docx", data: new Uint8Array([1]) }];
    },
  });
  return [builder("a", "selfEvaluationReport"), builder("b", "projectTables"), builder("c", "finalAccounts")];
}

describe("buildDocumentPackage", () => {
  it("gives every builder the same scores and audit findings, and keeps the list order", async () => {
    const seen: DocumentInput[] = [];
    const generatedAt = new Date("2024-03-15T08:30:00Z");
    const files = await buildDocumentPackage({ dataset, profile, generatedAt, builders: recordingBuilders(seen) });
    expect(files.map((f) => f.name)).toEqual(["a.docx", "b.docx", "c.docx"]);
    expect(seen).toHaveLength(3);
    const [first, ...rest] = seen;
    for (const input of rest) {
      expect(input.scores).toBe(first!.scores);
      expect(input.findings).toBe(first!.findings);
    }
    expect(first!.generatedAt).toBe(generatedAt);
    expect(first!.profile.id).toBe("sichuan");
    // 凉山's published tables carry known arithmetic mistakes (seed-mistakes.md); the audit has found them.
    expect(first!.findings.some((f) => f.severity === "error")).toBe(true);
    expect(first!.scores.projects.length).toBe(dataset.projects.length);
  });

  it("runs only the families asked for, and every family when `only` is empty", async () => {
    const seen: DocumentInput[] = [];
    const builders = recordingBuilders(seen);
    expect(
      (await buildDocumentPackage({ dataset, profile, builders, only: ["finalAccounts"] })).map((f) => f.name),
    ).toEqual(["c.docx"]);
    expect(
      (await buildDocumentPackage({ dataset, profile, builders, only: ["selfEvaluationReport", "projectTables"] })).map(
        (f) => f.name,
      ),
    ).toEqual(["a.docx", "b.docx"]);
    expect(await buildDocumentPackage({ dataset, profile, builders, only: [] })).toHaveLength(3);
  });

  it("makes a document the unit did not publish only when asked: 西藏 and 零陵 wrote no 决算说明", async () => {
    for (const [example, profileId] of [
      ["xizang-2024", "national"],
      ["lingling-2024", "hunan"],
    ] as const) {
      const unit = Dataset.parse(
        JSON.parse(readFileSync(new URL(`../../examples/${example}.json`, import.meta.url), "utf8")),
      );
      const unitProfile = getBuiltinProfile(profileId) as RuleProfile;
      const all = await buildDocumentPackage({ dataset: unit, profile: unitProfile });
      expect(
        all.some((f) => f.name.includes("部门决算情况说明")),
        example,
      ).toBe(false);
      expect(
        all.some((f) => f.name.includes("部门整体支出绩效自评报告")),
        example,
      ).toBe(true);
      const asked = await buildDocumentPackage({ dataset: unit, profile: unitProfile, only: ["finalAccounts"] });
      expect(asked.map((f) => f.name)).toEqual([expect.stringContaining("部门决算情况说明")]);
    }
  });

  it("names the builder that failed and keeps its error as the cause", async () => {
    const cause = new RangeError("表格第 3 行单元格不足");
    const failing: DocumentBuilder = {
      name: "buildBrokenDocx",
      kind: "projectTables",
      build: () => Promise.reject(cause),
    };
    const error = await buildDocumentPackage({ dataset, profile, builders: [failing] }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe("buildBrokenDocx 生成文档失败：表格第 3 行单元格不足");
    expect((error as Error).cause).toBe(cause);
  });

  it("builds 凉山's package from the registered builders: intact Office files, unique names, each of its builder's kind", async () => {
    expect(DOCUMENT_BUILDERS.length).toBeGreaterThan(0);
    const files = await buildDocumentPackage({ dataset, profile });
    expect(files.length).toBeGreaterThanOrEqual(DOCUMENT_BUILDERS.length);
    expect(new Set(files.map((f) => f.name)).size).toBe(files.length);
    const kinds = new Set(DOCUMENT_BUILDERS.map((b) => b.kind));
    for (const file of files) {
      expect(kinds.has(file.kind)).toBe(true);
      expect(file.name.endsWith(`.${file.format}`)).toBe(true);
      expect(file.name).toContain("2023");
      expect(Object.keys(unzipSync(file.data))).toContain("[Content_Types].xml");
    }
  });
});
