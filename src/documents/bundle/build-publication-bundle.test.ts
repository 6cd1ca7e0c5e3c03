/**
 * The publication ZIP read back as a recipient would: every document is there under its Chinese name, byte for
 * byte, and the manifest's sizes and SHA-256 sums match what is in the ZIP.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import packageJson from "../../../package.json" with { type: "json" };
import { parseDatasetJson } from "../../core/dataset/validate-dataset.ts";
import { getBuiltinProfile } from "../../core/profiles/builtin-profiles.ts";
import { buildDocumentPackage } from "../build-package.ts";
import type { GeneratedFile } from "../document-input.ts";
import type { BundleManifest } from "./build-bundle-manifest.ts";
import { buildPublicationBundle } from "./build-publication-bundle.ts";

const parsed = parseDatasetJson(
  readFileSync(new URL("../../../examples/liangshan-2023.json", import.meta.url), "utf8"),
);
if (!parsed.ok) throw new Error("examples/liangshan-2023.json is invalid");
const dataset = parsed.dataset;
const profile = getBuiltinProfile("sichuan")!;
const generatedAt = new Date("2024-03-15T08:30:00.000Z");

const sha256 = (data: Uint8Array) => createHash("sha256").update(data).digest("hex");
const bytes = (text: string) => new TextEncoder().encode(text);

function readBack(zip: Uint8Array): { entries: Record<string, Uint8Array>; manifest: BundleManifest } {
  const entries = unzipSync(zip);
  const manifestBytes = entries["manifest.json"];
  if (!manifestBytes) throw new Error("manifest.json missing");
  return { entries, manifest: JSON.parse(strFromU8(manifestBytes)) as BundleManifest };
}

describe("buildPublicationBundle", () => {
  const files: GeneratedFile[] = [
    {
      name: "凉山州科学技术协会2023年度部门整体支出绩效自评报告.docx",
      kind: "selfEvaluationReport",
      format: "docx",
      data: bytes("docx 内容"),
    },
    {
      name: "凉山州科学技术协会2023年度项目支出绩效自评表.xlsx",
      kind: "projectTables",
      format: "xlsx",
      data: bytes("xlsx 内容"),
    },
    {
      name: "凉山州科学技术协会2023年度部门决算情况说明.pdf",
      kind: "finalAccounts",
      format: "pdf",
      data: bytes("%PDF-1.7 决算"),
    },
  ];

  it("holds every file under its Chinese name with the manifest's size and SHA-256", () => {
    const bundle = buildPublicationBundle({ files, dataset, profile, generatedAt });
    expect(bundle.name).toBe("凉山州科学技术协会2023年度绩效公开材料.zip");
    const { entries, manifest } = readBack(bundle.data);
    expect(Object.keys(entries).sort()).toEqual([...files.map((f) => f.name), "manifest.json"].sort());
    for (const file of files) expect(entries[file.name]).toEqual(file.data);
    expect(manifest).toEqual(bundle.manifest);
    expect(manifest.files).toEqual([
      {
        name: files[0]!.name,
        kind: "selfEvaluationReport",
        kindName: "自评报告",
        format: "docx",
        bytes: 11,
        sha256: sha256(bytes("docx 内容")),
      },
      {
        name: files[1]!.name,
        kind: "projectTables",
        kindName: "项目表",
        format: "xlsx",
        bytes: 11,
        sha256: sha256(bytes("xlsx 内容")),
      },
      {
        name: files[2]!.name,
        kind: "finalAccounts",
        kindName: "决算说明",
        format: "pdf",
        bytes: 15,
        sha256: sha256(bytes("%PDF-1.7 决算")),
      },
    ]);
    expect(manifest.generatedAt).toBe("2024-03-15T08:30:00.000Z");
    expect(manifest.dataset).toEqual({ formatVersion: 2, unit: "凉山州科学技术协会", year: 2023 });
    expect(manifest.profile).toEqual({ id: "sichuan", name: profile.name });
    expect(manifest.jixiaoVersion).toBe(packageJson.version);
  });

  it("keeps two files of the same name (and a file called manifest.json) instead of overwriting one", () => {
    const twins: GeneratedFile[] = [
      { name: "报告.docx", kind: "selfEvaluationReport", format: "docx", data: bytes("一") },
      { name: "报告.docx", kind: "selfEvaluationReport", format: "docx", data: bytes("二") },
      { name: "manifest.json", kind: "finalAccounts", format: "pdf", data: bytes("三") },
    ];
    const { entries, manifest } = readBack(
      buildPublicationBundle({ files: twins, dataset, profile, generatedAt }).data,
    );
    expect(manifest.files.map((f) => f.name)).toEqual(["报告.docx", "报告（2）.docx", "manifest（2）.json"]);
    expect(strFromU8(entries["报告（2）.docx"]!)).toBe("二");
    expect(strFromU8(entries["manifest（2）.json"]!)).toBe("三");
  });

  it("packs 凉山's generated package so that re-hashing every entry matches the manifest", async () => {
    const generated = await buildDocumentPackage({ dataset, profile, generatedAt });
    expect(generated.length).toBeGreaterThan(0);
    const bundle = buildPublicationBundle({ files: generated, dataset, profile, generatedAt });
    const { entries, manifest } = readBack(bundle.data);
    expect(manifest.files).toHaveLength(generated.length);
    for (const described of manifest.files) {
      const data = entries[described.name];
      expect(data, described.name).toBeDefined();
      expect(data!.byteLength).toBe(described.bytes);
      expect(sha256(data!)).toBe(described.sha256);
    }
    // The Office files inside are themselves intact ZIP packages.
    for (const file of generated) expect(Object.keys(unzipSync(entries[file.name]!))).toContain("[Content_Types].xml");
  });
});
