/**
 * The publication bundle: one ZIP with every document of a unit's package (Word, Excel, PDF) and a manifest.json
 * describing them, as a unit hands it to the finance bureau or puts it online.
 * @module
 */
import { strToU8, type Zippable, zipSync } from "fflate";
import type { Dataset } from "../../core/dataset/schema.ts";
import type { RuleProfile } from "../../core/profiles/profile-schema.ts";
import type { GeneratedFile } from "../document-input.ts";
import { safeFileName, uniqueFileName } from "../file-names.ts";
import { type BundleManifest, buildBundleManifest } from "./build-bundle-manifest.ts";

export const MANIFEST_NAME = "manifest.json";

export interface BuildPublicationBundleOptions {
  files: readonly GeneratedFile[];
  dataset: Dataset;
  profile: RuleProfile;
  /** When the package was generated (default now); also the time stamp of every ZIP entry. */
  generatedAt?: Date;
}

export interface PublicationBundle {
  /** Suggested file name, e.g. "凉山州科学技术协会2023年度绩效公开材料.zip". */
  name: string;
  data: Uint8Array;
  manifest: BundleManifest;
}

/**
 * Packs the files and their manifest into one ZIP (UTF-8 names). Two files of the same name are both kept, the
 * second as "name（2）.ext", and the manifest lists the names as they are in the ZIP.
 */
export function buildPublicationBundle(options: BuildPublicationBundleOptions): PublicationBundle {
  const generatedAt = options.generatedAt ?? new Date();
  const files = withUniqueNames(options.files);
  const manifest = buildBundleManifest({ files, dataset: options.dataset, profile: options.profile, generatedAt });
  const entries: Zippable = {};
  // Office files and LibreOffice PDFs are compressed already; storing them keeps packing fast at no cost in size.
  for (const file of files) entries[file.name] = [file.data, { level: 0, mtime: generatedAt }];
  entries[MANIFEST_NAME] = [strToU8(`${JSON.stringify(manifest, null, 2)}\n`), { level: 6, mtime: generatedAt }];
  const unit = options.dataset.unit?.name ?? "未命名单位";
  return { name: safeFileName(`${unit}${options.dataset.year}年度绩效公开材料.zip`), data: zipSync(entries), manifest };
}

function withUniqueNames(files: readonly GeneratedFile[]): GeneratedFile[] {
  const taken = new Set<string>([MANIFEST_NAME]);
  return files.map((file) => {
    const name = uniqueFileName(file.name, taken);
    return name === file.name ? file : { ...file, name };
  });
}
