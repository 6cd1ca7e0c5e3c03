/**
 * INDICATOR-NAME-TARGET: the indicator's name states a number in the indicator's own unit that differs from its
 * target ("组织100名以上…" with 指标值 ≥20 名; "满意度92%左右" with ≥95%). One of the two is wrong.
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import { Dec } from "../../numbers/decimal.ts";
import { normalizeWidth } from "../../parse/normalize-text.ts";
import type { AuditCheck } from "../audit-check.ts";
import { listScoredTables, shortName } from "../evaluation-tables.ts";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const CALENDAR_UNITS = new Set(["年", "月", "日"]);
const ANY_DIGIT = /[\d０-９]/;

/** "12.5万元"-style amounts in one unit; made once per unit, as the same few units recur in every table. */
const patterns = new Map<string, RegExp>();
function amountPattern(unit: string): RegExp {
  let pattern = patterns.get(unit);
  if (!pattern) {
    pattern = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*${escapeRegExp(unit)}`, "g");
    if (patterns.size < 1000) patterns.set(unit, pattern);
  }
  return pattern;
}

/**
 * The amounts a name states in the target's unit, leaving out what is not a target: calendar years ("2023年1-12月"
 * with a target of ≤1 年), per-head rates ("每名10万元"). When the name states a total ("共计50万元"), only that counts.
 */
function statedAmounts(name: string, pattern: RegExp, unit: string): RegExpMatchArray[] {
  const matches = [...name.matchAll(pattern)].filter((m) => {
    const before = name.slice(Math.max(0, (m.index ?? 0) - 2), m.index ?? 0);
    if (/每.?$/.test(before)) return false;
    return !(CALENDAR_UNITS.has(unit) && Number(m[1]) >= 1900);
  });
  const total = matches.find((m) => /(共计|合计|总计|共)$/.test(name.slice(0, m.index ?? 0)));
  return total ? [total] : matches;
}

interface NameReading {
  stated: RegExpMatchArray[];
  /** The sum of the stated amounts; null when none is stated. */
  statedTotal: Dec | null;
}

/**
 * What a name states in a unit, by unit and name as written: it depends on those two texts alone, and a province's
 * tables repeat a few thousand names. Bounded: emptied when full.
 */
const readingsByUnit = new Map<string, Map<string, NameReading>>();
let readingsKept = 0;
const READINGS_KEPT = 20_000;

function readName(level3: string, unit: string): NameReading {
  let byName = readingsByUnit.get(unit);
  if (byName === undefined) {
    byName = new Map();
    readingsByUnit.set(unit, byName);
  }
  let reading = byName.get(level3);
  if (reading === undefined) {
    const stated = statedAmounts(normalizeWidth(level3), amountPattern(unit), unit);
    // A name listing several amounts (38.9万元；25万元；…) states the parts of the target: their sum is compared.
    const statedTotal = stated.length === 0 ? null : stated.reduce((sum, m) => sum.plus(m[1] ?? "0"), new Dec(0));
    reading = { stated, statedTotal };
    if (readingsKept >= READINGS_KEPT) {
      readingsByUnit.clear();
      readingsKept = 0;
    } else {
      byName.set(level3, reading);
      readingsKept += 1;
    }
  }
  return reading;
}

export const indicatorNameTarget: AuditCheck = {
  code: "INDICATOR-NAME-TARGET",
  severity: "warning",
  title: "指标名称中的数值与指标值不符",
  run(context) {
    const findings: Finding[] = [];
    for (const { score, label } of listScoredTables(context)) {
      for (const scored of score.indicators) {
        const { values } = scored;
        if (values.target === null || values.targetUnit === null) continue;
        // Most names state no number at all: say so before normalizing the name.
        if (!ANY_DIGIT.test(scored.indicator.level3)) continue;
        const { stated, statedTotal } = readName(scored.indicator.level3, values.targetUnit);
        if (statedTotal === null || statedTotal.equals(values.target)) continue;
        const what =
          stated.length === 1
            ? (stated[0]?.[0] ?? "")
            : `${stated.map((m) => m[0]).join("、")}（合计 ${statedTotal}${values.targetUnit}）`;
        findings.push({
          code: this.code,
          severity: this.severity,
          location: `${scored.path}.target`,
          expected: `${statedTotal}${values.targetUnit}`,
          found: `${scored.indicator.target ?? ""}${scored.indicator.unit ?? ""}`,
          message: `${label}指标名称“${shortName(scored.indicator.level3)}”写的是 ${what}，指标值却是 ${scored.indicator.operatorPrinted ?? scored.indicator.operator ?? ""}${scored.indicator.target ?? ""}${scored.indicator.unit ?? ""}`,
        });
      }
    }
    return findings;
  },
};
