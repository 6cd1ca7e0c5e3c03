/**
 * The money fields of a dataset, found from the schema itself (every amount is a string with MONEY_PATTERN), so that
 * the unit limits and the 元 → 万元 conversion reach every amount without a list that could forget one.
 * @module
 */
import { z } from "zod";
import { Dataset, MONEY_PATTERN } from "./schema.ts";

type JsonSchemaNode = {
  pattern?: string;
  properties?: Record<string, JsonSchemaNode>;
  additionalProperties?: JsonSchemaNode | boolean;
  items?: JsonSchemaNode;
  anyOf?: JsonSchemaNode[];
  oneOf?: JsonSchemaNode[];
  allOf?: JsonSchemaNode[];
  $ref?: string;
  $defs?: Record<string, JsonSchemaNode>;
};

let rootSchema: JsonSchemaNode | undefined;

function datasetSchema(): JsonSchemaNode {
  rootSchema ??= z.toJSONSchema(Dataset, { io: "input", target: "draft-2020-12" }) as JsonSchemaNode;
  return rootSchema;
}

export type MoneyVisitor = (path: readonly (string | number)[], value: string, replace: (next: string) => void) => void;

/** Calls `visit` once for every amount in `value` (a dataset, parsed or not), with its path and a way to replace it. */
export function forEachMoneyField(value: unknown, visit: MoneyVisitor): void {
  const root = datasetSchema();
  const seen = new Set<string>();
  const walk = (node: JsonSchemaNode | undefined, data: unknown, path: (string | number)[], replace: (next: string) => void): void => {
    if (!node) return;
    if (node.$ref?.startsWith("#/$defs/")) walk(root.$defs?.[node.$ref.slice(8)], data, path, replace);
    if (node.pattern === MONEY_PATTERN.source && typeof data === "string") {
      const key = path.join("\u0000");
      if (!seen.has(key)) {
        seen.add(key);
        visit(path, data, replace);
      }
      return;
    }
    for (const branch of [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])]) walk(branch, data, path, replace);
    if (Array.isArray(data)) {
      if (node.items) data.forEach((item, i) => walk(node.items, item, [...path, i], (next) => (data[i] = next)));
      return;
    }
    if (data !== null && typeof data === "object") {
      const record = data as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        const child = node.properties?.[key] ?? (typeof node.additionalProperties === "object" ? node.additionalProperties : undefined);
        walk(child, record[key], [...path, key], (next) => (record[key] = next));
      }
    }
  };
  walk(root, value, [], () => {});
}
