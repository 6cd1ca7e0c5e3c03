import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/core/dataset/schema.ts";
import { validateDataset } from "../../../src/core/dataset/validate-dataset.ts";
import { changedSections, issuesAt, sectionIssues, withParsedSection, withSavedSection } from "./dataset-sections.ts";
import { updateAt } from "./update-at.ts";

function liangshan(): Dataset {
  const result = validateDataset(
    JSON.parse(readFileSync(new URL("../../../examples/liangshan-2023.json", import.meta.url), "utf8")),
  );
  if (!result.ok) throw new Error("example invalid");
  return result.dataset;
}

describe("saving by sections", () => {
  it("lists only the changed sections, one project alone, and a removed section as null", () => {
    const base = liangshan();
    let local = updateAt(base, ["unit", "staff", "inService"], 31);
    local = updateAt(local, ["projects", 3, "evaluation", "indicators", 0, "actual"], "99");
    local = updateAt(local, ["budget"], undefined);
    expect(changedSections(base, local).map((s) => [s.key, s.value === null])).toEqual([
      ["unit", false],
      ["budget", true],
      ["projects.3", false],
    ]);
    let saved = withSavedSection(base, local, "unit");
    saved = withSavedSection(saved, local, "projects.3");
    expect(changedSections(saved, local).map((s) => s.key)).toEqual(["budget"]);
    expect(saved.projects[2]).toBe(base.projects[2]);
  });

  it("a removed project sends the whole list", () => {
    const base = liangshan();
    const local = { ...base, projects: base.projects.slice(1) };
    expect(changedSections(base, local).map((s) => s.key)).toEqual(["projects"]);
  });

  it("finds what the server would refuse, located, in a section or one project", () => {
    const base = liangshan();
    expect(sectionIssues(updateAt(base, ["unit", "name"], undefined), "unit")[0]?.location).toBe("unit.name");
    expect(issuesAt(updateAt(base, ["projects", 4, "name"], undefined), ["projects", 4, "name"])[0]?.location).toBe(
      "projects[4].name",
    );
    expect(issuesAt(updateAt(base, ["unit", "staff", "inService"], 3), ["unit", "staff", "inService"])).toEqual([]);
  });

  it("gives a section made by one field its schema defaults (the audit reads basicData.funds)", () => {
    const base = liangshan();
    expect(base.basicData).toBeUndefined();
    const edited = withParsedSection(updateAt(base, ["basicData", "frugalityMeasures"], "压减会议费"), [
      "basicData",
      "frugalityMeasures",
    ]);
    expect(edited.basicData).toEqual({ funds: [], frugalityMeasures: "压减会议费" });
    expect(edited.projects).toBe(base.projects);
  });
});
