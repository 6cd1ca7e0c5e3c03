/**
 * Reads the comparable values of an indicator: its operator (the canonical field, else the printed glyph, else a
 * glyph typed in front of the target), the target and actual numbers, and their units. When the target is in a
 * 万-unit and the actual is a bare number thousands of times larger (≧2万人次 vs 25000), the actual was evidently
 * typed in the base unit and is converted; the audit reports the mix-up separately.
 *
 * A numeric target whose 完成值 is only a word of completion ("完成", "已完成", "全部完成", "已完成100%") was reached:
 * the actual is read as the target itself (≤30万元 with "完成" is met). A "100%" in such a phrase is the share of the
 * task done, not a measure in the target's unit — unless the target is itself a percentage (满意度 90% vs 100%).
 * @module
 */
import type { Indicator } from "../dataset/schema.ts";
import { Dec } from "../numbers/decimal.ts";
import { type TimeTarget, parseTimeTarget } from "../parse/parse-deadline.ts";
import { normalizeUnit, parseMeasure, unitScale } from "../parse/parse-measure.ts";
import { type Operator, parseOperator } from "../parse/parse-operator.ts";

export interface IndicatorValues {
  operator: Operator | null;
  /** True when no operator was written and ≥ is assumed for a numeric target. */
  operatorAssumed: boolean;
  target: Dec | null;
  actual: Dec | null;
  targetUnit: string | null;
  actualUnit: string | null;
  /** Factor applied to the actual to bring it into the target's unit (1 when none). */
  actualScale: Dec;
  unitConverted: boolean;
  /** Units written on both sides that cannot be compared ("%" vs "人"). */
  unitsIncompatible: boolean;
  /** A time target (时效: 年底前, 2023年11月底前, 按时 …), judged from the actual text instead of a number. */
  timeTarget: TimeTarget | null;
  /** The target is a change in a direction (提升8%, 下降5%): the actual is read as the size of the change that way. */
  direction: "up" | "down" | null;
  /** The 完成值 as written when it is only a word of completion ("已完成100%"), read as the target; absent otherwise. */
  doneWord?: string;
}

/** "完成", "已完成", "全部完成", "按期完成", "已达成", "完成100%", "已完成100%", "100%完成". */
const DONE_WORD =
  /^(?:(?:已|均已|全部|全面|已全部|按时|按期|如期|按计划|已按计划)?(?:完成|达成|实现)(?:目标|任务|计划)?(?:100%|百分之百)?|100%完成)$/;

const ONE = new Dec(1);
const ONE_TEN_THOUSANDTH = ONE.div(10_000);

const NO_TIME = null;

/**
 * Readings by the five cells they are read from — 指标值, 完成值, 计量单位, operator and printed operator, nested one Map
 * per cell so that no key is joined and no two cell sets share one — as parseMeasure keeps its cells: a province
 * repeats a few thousand such rows a million times, and a reading is never changed once made (its Decimals are
 * immutable). Bounded: emptied when full.
 */
type CellsMap<T> = Map<string | undefined, T>;
const readingsByCells: CellsMap<CellsMap<CellsMap<CellsMap<CellsMap<IndicatorValues>>>>> = new Map();
let readingsKept = 0;
const READINGS_KEPT = 20_000;

function levelOf<T>(map: CellsMap<CellsMap<T>>, key: string | undefined): CellsMap<T> {
  let level = map.get(key);
  if (level === undefined) {
    level = new Map();
    map.set(key, level);
  }
  return level;
}

export function readIndicatorValues(indicator: Indicator): IndicatorValues {
  const byOperatorPrinted = levelOf(
    levelOf(levelOf(levelOf(readingsByCells, indicator.target), indicator.actual), indicator.unit),
    indicator.operator,
  );
  let values = byOperatorPrinted.get(indicator.operatorPrinted);
  if (values === undefined) {
    values = readCells(indicator);
    if (readingsKept >= READINGS_KEPT) {
      readingsByCells.clear();
      readingsKept = 0;
      return values;
    }
    byOperatorPrinted.set(indicator.operatorPrinted, values);
    readingsKept += 1;
  }
  return values;
}

/** The reading of the cells of one row; it reads no field but the five readIndicatorValues keeps it by. */
function readCells(indicator: Indicator): IndicatorValues {
  const target = parseMeasure(indicator.target);
  const actual = parseMeasure(indicator.actual);
  const written =
    indicator.operator ??
    (indicator.operatorPrinted ? parseOperator(indicator.operatorPrinted) : null) ??
    target.operator;
  // "12月底前" reads as the number 12 with the unit "月底前": a deadline is looked for before any number.
  const timeTarget =
    target.value === null || /月|季度|年/.test(target.unit ?? "") ? parseTimeTarget(indicator.target) : NO_TIME;
  if (timeTarget) {
    return {
      operator: "定性",
      operatorAssumed: false,
      target: null,
      actual: null,
      targetUnit: null,
      actualUnit: null,
      actualScale: ONE,
      unitConverted: false,
      unitsIncompatible: false,
      timeTarget,
      direction: null,
    };
  }
  const targetUnit = target.unit ?? normalizeUnit(nonEmpty(indicator.unit));
  const doneWord = doneWordOf(indicator.actual, target.value, targetUnit);
  if (doneWord !== null && target.value !== null) {
    return {
      operator: written === "定性" ? "定性" : (written ?? "≥"),
      operatorAssumed: written === null,
      target: written === "定性" ? null : target.value,
      actual: written === "定性" ? null : target.value,
      targetUnit,
      actualUnit: targetUnit,
      actualScale: ONE,
      unitConverted: false,
      unitsIncompatible: false,
      timeTarget: NO_TIME,
      direction: target.direction,
      doneWord,
    };
  }
  const actualUnit = actual.unit;
  let actualValue = actual.value;
  // 下降5% against 下降6%: both the size of the fall. Against 上升2%, the fall is −2; a bare −6% is a fall of 6.
  const direction = target.direction;
  if (direction !== null && actualValue !== null) {
    if (actual.direction !== null && actual.direction !== direction) actualValue = actualValue.negated();
    else if (actual.direction === null && direction === "down" && actualValue.isNegative())
      actualValue = actualValue.abs();
  }
  let actualScale = ONE;
  let unitConverted = false;
  let unitsIncompatible = false;

  if (actualValue !== null && target.value !== null && targetUnit !== null) {
    if (actualUnit !== null && actualUnit !== targetUnit) {
      const scale = unitScale(actualUnit, targetUnit);
      if (scale === null) unitsIncompatible = true;
      else {
        actualScale = scale;
        unitConverted = !scale.equals(1);
      }
    } else if (actualUnit === null && targetUnit.startsWith("万") && target.value.greaterThan(0)) {
      if (actualValue.div(target.value).greaterThanOrEqualTo(1000)) {
        actualScale = ONE_TEN_THOUSANDTH;
        unitConverted = true;
      }
    }
    if (actualScale !== ONE) actualValue = actualValue.times(actualScale);
  }

  const isQualitative = written === "定性" || (target.value === null && (indicator.target ?? "").trim() !== "");
  const operator: Operator | null = isQualitative ? "定性" : written;
  const operatorAssumed = operator === null && target.value !== null;
  return {
    operator: operatorAssumed ? "≥" : operator,
    operatorAssumed,
    target: isQualitative ? null : target.value,
    actual: isQualitative ? null : actualValue,
    targetUnit,
    actualUnit,
    actualScale,
    unitConverted,
    unitsIncompatible,
    timeTarget: NO_TIME,
    direction,
  };
}

/** The 完成值 when it is only a word of completion against a numeric target; null otherwise. */
function doneWordOf(actual: string | undefined, targetValue: Dec | null, targetUnit: string | null): string | null {
  if (targetValue === null || actual === undefined) return null;
  const text = actual.replace(/\s+/g, "").replace(/％/g, "%");
  if (!DONE_WORD.test(text)) return null;
  // Against a percentage target, a percentage actual is a measure of its own (满意度 100% against 90%).
  if (targetUnit === "%" && /\d/.test(text)) return null;
  return actual.trim();
}

function nonEmpty(text: string | undefined): string | null {
  const t = (text ?? "").trim();
  return t === "" ? null : t;
}
