/**
 * The money fields of a dataset, found from the schema itself (every amount is a string with MONEY_PATTERN), so that
 * the unit limits and the 元 → 万元 conversion reach every amount without a list that could forget one.
 *
 * The JSON Schema is compiled once into a plan that keeps only the branches holding money, so a walk over a dataset
 * visits its amounts and skips the rest (indicator lists, texts): validation runs on every save.
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

/** Where money can be: an amount, or a container with money somewhere below. */
type Plan =
  | { kind: "money" }
  | { kind: "object"; properties: Map<string, Plan>; additional: Plan | null }
  | { kind: "array"; items: Plan }
  | { kind: "union"; branches: Plan[] };

let compiled: Plan | null | undefined;

function datasetPlan(): Plan | null {
  if (compiled === undefined) {
    const root = z.toJSONSchema(Dataset, { io: "input", target: "draft-2020-12" }) as JsonSchemaNode;
    compiled = compile(root, root, new Set());
  }
  return compiled;
}

function compile(node: JsonSchemaNode | undefined, root: JsonSchemaNode, resolving: Set<string>): Plan | null {
  if (!node) return null;
  if (node.$ref?.startsWith("#/$defs/")) {
    const name = node.$ref.slice(8);
    if (resolving.has(name)) return null;
    resolving.add(name);
    const plan = compile(root.$defs?.[name], root, resolving);
    resolving.delete(name);
    return plan;
  }
  if (node.pattern === MONEY_PATTERN.source) return { kind: "money" };
  const branches = [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])]
    .map((branch) => compile(branch, root, resolving))
    .filter((plan): plan is Plan => plan !== null);
  const own: Plan[] = [];
  if (node.properties || typeof node.additionalProperties === "object") {
    const properties = new Map<string, Plan>();
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      const plan = compile(child, root, resolving);
      if (plan) properties.set(key, plan);
    }
    const additional =
      typeof node.additionalProperties === "object" ? compile(node.additionalProperties, root, resolving) : null;
    if (properties.size > 0 || additional) own.push({ kind: "object", properties, additional });
  }
  if (node.items) {
    const items = compile(node.items, root, resolving);
    if (items) own.push({ kind: "array", items });
  }
  const all = [...own, ...branches];
  if (all.length === 0) return null;
  return all.length === 1 ? (all[0] as Plan) : { kind: "union", branches: all };
}

export type MoneyVisitor = (path: readonly (string | number)[], value: string, replace: (next: string) => void) => void;

/** Calls `visit` once for every amount in `value` (a dataset, parsed or not), with its path and a way to replace it. */
export function forEachMoneyField(value: unknown, visit: MoneyVisitor): void {
  const plan = datasetPlan();
  if (!plan) return;
  const path: (string | number)[] = [];
  const walk = (step: Plan, data: unknown, replace: (next: string) => void): boolean => {
    switch (step.kind) {
      case "money":
        if (typeof data !== "string") return false;
        visit([...path], data, replace);
        return true;
      case "union":
        // The first branch that takes the value: an amount is never visited twice.
        return step.branches.some((branch) => walk(branch, data, replace));
      case "array":
        if (!Array.isArray(data)) return false;
        data.forEach((item, i) => {
          path.push(i);
          walk(step.items, item, (next) => (data[i] = next));
          path.pop();
        });
        return true;
      case "object": {
        if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
        const record = data as Record<string, unknown>;
        for (const key of Object.keys(record)) {
          const child = step.properties.get(key) ?? step.additional;
          if (!child) continue;
          path.push(key);
          walk(child, record[key], (next) => (record[key] = next));
          path.pop();
        }
        return true;
      }
    }
  };
  walk(plan, value, () => {});
}
