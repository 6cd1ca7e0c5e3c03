import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { requireValidDataset } from "./require-valid-dataset.ts";
import { datasetText } from "./dataset-text.ts";
import { withIndicator } from "./indicator-table.ts";

const EXAMPLES = fileURLToPath(new URL("../../../examples", import.meta.url));

describe("datasetText", () => {
  const datasets = readdirSync(EXAMPLES)
    .filter((file) => file.endsWith(".json"))
    .map((file) => [file, requireValidDataset(JSON.parse(readFileSync(join(EXAMPLES, file), "utf8")))] as const);

  it.each(datasets)("is JSON.stringify's text of %s, before and after edits sharing its parts", (_file, dataset) => {
    expect(datasetText(dataset)).toBe(JSON.stringify(dataset));
    // Again, now from the kept texts.
    expect(datasetText(dataset)).toBe(JSON.stringify(dataset));
    const table = dataset.projects.findIndex((p) => (p.evaluation?.indicators.length ?? 0) > 0);
    if (table >= 0) {
      const ref = { kind: "project", index: table } as const;
      const indicator = dataset.projects[table]?.evaluation?.indicators[0];
      const edited = withIndicator(dataset, ref, 0, { ...indicator!, actual: "已核实 12" });
      expect(datasetText(edited)).toBe(JSON.stringify(edited));
      expect(datasetText(edited)).toContain('"actual":"已核实 12"');
      const again = withIndicator(edited, ref, 0, { ...indicator!, actual: "13" });
      expect(datasetText(again)).toBe(JSON.stringify(again));
    }
    // A section left out (undefined) and a project hole are written as JSON.stringify writes them.
    const odd = { ...dataset, department: undefined, projects: [...dataset.projects, undefined] } as never;
    expect(datasetText(odd)).toBe(JSON.stringify(odd));
  });
});
