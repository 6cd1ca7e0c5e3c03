import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/core/dataset/schema.ts";
import { updateAt } from "./update-at.ts";

describe("updateAt", () => {
  const dataset = {
    formatVersion: 1,
    year: 2024,
    projects: [{ name: "甲" }, { name: "乙" }],
    narrative: [],
  } as unknown as Dataset;
  it("copies along the path and shares the rest", () => {
    const next = updateAt(dataset, ["projects", 1, "name"], "丙");
    expect(next.projects[1]?.name).toBe("丙");
    expect(dataset.projects[1]?.name).toBe("乙");
    expect(next.projects[0]).toBe(dataset.projects[0]);
    expect(next.narrative).toBe(dataset.narrative);
  });
  it("creates missing objects and removes a field set to undefined", () => {
    const withUnit = updateAt(dataset, ["unit", "staff", "authorized"], 6);
    expect(withUnit.unit?.staff?.authorized).toBe(6);
    expect(updateAt(withUnit, ["unit", "staff", "authorized"], undefined).unit?.staff).toEqual({});
  });
});
