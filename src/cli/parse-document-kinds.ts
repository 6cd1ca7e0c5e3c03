/**
 * `--only 自评报告,项目表,决算说明`: the document families a user asks for, by their Chinese names (or the internal
 * ids), separated by commas (half- or full-width) or 、.
 * @module
 */
import { DOCUMENT_KINDS, type DocumentKind } from "../documents/document-input.ts";
import { InputError } from "./cli-error.ts";

/**
 * @returns the kinds in the order given, without repeats; undefined when the option is absent (all kinds)
 * @throws InputError naming the unknown value and listing the valid ones
 */
export function parseDocumentKinds(text: string | undefined): DocumentKind[] | undefined {
  if (text === undefined) return undefined;
  const entries = Object.entries(DOCUMENT_KINDS) as [DocumentKind, string][];
  const kinds: DocumentKind[] = [];
  for (const part of text
    .split(/[,，、]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const kind = entries.find(([id, name]) => part === name || part === id)?.[0];
    if (!kind)
      throw new InputError(`--only 中的“${part}”不是文档类别，可用：${Object.values(DOCUMENT_KINDS).join("、")}`);
    if (!kinds.includes(kind)) kinds.push(kind);
  }
  if (kinds.length === 0)
    throw new InputError(`--only 未给出文档类别，可用：${Object.values(DOCUMENT_KINDS).join("、")}`);
  return kinds;
}
