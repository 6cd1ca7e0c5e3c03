import { describe, expect, it } from "vitest";
import { brief, runCheck } from "./check-fixture.ts";
import { filingResidueCheck } from "./filing-residue.ts";

describe("FILING-RESIDUE", () => {
  it("an error for each text holding 【请补充】/【请核实】, as the published report that carried them", () => {
    const findings = runCheck(filingResidueCheck, {
      narrative: [
        { title: "三、存在的问题", text: "存在的问题【请补充：存在的问题及原因分析】" },
        { title: "二、自评得分", text: "【请核实：自评表分值合计应为100分，现为90分】得分97分。" },
        { title: "四、公开情况", text: "在单位网站公开。【注意】为单位自己的标注" },
      ],
    });
    expect(brief(findings)).toEqual([
      {
        code: "FILING-RESIDUE",
        severity: "error",
        location: "narrative[0].text",
        expected: "按提示补充或核实后删去提示",
      },
      {
        code: "FILING-RESIDUE",
        severity: "error",
        location: "narrative[1].text",
        expected: "按提示补充或核实后删去提示",
      },
    ]);
    expect(findings[1]?.found).toBe("【请核实：自评表分值合计应为100分，现为90分】");
  });

  it("nothing for parts that do not add up: the 决算说明 prints no rounding note, SUM-PARTS reports the gap", () => {
    const findings = runCheck(filingResidueCheck, {
      unit: { name: "某单位" },
      finalAccounts: {
        expenditure: {
          total: "100.00",
          byClass: [
            { name: "科学技术支出", amount: "60.01" },
            { name: "社会保障和就业支出", amount: "40.00" },
          ],
        },
      },
    });
    expect(findings).toEqual([]);
  });

  it("an error for a table weighted in part; none for a form that prints no weights, nor for 其中 sub-rows", () => {
    const unweighted = runCheck(filingResidueCheck, {
      department: {
        evaluation: {
          indicators: [
            { level1: "产出指标", level3: "科技工作者建议", operator: "≥", target: "3", unit: "篇", actual: "11" },
            { level1: "产出指标", level3: "学术交流活动", operator: "≥", target: "10", unit: "次", actual: "10" },
          ],
        },
      },
    });
    expect(unweighted).toEqual([]);
    const subRows = runCheck(filingResidueCheck, {
      department: {
        evaluation: {
          indicators: [
            {
              level1: "产出指标",
              level3: "种植面积",
              operator: "≥",
              target: "30",
              unit: "亩",
              actual: "30",
              weight: "10",
            },
            { level1: "产出指标", level3: "其中大棚蔬菜", operator: "≥", target: "3", unit: "亩", actual: "3" },
          ],
        },
      },
    });
    expect(subRows).toEqual([]);
    const findings = runCheck(filingResidueCheck, {
      department: {
        evaluation: {
          indicators: [
            { level1: "产出指标", level3: "科技工作者建议", operator: "≥", target: "3", unit: "篇", actual: "11" },
            {
              level1: "产出指标",
              level3: "学术交流活动",
              operator: "≥",
              target: "10",
              unit: "次",
              actual: "10",
              weight: "10",
            },
          ],
        },
      },
    });
    expect(findings.map((f) => [f.location, f.found])).toEqual([
      ["department.evaluation.indicators", "1项指标未设分值"],
    ]);
  });

  it("an error for an indicator named with another year: the reports would flag it 【请核实】", () => {
    const findings = runCheck(filingResidueCheck, {
      year: 2023,
      projects: [
        {
          name: "科普专项",
          evaluation: {
            indicators: [
              {
                level1: "产出指标",
                level3: "2022年1-12月完成",
                operator: "≥",
                target: "1",
                unit: "次",
                actual: "1",
                weight: "10",
              },
              {
                level1: "产出指标",
                level3: "2023年完成",
                operator: "≥",
                target: "1",
                unit: "次",
                actual: "1",
                weight: "10",
              },
            ],
          },
        },
      ],
    });
    expect(findings.map((f) => [f.severity, f.location])).toEqual([
      ["error", "projects[0].evaluation.indicators[0].level3"],
    ]);
  });

  it("nothing when the parts add up and no flag is left", () => {
    expect(
      runCheck(filingResidueCheck, {
        unit: { name: "某单位" },
        finalAccounts: { expenditure: { total: "100.00", byClass: [{ name: "科学技术支出", amount: "100.00" }] } },
        narrative: [{ title: "一、概况", text: "本单位……" }],
      }),
    ).toEqual([]);
  });
});
