import { describe, expect, it } from "vitest";
import { mergeRuns } from "./merge-runs.ts";

describe("mergeRuns", () => {
  it("merges equal neighbours and never merges blanks", () => {
    expect(mergeRuns(["产出", "产出", "产出", "效益", "满意度", "成本"])).toEqual([3, 0, 0, 1, 1, 1]);
    expect(mergeRuns(["产出", null, null, "产出"])).toEqual([1, 1, 1, 1]);
    expect(mergeRuns(["a", "b", "a", "a"])).toEqual([1, 1, 2, 0]);
    expect(mergeRuns([])).toEqual([]);
  });
});
