import { describe, expect, it } from "vitest";
import { formatPath, parsePath, pathStartsWith, valueAtPath } from "./dataset-path.ts";

describe("dataset paths", () => {
  it("prints segments as the audit's locations are written", () => {
    expect(formatPath(["projects", 2, "evaluation", "indicators", 3, "actual"])).toBe(
      "projects[2].evaluation.indicators[3].actual",
    );
    expect(formatPath(["narrative", 0])).toBe("narrative[0]");
    expect(formatPath([])).toBe("");
  });
  it("reads a location back into the same segments", () => {
    for (const text of ["projects[2].evaluation.indicators[3].actual", "basicData.funds[2].final", "unit", "a[0][1].b"])
      expect(formatPath(parsePath(text) ?? [])).toBe(text);
    expect(parsePath("finalAccounts.charts[1].series[0].values[4]")).toEqual([
      "finalAccounts",
      "charts",
      1,
      "series",
      0,
      "values",
      4,
    ]);
  });
  it("is null for text that is not a path", () => {
    for (const text of ["第13行", "（根）", "", "[0].a", "a..b", "a.", "a[x]", "a b"])
      expect(parsePath(text)).toBeNull();
  });
  it("tells a path under another", () => {
    expect(pathStartsWith(["projects", 3, "name"], ["projects", 3])).toBe(true);
    expect(pathStartsWith(["projects", 3], ["projects", 3, "name"])).toBe(false);
    expect(pathStartsWith(["projects", 30], ["projects", 3])).toBe(false);
  });
  it("reads the value at a path", () => {
    const dataset = { projects: [{ name: "科普" }, { name: "培训" }] };
    expect(valueAtPath(dataset, ["projects", 1, "name"])).toBe("培训");
    expect(valueAtPath(dataset, ["projects", 5, "name"])).toBeUndefined();
    expect(valueAtPath(dataset, [])).toBe(dataset);
  });
});
