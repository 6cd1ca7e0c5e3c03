import { describe, expect, it } from "vitest";
import { applyDatasetChanges, diffDatasets } from "./dataset-diff.ts";

describe("dataset differences", () => {
  const before = {
    year: 2023,
    projects: [
      {
        name: "科普",
        evaluation: {
          indicators: [
            { level3: "培训人次", actual: "1500" },
            { level3: "满意度", actual: "95%" },
          ],
        },
      },
    ],
  };
  const after = {
    year: 2023,
    unit: { name: "某县科协" },
    projects: [
      {
        name: "科普",
        evaluation: { indicators: [{ level3: "培训人次", actual: "1600", reason: "超额" }] },
      },
    ],
  };

  it("names every changed field by its dataset path", () => {
    const changes = diffDatasets(before, after);
    expect(changes.map((c) => c.path).sort()).toEqual(
      [
        "projects[0].evaluation.indicators[0].actual",
        "projects[0].evaluation.indicators[0].reason",
        "projects[0].evaluation.indicators[1]",
        "unit",
      ].sort(),
    );
    const actual = changes.find((c) => c.path.endsWith("[0].actual"));
    expect(actual).toMatchObject({ before: "1500", after: "1600" });
    expect(changes.find((c) => c.path.endsWith("indicators[1]"))?.after).toBeUndefined();
  });

  it("replays the changes to the later version, leaving the original alone", () => {
    const replayed = applyDatasetChanges(before, diffDatasets(before, after));
    expect(replayed).toEqual(after);
    expect(before.projects[0]?.evaluation.indicators).toHaveLength(2);
    expect(diffDatasets(before, before)).toEqual([]);
  });
});
