/**
 * File names of generated documents: unit, year and document title, e.g. "凉山州科学技术协会2023年度部门决算情况说明.docx".
 * Characters a file system refuses are replaced, so a unit name can never steer a path.
 * @module
 */
import type { Dataset } from "../core/dataset/schema.ts";

export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_").replace(/^\.+/, "_").slice(0, 180);
}

export function documentFileName(dataset: Dataset, title: string, extension: "docx" | "xlsx" | "pdf"): string {
  const unit = dataset.unit?.name ?? "未命名单位";
  return safeFileName(`${unit}${dataset.year}年度${title}.${extension}`);
}
