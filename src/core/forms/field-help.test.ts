import { describe, expect, it } from "vitest";
import { z } from "zod";
import { Dataset } from "../dataset/schema.ts";
import { FIELD_HELP, fieldHelp, helpPattern } from "./field-help.ts";
import { FORM_HELP } from "./form-help.ts";

type Node = {
  $ref?: string;
  $defs?: Record<string, Node>;
  type?: string;
  properties?: Record<string, Node>;
  additionalProperties?: Node | boolean;
  items?: Node;
  anyOf?: Node[];
  oneOf?: Node[];
  allOf?: Node[];
};

/**
 * Every field of the dataset, as patterns ("projects[].evaluation.indicators[].actual"), read from the schema itself:
 * a field added to the schema without its 填报说明 fails here. Lists of plain values (封面各行) are fields; lists of
 * objects are forms whose fields are their items' keys.
 */
function schemaFields(): string[] {
  const root = z.toJSONSchema(Dataset, { io: "input", target: "draft-2020-12" }) as Node;
  const fields = new Set<string>();
  const walk = (node: Node | undefined, at: string, resolving: ReadonlySet<string>): void => {
    if (!node) return;
    if (node.$ref?.startsWith("#/$defs/")) {
      const name = node.$ref.slice(8);
      if (!resolving.has(name)) walk(root.$defs?.[name], at, new Set([...resolving, name]));
      return;
    }
    const branches = [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])];
    for (const branch of branches) walk(branch, at, resolving);
    if (node.properties) {
      for (const [key, child] of Object.entries(node.properties))
        walk(child, at === "" ? key : `${at}.${key}`, resolving);
      return;
    }
    if (typeof node.additionalProperties === "object") return void fields.add(`${at}.*`);
    const items = node.items;
    if (node.type === "array" && items && (items.properties || items.$ref || items.anyOf))
      return walk(items, `${at}[]`, resolving);
    if (branches.length === 0) fields.add(at);
  };
  walk(root, "", new Set());
  return [...fields];
}

/** Bookkeeping no form shows: the format's version and the line of the source document a value was read from. */
const NOT_A_FIELD = (pattern: string) => pattern === "formatVersion" || /(^|\.)sourceLine$/.test(pattern);

describe("填报说明 of every field", () => {
  const fields = schemaFields();

  it("finds the fields of every form in the schema", () => {
    expect(fields.length).toBeGreaterThan(350);
    expect(fields).toContain("projects[].evaluation.execution[].adjusted");
    expect(fields).toContain("publishedScores[].components[].score");
    expect(fields).toContain("filing.cover.lines");
  });

  it("every field of every form has a non-empty help text", () => {
    const missing = fields.filter(
      (pattern) => !NOT_A_FIELD(pattern) && !fieldHelp(pattern.replaceAll("[]", "[0]").replace(".*", ".x"))?.trim(),
    );
    expect(missing).toEqual([]);
  });

  it("has no text for a field the schema does not have", () => {
    const patterns = new Set(fields.map((pattern) => helpPattern(pattern.replaceAll("[]", "[0]").replace(".*", ".x"))));
    expect(Object.keys(FIELD_HELP).filter((key) => !patterns.has(key))).toEqual([]);
  });

  it("says what the field is, its unit and how it is computed, one text for a table's field wherever the table is", () => {
    const adjusted = fieldHelp(["projects", 3, "evaluation", "execution", 0, "adjusted"]);
    expect(adjusted).toBe(fieldHelp("department.evaluation.execution[1].adjusted"));
    expect(adjusted).toContain("执行率 = 全年执行数 ÷ 全年预算数");
    expect(adjusted).toContain("万元");
    expect(fieldHelp("finalAccounts.generalBudget.amount")).toContain("财决07表");
    expect(fieldHelp("finalAccounts.income.items[2].printed.changeRate")).toContain("(本年 − 上年) ÷ 上年");
    expect(fieldHelp("unit.staff.authorized")).toContain("（人）");
    expect(fieldHelp("finalAccounts.assets.vehiclesByUse.应急保障用车")).toContain("辆");
    expect(fieldHelp("projects[0].sourceLine")).toBeNull();
    expect(fieldHelp("finalAccounts")).toBeNull();
  });
});

describe("填报说明 of every form", () => {
  it("is a non-empty text for every form, named by a part of the dataset", () => {
    const fields = Object.keys(FIELD_HELP);
    for (const [key, text] of Object.entries(FORM_HELP)) {
      expect(text.trim(), key).not.toBe("");
      // The form's key is a part of the dataset: some field's pattern starts with it.
      const root = key
        .replace(/\.start$/, "")
        .replace(/^finalAccounts\.otherBudgets$/, "finalAccounts.governmentFundSpending");
      const base = root === "evaluation.weights" ? "evaluation.executionWeight" : root;
      expect(
        fields.some((field) => field === base || field.startsWith(`${base}.`) || field.startsWith(`${base}[`)),
        key,
      ).toBe(true);
    }
    expect(FORM_HELP["evaluation.execution"]).toContain("执行率 = 全年执行数 ÷ 全年预算数");
  });
});
