/**
 * FILING-RESIDUE: nothing internal may reach a filed or published document. Three kinds of residue are errors:
 * - a 【请补充…】/【请核实…】 flag in the dataset's own text (a generated draft pasted back, as the published report
 *   that carried "【请核实：自评表分值合计应为100分，现为90分】" did);
 * - a flag the 决算说明 generator had to print, because the data leave a sentence open;
 * - an evaluation table weighted in part: the rows without a 分值 leave the table without a score or grade (a form
 *   that prints no weights at all is not residue: it is judged without them);
 * - an indicator named with another year ("2022年1-12月完成" in a 2023 table): the reports print it with
 *   【请核实：指标名称所写年份不是评价年度】 (YEAR-MISMATCH says the same as a warning; the flag makes it an error).
 * Each finding names where the residue comes from, so it can be fixed at its source; submission and publication,
 * refused while an error remains, then keep it out of every public PDF.
 * @module
 */
import { composeFinalAccounts } from "../../narrative/final-accounts/compose-final-accounts.ts";
import type { Finding } from "../../findings/finding.ts";
import { foreignYearFlag } from "../../narrative/self-evaluation/describe-indicator-result.ts";
import { findSubRows, isSubRow } from "../../scoring/indicator-sub-rows.ts";
import { isEmptyIndicatorRow } from "../../scoring/score-indicator.ts";
import type { AuditCheck } from "../audit-check.ts";
import { defineTextScreen, screenedTexts } from "../dataset-texts.ts";

const FLAG = /【(?:请补充|请核实)[^【】]*】/g;
const SCREEN = defineTextScreen((text) => text.includes("【"));

/**
 * foreignYearFlag of an indicator name, kept by year and name: a province's tables repeat a few thousand names, and
 * the flag depends on those two alone. Bounded: emptied when full.
 */
const flagsByYear = new Map<number | undefined, Map<string, string>>();
let flagsKept = 0;
const FLAGS_KEPT = 20_000;

function nameYearFlag(name: string, year: number | undefined): string {
  let byName = flagsByYear.get(year);
  if (byName === undefined) {
    byName = new Map();
    flagsByYear.set(year, byName);
  }
  let flag = byName.get(name);
  if (flag === undefined) {
    flag = foreignYearFlag(name, year);
    if (flagsKept >= FLAGS_KEPT) {
      flagsByYear.clear();
      flagsKept = 0;
    } else {
      byName.set(name, flag);
      flagsKept += 1;
    }
  }
  return flag;
}

export const filingResidueCheck: AuditCheck = {
  code: "FILING-RESIDUE",
  severity: "error",
  title: "待补充、待核实提示会进入公开文档",
  run(context) {
    const findings: Finding[] = [];
    for (const field of screenedTexts(context, SCREEN)) {
      const flags = field.text.match(FLAG);
      if (!flags) continue;
      findings.push({
        code: this.code,
        severity: this.severity,
        location: field.path,
        found: flags.join("、"),
        expected: "按提示补充或核实后删去提示",
        message: `文字中留有内部提示 ${flags.join("、")}，公开前应按提示补充或核实并删去提示`,
      });
    }
    const tables = [
      { path: "department.evaluation", table: context.dataset.department?.evaluation },
      ...context.dataset.projects.map((project, i) => ({
        path: `projects[${i}].evaluation`,
        table: project.evaluation,
      })),
    ];
    for (const { path, table } of tables) {
      (table?.indicators ?? []).forEach((indicator, i) => {
        // A name with no 年 names no year (most names): the flag's pattern is not run on it.
        const flag = indicator.level3.includes("年") ? nameYearFlag(indicator.level3, context.dataset.year) : "";
        if (flag === "") return;
        findings.push({
          code: this.code,
          severity: this.severity,
          location: `${path}.indicators[${i}].level3`,
          found: indicator.level3,
          expected: `指标名称写${context.dataset.year}年或不写年份`,
          message: `指标“${indicator.level3}”写的是其他年份，报告会在该指标后印出${flag}，公开前应改正指标名称`,
        });
      });
      // A form that prints no weights at all (湖北's, some 湖南 and 四川 tables, 西藏's prose-only indicators) is judged
      // met/unmet without them and claims no score; only a table weighted in part is missing something. Unused rows
      // (blank or "0") and 其中 sub-rows (parts of the row above, as ★ rows print them) carry no weight of their own.
      const rows = table?.indicators ?? [];
      const subRows = findSubRows(rows);
      const used = rows.filter((indicator, i) => !isEmptyIndicatorRow(indicator) && !isSubRow(subRows, i));
      const unweighted = used.filter((indicator) => indicator.weight === undefined).length;
      if (unweighted === 0 || unweighted === used.length) continue;
      findings.push({
        code: this.code,
        severity: this.severity,
        location: `${path}.indicators`,
        found: `${unweighted}项指标未设分值`,
        expected: "为每项指标填写分值",
        message: `自评表有${unweighted}项指标未设分值（同表其他指标有分值）：无法计算得分和等级，公开前应补齐分值`,
      });
    }
    const finalAccounts = context.dataset.finalAccounts ? composeFinalAccounts(context.dataset) : null;
    for (const block of finalAccounts?.blocks ?? []) {
      if (block.kind !== "paragraph" && block.kind !== "note") continue;
      const flags = block.text.match(FLAG);
      if (flags) {
        findings.push({
          code: this.code,
          severity: this.severity,
          location: "finalAccounts",
          quote: block.text,
          found: flags.join("、"),
          expected: "在数据中补齐该项",
          message: `部门决算情况说明会印出 ${flags.join("、")}：数据缺少这一项，应在数据中补齐`,
        });
      }
    }
    return findings;
  },
};
