/**
 * A dataset as the JSON text that is stored, exactly JSON.stringify's, made from the texts of its unchanged parts.
 * An edit returns a dataset that shares every unchanged part with the one before (withIndicator, a saved section),
 * and datasets are never changed in place (ReportWrites keeps them as the base of the next edit), so the text of
 * each top-level section and of each project is kept by object identity and only the parts that are new are
 * stringified: saving one indicator of 凉山's 21 project tables stringifies one project, not ~300 KB.
 * @module
 */
import type { Dataset } from "../../core/dataset/schema.ts";

/** The JSON text of each object already stringified, while the object lives (weakly held). */
const texts = new WeakMap<object, string>();

function textOf(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return JSON.stringify(value);
  let text = texts.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    if (text !== undefined) texts.set(value, text);
  }
  return text;
}

/** JSON.stringify(dataset), the same text, from the kept texts of the parts it shares with earlier datasets. */
export function datasetText(dataset: Dataset): string {
  const members: string[] = [];
  // Object.entries gives the keys in JSON.stringify's order; members whose value has no JSON text are left out as
  // it leaves them out, and an array's hole or undefined is null as it writes it.
  for (const [key, value] of Object.entries(dataset)) {
    const text =
      key === "projects" && Array.isArray(value)
        ? `[${value.map((project: unknown) => textOf(project) ?? "null").join(",")}]`
        : textOf(value);
    if (text !== undefined) members.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${members.join(",")}}`;
}
