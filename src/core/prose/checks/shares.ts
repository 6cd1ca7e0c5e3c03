/**
 * PROSE-SHARE (and the shared percentage codes): "占X%" must be the part ÷ its base, rounded half-up.
 *
 * The base is, in this order: the total the share names ("占支出总额的" → "本年支出总额3537.34万元" in the same
 * paragraph); the total of the "其中" list the part belongs to; or, for a list of shares with no stated total that
 * add to about 100% ("因公出国0万元，占0%；公务用车7.41万元，占97.55%；公务接待0.19万元，占2.44%"), the sum of the
 * listed parts. A list whose parts do not add to its total is left to PROSE-SUM, which restates its shares.
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import type { Fen } from "../../money/fen.ts";
import { Dec, percentOf } from "../../numbers/decimal.ts";
import { compareBreakdownSum } from "../compare-breakdown-sum.ts";
import type { Breakdown } from "../extract-breakdowns.ts";
import { type Figure, figureFen, halfUnitFen } from "../extract-figures.ts";
import { amountBefore, isLevelAmount, isShareFigure, normalizeLabel, shareBaseName } from "../figure-roles.ts";
import { ratioRange } from "../judge-percent.ts";
import type { ProseCheck, ProseContext } from "../prose-check.ts";
import { earlierInParagraph, type ReadSentence } from "../prose-document.ts";
import { proseFinding } from "../prose-finding.ts";
import { reportPercent } from "../report-percent.ts";
import { showMessageAmount } from "../../display/show-number.ts";

interface ShareBase {
  fen: Fen;
  half: Dec;
  /** How the base reads in a message: "3537.34" or "各项之和7.60". */
  text: string;
}

interface ShareItem {
  sentence: ReadSentence;
  share: Figure;
  part: Figure;
  partFen: Fen;
}

const IMPLICIT_LIST_SHARES = { min: new Dec(99), max: new Dec(101) };

/** How many figures back a named total is looked for. */
const NAMED_BASE_LOOKBACK = 60;

export const checkShares: ProseCheck = (context) => {
  const findings: Finding[] = [];
  const breakdownOfPart = new Map<Figure, Breakdown>();
  for (const breakdown of context.breakdowns)
    for (const part of breakdown.parts) breakdownOfPart.set(part.figure, breakdown);
  const sumFails = new Map<Breakdown, boolean>();
  const failsToAdd = (breakdown: Breakdown) => {
    if (!sumFails.has(breakdown)) {
      const verdict = compareBreakdownSum(breakdown)?.verdict;
      sumFails.set(breakdown, verdict === "over" || verdict === "under");
    }
    return sumFails.get(breakdown) === true;
  };
  for (const sentence of context.document.sentences) {
    const items = shareItems(context, sentence);
    const unresolved: ShareItem[] = [];
    for (const item of items) {
      const breakdown = breakdownOfPart.get(item.part);
      const base = namedBase(context, item) ?? (breakdown ? breakdownBase(breakdown, failsToAdd(breakdown)) : null);
      if (base === "suppressed") continue;
      if (base === null) unresolved.push(item);
      else pushShareFinding(findings, item, base);
    }
    const implicit = implicitBase(unresolved);
    if (implicit) for (const item of unresolved) pushShareFinding(findings, item, implicit);
  }
  return findings;
};

function shareItems(context: ProseContext, sentence: ReadSentence): ShareItem[] {
  const items: ShareItem[] = [];
  for (const share of sentence.figures.filter(isShareFigure)) {
    const part = amountBefore(sentence, share);
    if (!part || !isLevelAmount(sentence, part, context.document.reportYear)) continue;
    const partFen = figureFen(part);
    if (partFen !== null) items.push({ sentence, share, part, partFen });
  }
  return items;
}

function namedBase(context: ProseContext, item: ShareItem): ShareBase | null {
  const name = shareBaseName(item.share);
  if (name === null) return null;
  let looked = 0;
  for (const sentence of [item.sentence, ...earlierInParagraph(context.document, item.sentence)]) {
    const from = sentence === item.sentence ? item.share.index - 1 : sentence.figures.length - 1;
    for (let i = from; i >= 0; i--) {
      const figure = sentence.figures[i];
      if (!figure || ++looked > NAMED_BASE_LOOKBACK) return null;
      if (figure === item.part || !isLevelAmount(sentence, figure, context.document.reportYear)) continue;
      const label = normalizeLabel(figure.label).replace(/(?:均为|为|是|达到?|共计)$/, "");
      const fen = label.endsWith(name) ? figureFen(figure) : null;
      if (fen !== null) return { fen, half: halfUnitFen(figure), text: figure.number };
    }
  }
  return null;
}

function breakdownBase(breakdown: Breakdown, partsFailToAdd: boolean): ShareBase | "suppressed" {
  if (partsFailToAdd) return "suppressed";
  return { fen: breakdown.totalFen, half: halfUnitFen(breakdown.total), text: breakdown.total.number };
}

function implicitBase(items: readonly ShareItem[]): ShareBase | null {
  if (items.length < 2) return null;
  const printedSum = items.reduce((acc, item) => acc.plus(item.share.value), new Dec(0));
  if (printedSum.lessThan(IMPLICIT_LIST_SHARES.min) || printedSum.greaterThan(IMPLICIT_LIST_SHARES.max)) return null;
  const fen = items.reduce((acc, item) => acc + item.partFen, 0);
  const half = items.reduce((acc, item) => acc.plus(halfUnitFen(item.part)), new Dec(0));
  return { fen, half, text: `各项之和${showMessageAmount(fen)}` };
}

function pushShareFinding(findings: Finding[], item: ShareItem, base: ShareBase): void {
  const formula = `${item.part.number}÷${base.text}`;
  if (base.fen === 0) {
    if (item.partFen === 0) {
      findings.push(
        proseFinding(
          item.share.value.isZero() ? "PROSE-ZERO-BASE-ZERO" : "PROSE-ZERO-BASE",
          item.sentence,
          `${shareName(item)}的基数为0（${formula}），比率无意义，应写“—”，文中为${item.share.number}%`,
          {
            expected: "—",
            found: `${item.share.number}%`,
          },
        ),
      );
    }
    return;
  }
  const exact = percentOf(item.partFen, base.fen);
  if (exact === null) return;
  const range = ratioRange(new Dec(item.partFen), halfUnitFen(item.part), new Dec(base.fen), base.half);
  const finding = reportPercent({ kind: "share", sentence: item.sentence, printed: item.share, exact, range, formula });
  if (finding) findings.push(finding);
}

/** "授予中小企业合同金额占政府采购支出总额的比例", or "X的占比" for a bare "占". */
function shareName(item: ShareItem): string {
  const base = item.share.label.replace(/^占/, "").replace(/的$/, "");
  return base === "" ? `${item.part.label}的占比` : `${item.part.label}占${base}的比例`;
}
