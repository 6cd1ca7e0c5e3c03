/**
 * manifest.json of a publication bundle: what each file is (kind, format, size, SHA-256) and where the package came
 * from (dataset unit and year, rule profile, Jixiao version, time), so that a finance bureau receiving the ZIP can
 * check that nothing was swapped or damaged on the way.
 * @module
 */
import { createHash } from "node:crypto";
import packageJson from "../../../package.json" with { type: "json" };
import type { Dataset } from "../../core/dataset/schema.ts";
import type { RuleProfile } from "../../core/profiles/profile-schema.ts";
import { DOCUMENT_KINDS, type DocumentKind, type GeneratedFile } from "../document-input.ts";

export interface BundleManifestFile {
  name: string;
  kind: DocumentKind;
  /** The kind's Chinese name (自评报告, 项目表, 决算说明), for people reading the manifest. */
  kindName: string;
  format: GeneratedFile["format"];
  bytes: number;
  /** Lower-case hex SHA-256 of the file's bytes. */
  sha256: string;
}

export interface BundleManifest {
  /** ISO 8601 time the package was generated. */
  generatedAt: string;
  jixiaoVersion: string;
  dataset: { formatVersion: number; unit: string; year: number };
  profile: { id: string; name: string };
  files: BundleManifestFile[];
}

export interface BuildBundleManifestOptions {
  files: readonly GeneratedFile[];
  dataset: Dataset;
  profile: RuleProfile;
  generatedAt: Date;
}

/** Describes the files (in their order) and the package's origin; the file names must already be unique. */
export function buildBundleManifest(options: BuildBundleManifestOptions): BundleManifest {
  return {
    generatedAt: options.generatedAt.toISOString(),
    jixiaoVersion: packageJson.version,
    dataset: {
      formatVersion: options.dataset.formatVersion,
      unit: options.dataset.unit?.name ?? "",
      year: options.dataset.year,
    },
    profile: { id: options.profile.id, name: options.profile.name },
    files: options.files.map((file) => ({
      name: file.name,
      kind: file.kind,
      kindName: DOCUMENT_KINDS[file.kind],
      format: file.format,
      bytes: file.data.byteLength,
      sha256: createHash("sha256").update(file.data).digest("hex"),
    })),
  };
}
