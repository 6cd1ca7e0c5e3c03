/**
 * Finds the statements of change against last year: "与2022年度相比，收、支总计各减少3.42万元，下降4%",
 * "本年度基本支出124.88万元，上年度基本支出118.84万元，增加6.04元", "比2022年度增加1.84万元，增长37.3%", and the
 * one with its verb left out, "与2022年度相比，财政拨款收、支总计各3.42万元，下降4%".
 *
 * A change is read only where a comparison word or last year's figure says what it is measured against. This
 * year's figure is the last level amount before the change in the sentence, or, when the sentence opens with the
 * comparison ("2023年度收、支总计均为874.05万元。与2022年度相比，收、支总计各减少…"), the last amount earlier in the
 * paragraph, provided it names the same thing.
 * Unfilled template text ("增加/减少0万元") is left to PROSE-TEMPLATE-UNFILLED.
 *
 * A sentence may state several changes, each after its own comparison: the total's and then a part's ("预算较2021年度
 * 增加1.68万元，其中公务接待较上年同期减少0.58万元，减少4.68%"). A comparison word that is followed by a change amount of
 * its own, after a statement that already has its change or rate, begins the next statement. Figures compared with
 * the year's own budget ("较年初预算数减少10.93万元，下降54.65%") belong to budget-changes.ts, not to any of them.
 * @module
 */
import { normalizeWidth } from "../parse/normalize-text.ts";
import {
  type ComparisonMarker,
  changeVerbBefore,
  findBudgetComparisonSpans,
  isPriorFigure,
} from "./comparison-markers.ts";
import { type Figure, isMoney, isPercent } from "./extract-figures.ts";
import { isLevelAmount, normalizeLabel } from "./figure-roles.ts";
import { earlierInParagraph, type ProseDocument, type ReadSentence } from "./prose-document.ts";
import { hasTemplateAlternatives } from "./template-patterns.ts";

/** "本年支出合计为874.05万元" states a level, not a change whose verb was left out. */
const STATED_LEVEL = /本年|今年|当年|(?:为|是|达到?)$/;

export interface FigureInSentence {
  figure: Figure;
  sentence: ReadSentence;
}

export interface ChangeStatement {
  sentence: ReadSentence;
  /** The change amount ("3.42" of "减少3.42万元"); its unit may be 元 or missing. */
  change: Figure | null;
  /** The verb before the change amount; null when the verb was left out. */
  changeVerb: string | null;
  /** The change rate ("4" of "下降4%") and its verb. */
  rate: Figure | null;
  rateVerb: string | null;
  current: FigureInSentence | null;
  prior: FigureInSentence | null;
}

/** Every change statement of the report, in document order. */
export function extractChanges(document: ProseDocument): ChangeStatement[] {
  const statements: ChangeStatement[] = [];
  for (const sentence of document.sentences) {
    if (sentence.comparisons.length === 0 && sentence.figures.length === 0) continue;
    for (const part of statementParts(sentence)) {
      const statement = readChange(document, sentence, part);
      if (statement) statements.push(statement);
    }
  }
  return statements;
}

interface StatementPart {
  /** The figures of this statement's part of the sentence. */
  figures: readonly Figure[];
  comparisons: readonly ComparisonMarker[];
  /** Every figure of the sentence outside its budget comparisons: this year's figure may stand before the part. */
  sentenceFigures: readonly Figure[];
}

const isChangeAmount = (f: Figure) => (isMoney(f) || f.unit === null) && changeVerbBefore(f) !== null;
const isChangeFigure = (f: Figure) => changeVerbBefore(f) !== null && (isMoney(f) || isPercent(f) || f.unit === null);

/** The statements of change of a sentence, each with its figures and comparison words (see the module note). */
function statementParts(sentence: ReadSentence): StatementPart[] {
  const { comparisons } = sentence;
  // Most sentences compare once, with no budget: one statement, as printed.
  const budgetSpans =
    /预算/.test(sentence.text) && comparisons.length > 0 ? findBudgetComparisonSpans(sentence.text, comparisons) : [];
  const figures =
    budgetSpans.length === 0
      ? sentence.figures
      : sentence.figures.filter((f) => !budgetSpans.some((span) => f.start >= span.start && f.start < span.end));
  if (comparisons.length < 2) return [{ figures, comparisons, sentenceFigures: figures }];
  const parts: StatementPart[] = [];
  let from = 0;
  let markersFrom = 0;
  for (let i = 1; i < comparisons.length; i++) {
    const start = (comparisons[i] as ComparisonMarker).start;
    const end = comparisons[i + 1]?.start ?? Number.POSITIVE_INFINITY;
    const before = figures.filter((f) => f.start >= from && f.start < start);
    const own = figures.filter((f) => f.start >= start && f.start < end);
    if (!before.some(isChangeFigure) || !own.some(isChangeAmount)) continue;
    parts.push({ figures: before, comparisons: comparisons.slice(markersFrom, i), sentenceFigures: figures });
    from = start;
    markersFrom = i;
  }
  if (parts.length === 0) return [{ figures, comparisons, sentenceFigures: figures }];
  parts.push({
    figures: figures.filter((f) => f.start >= from),
    comparisons: comparisons.slice(markersFrom),
    sentenceFigures: figures,
  });
  return parts;
}

function readChange(
  document: ProseDocument,
  sentence: ReadSentence,
  { figures, comparisons, sentenceFigures }: StatementPart,
): ChangeStatement | null {
  if (hasTemplateAlternatives(normalizeWidth(sentence.text))) return null;
  const year = document.reportYear;
  const priorFigure = figures.find(
    (f) => isMoney(f) && changeVerbBefore(f) === null && isPriorFigure(f, sentence.comparisons, year),
  );
  if (comparisons.length === 0 && !priorFigure) return null;

  const rate = figures.find((f) => isPercent(f) && changeVerbBefore(f) !== null) ?? null;
  let change = figures.find((f) => (isMoney(f) || f.unit === null) && changeVerbBefore(f) !== null) ?? null;
  let changeVerb = change ? changeVerbBefore(change) : null;
  if (!change && rate && comparisons.length > 0) {
    // "与2022年度相比，财政拨款收、支总计各3.42万元，下降4%": an amount after the comparison with no verb of its own.
    const afterComparison = comparisons[0]?.end ?? 0;
    const candidate = figures.find(
      (f) =>
        isMoney(f) &&
        f.start >= afterComparison &&
        f.start < rate.start &&
        !isPriorFigure(f, sentence.comparisons, year) &&
        !STATED_LEVEL.test(f.label),
    );
    if (candidate) {
      change = candidate;
      changeVerb = null;
    }
  }
  if (!change && !rate) return null;

  const changeStart = (change ?? rate)?.start ?? 0;
  const prior = priorFigure ? { figure: priorFigure, sentence } : null;
  const current = currentFigure(
    document,
    sentence,
    sentenceFigures,
    changeStart,
    priorFigure ?? null,
    subjectBefore(sentence, changeStart),
  );
  return { sentence, change, changeVerb, rate, rateVerb: rate ? changeVerbBefore(rate) : null, current, prior };
}

function currentFigure(
  document: ProseDocument,
  sentence: ReadSentence,
  figures: readonly Figure[],
  before: number,
  prior: Figure | null,
  subject: string,
): FigureInSentence | null {
  const isCurrent = (s: ReadSentence, f: Figure) => f !== prior && isLevelAmount(s, f, document.reportYear);
  // This year's figure may stand before the statement's own part of the sentence, but not inside a budget comparison.
  const own = figures.filter((f) => f.start < before && isCurrent(sentence, f)).at(-1);
  if (own) return { figure: own, sentence };
  if (sentence.comparisons.length === 0) return null;
  for (const earlier of earlierInParagraph(document, sentence)) {
    const last = earlier.figures.filter((f) => isMoney(f)).at(-1);
    if (!last) continue;
    // "收、支总计均为874.05万元。与2022年度相比，收、支总计各减少…" names the same thing twice; a figure of something
    // else ("收入874.05万元。与上年相比，人员经费增加3万元") is not this year's value of the change.
    // A change with no subject of its own ("…0.19万元。比上年增加0.04万元") continues the sentence before.
    const label = normalizeLabel(last.label).slice(-SUBJECT_WINDOW);
    const sameSubject =
      subject === "" || sharedRunLength(label, subject) >= Math.min(SAME_SUBJECT_CHARS, subject.length);
    return isCurrent(earlier, last) && sameSubject ? { figure: last, sentence: earlier } : null;
  }
  return null;
}

const SAME_SUBJECT_CHARS = 4;
/** Subjects are compared on their last characters, where the name of the thing sits ("…收、支总计"). */
const SUBJECT_WINDOW = 40;

/**
 * What the change is about: the words of its clause before it ("收、支总计各减少" → "收、支总计"), without comparison
 * words and years.
 */
function subjectBefore(sentence: ReadSentence, changeStart: number): string {
  const text = normalizeWidth(sentence.text);
  const clauseStart =
    Math.max(...[",", "，", ";", "；", ":", "：", "。"].map((d) => text.lastIndexOf(d, changeStart - 1))) + 1;
  let clause = "";
  let from = clauseStart;
  for (const marker of sentence.comparisons) {
    if (marker.start < clauseStart || marker.end > changeStart) continue;
    clause += text.slice(from, marker.start);
    from = marker.end;
  }
  clause += text.slice(from, changeStart);
  return normalizeLabel(clause)
    .replace(/(?:19|20)\d{2}年度?/g, "")
    .replace(/[（）()]/g, "")
    .replace(/(?:增加|减少|增长|下降|上升|降低|提高)?了?$/, "")
    .replace(/各$/, "")
    .slice(-SUBJECT_WINDOW);
}

/** Length of the longest run of characters the two texts share. */
function sharedRunLength(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
      if (k > best) best = k;
    }
  }
  return best;
}
