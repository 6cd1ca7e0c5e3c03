import { describe, expect, it } from "vitest";
import { brief, runCheck } from "./check-fixture.ts";
import { yearMismatchCheck } from "./year-mismatch.ts";

describe("YEAR-MISMATCH", () => {
  it("flags last year's result stated as this year's (seed 000, a 2024 report)", () => {
    const findings = runCheck(yearMismatchCheck, {
      year: 2024,
      narrative: [
        {
          title: "二、部门整体支出绩效实现情况",
          text: "项目绩效评级为“优”。2023年科协整体绩效目标基本实现，进一步推进了科协事业的发展。",
        },
      ],
    });
    expect(brief(findings)).toEqual([
      { code: "YEAR-MISMATCH", severity: "warning", location: "narrative[0].text", expected: "2024年" },
    ]);
    expect(findings[0]?.found).toBe("2023年科协整体绩效目标基本实现");
  });

  it("flags a later event date in a project and another year in an indicator (seed 004, 2023)", () => {
    const findings = runCheck(yearMismatchCheck, {
      projects: [
        {
          name: "换届选举项目",
          process: "2022年预算财政资金44.84万元。会议于2024年11月15日至11月17日如期召开。",
          evaluation: { indicators: [{ level1: "产出指标", level2: "时效指标", level3: "2022年1-12月前" }] },
        },
      ],
    });
    expect(brief(findings)).toEqual([
      { code: "YEAR-MISMATCH", severity: "warning", location: "projects[0].process", expected: "2023年" },
      {
        code: "YEAR-MISMATCH",
        severity: "warning",
        location: "projects[0].evaluation.indicators[0].level3",
        expected: "2023年",
      },
    ]);
    expect(findings[0]?.found).toBe("会议于2024年11月15日至11月17日如期召开");
  });

  it("keeps comparisons, signature dates, titles, notices, plans and covering ranges", () => {
    const findings = runCheck(yearMismatchCheck, {
      year: 2023,
      narrative: [
        {
          title: "一、收入支出决算总体情况说明",
          text: [
            "与2022年度相比，收、支总计各减少3.42万元。",
            "2022年预算财政资金44.84万元，准备召开州科协第五次代表大会。",
            "开展了2022年项目自评并打分，并随同2022年决算同步公示公开。",
            "签署《川滇藏甘青科协深化科普资源共享合作协议（2023-2028年）》。",
            "根据《关于开展2024年度绩效评价的通知》要求。",
            "2024年将继续推进科普工作。",
            "加快2023年度10个省级中心村任务，确保2024年通过各级验收。",
            "特此报告。",
            "2024年1月15日",
          ].join("\n"),
        },
      ],
      projects: [
        {
          name: "2022年度关爱儿童示范岗补助经费",
          evaluation: { indicators: [{ level1: "产出指标", level3: "2023年1-12月完成" }] },
        },
      ],
    });
    expect(findings).toEqual([]);
  });
});
