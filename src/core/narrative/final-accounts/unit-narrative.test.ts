import { describe, expect, it } from "vitest";
import { Dataset } from "../../dataset/schema.ts";
import { narrativeLines, narrativePurpose, narrativeReason } from "./unit-narrative.ts";

const dataset = Dataset.parse({
  formatVersion: 1,
  year: 2023,
  narrative: [
    {
      title: "1、 收入支出决算总体情况说明",
      text: "2023年度收、支总计均为874.05万元，下降4%。主要变动原因是总体减少科普项目资金拨入所致。",
    },
    { title: "四、财政拨款收入支出决算总体情况说明", text: "主要变动原因是财政拨款减少3.42万元。" },
    {
      title: "（二）“三公”经费财政拨款支出决算具体情况说明",
      text: [
        "2.公务用车购置及运行维护费支出7.41万元。下降的主要原因是减少公务用车购置费用。",
        "公务用车运行维护费支出7.41万元。主要用于开展科普业务调研等所需的燃料费、维修费等支出。",
        "3.公务接待费支出0.19万元，增长27%。主要原因是增加接待金额。",
      ].join("\n"),
    },
    { title: "（二）政府采购支出情况", text: "政府采购支出总额0万元。主要用于…（具体工作）。" },
  ],
});

describe("the unit's own words", () => {
  it("takes a reason from its section, never the figures around it", () => {
    expect(narrativeReason(dataset, { section: /^\S{1,3}[、.．]\s*收入支出决算总体/ })).toBe(
      "主要变动原因是总体减少科普项目资金拨入所致。",
    );
  });

  it("refuses a reason that carries a figure", () => {
    expect(narrativeReason(dataset, { section: /财政拨款收入支出决算总体/ })).toBeUndefined();
  });

  it("finds the reason on the item's own line and drops the direction word before it", () => {
    const section = /“三公”经费财政拨款支出决算具体/;
    expect(narrativeReason(dataset, { section, line: /^\d+[.．、]\s*公务用车/ })).toBe(
      "主要原因是减少公务用车购置费用。",
    );
    expect(narrativeReason(dataset, { section, line: /^\d+[.．、]\s*公务接待/ })).toBe("主要原因是增加接待金额。");
    expect(narrativeReason(dataset, { section, line: /^\d+[.．、]\s*因公出国/ })).toBeUndefined();
  });

  it("takes a purpose clause, and refuses unfilled template text", () => {
    expect(narrativePurpose(dataset, { section: /“三公”经费财政拨款支出决算具体/, line: /^公务用车运行维护费/ })).toBe(
      "主要用于开展科普业务调研等所需的燃料费、维修费等支出。",
    );
    expect(narrativePurpose(dataset, { section: /政府采购/ })).toBeUndefined();
  });

  it("returns no lines for a section the narrative lacks", () => {
    expect(narrativeLines(dataset, /部门职责/)).toEqual([]);
  });
});
