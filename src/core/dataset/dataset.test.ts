import { describe, expect, it } from "vitest";
import { datasetJsonSchema } from "./json-schema.ts";
import { parseDatasetJson, validateDataset } from "./validate-dataset.ts";

describe("dataset validation", () => {
  it("accepts a minimal dataset: every section is optional", () => {
    const result = validateDataset({ formatVersion: 1, year: 2023 });
    expect(result.ok).toBe(true);
    expect(result.ok && result.dataset.projects).toEqual([]);
  });
  it("names the JSON path of every problem, in Chinese", () => {
    const result = validateDataset({
      formatVersion: 1,
      year: 2023,
      finalAccounts: { expenditure: { total: "874,05", items: [{ name: "基本支出", amount: 468.99 }] } },
    });
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues.map((i) => i.location)).toEqual([
      "finalAccounts.expenditure.total",
      "finalAccounts.expenditure.items[0].amount",
    ]);
    expect(issues[0]?.message).toBe("金额应为数字（万元最多6位小数，元最多2位小数），如 874.05");
    expect(issues[1]?.message).toMatch(/期望.*string|字符串/);
  });
  it("refuses unknown fields and a wrong format version", () => {
    const result = validateDataset({ formatVersion: 3, year: 2023, surprise: true });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues.map((i) => i.location)).toEqual(["formatVersion", "（根）"]);
  });
  it("reports a JSON syntax error with its line and column", () => {
    const result = parseDatasetJson('{\n  "formatVersion": 1,\n  "year": 2023,,\n}');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]).toEqual({ location: "第3行第16列", message: "不是合法的 JSON" });
  });
  it("refuses huge payloads before parsing them", () => {
    const result = parseDatasetJson(" ".repeat(21 * 1024 * 1024));
    expect(!result.ok && result.issues[0]?.message).toContain("文件过大");
  });
  it("refuses hostile sizes inside the document (too many projects)", () => {
    const projects = Array.from({ length: 501 }, (_, i) => ({ name: `p${i}` }));
    const result = validateDataset({ formatVersion: 1, year: 2023, projects });
    expect(!result.ok && result.issues[0]?.location).toBe("projects");
  });
  it("exports a JSON Schema of the input format", () => {
    const schema = datasetJsonSchema() as { properties: Record<string, { description?: string }>; required: string[] };
    expect(schema.required).toEqual(["formatVersion", "year"]);
    expect(schema.properties.finalAccounts).toBeDefined();
    expect(schema.properties.year?.description).toBe("年度");
  });
});
