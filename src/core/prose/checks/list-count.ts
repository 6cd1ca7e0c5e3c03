/**
 * PROSE-COUNT: a count stated before the names it introduces ("直属事业单位10个，即A、B、C……") that does not match
 * the names listed. Only a list opened by 即 / 分别是 / 分别为 / 包括 / 具体为 / a colon right after the count is read,
 * up to the end of its sentence or clause (；); a list that ends in 等 is open, one with fewer than three names is
 * too short to be a list of names rather than a phrase, and one whose pieces are not short names (a figure, a quote,
 * a clause break in them) is a sentence, not a list. Asides in brackets are left out. A last name joined by 和 / 及 /
 * 与 ("A、B和C") may be one name or two: the count is wrong only if it matches neither reading.
 *
 * A whole split into "其中M个…，剩余/其余…" is read too: the rest is its stated count ("其余2个"), or else the items
 * listed after it, each named in its own clause with its own percentage ("剩余A项目99.97%；B项目99.89%"); M and the
 * rest must make up the whole ("10个项目均完工，其中3个…，剩余" and five items is 8, not 10). An item clause whose
 * label is only a rate word ("完成率100%") may belong to the item before, and leaves the count unread.
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import { normalizeWidth } from "../../parse/normalize-text.ts";
import { isPercent } from "../extract-figures.ts";
import type { ProseCheck } from "../prose-check.ts";
import type { ReadSentence } from "../prose-document.ts";
import { proseFinding } from "../prose-finding.ts";

const COUNT_THEN_LIST =
  /(\d+)\s*(个|项|家|所|处)([\u4e00-\u9fa5]{0,8}?)\s*[,，]?\s*(?:(?:即|分别是|分别为|分别有|包括|具体为)\s*[:：]?|[:：])/g;
const LIST_END = /[。；;!！?？]/;
const BRACKETS = /[（(][^（）()]*[）)]/g;
const OPEN_LIST = /(?:等|等等)(?:[\u4e00-\u9fa5]{0,6})?$/;
const JOINED = /[和及与]/;
/** A listed name: short, with no figure, quote or clause break in it (not a sentence that happens to hold a 、). */
const NAME = /^[^\d，,：:“”"【】]{1,20}$/;
const WHOLE_THEN_PART =
  /(\d+)\s*(个|项|家|所|处)([\u4e00-\u9fa5]{0,6}?)(?=[均都全已共,，]|其中)[^。；;]*?其中\s*(\d+)\s*(?:个|项|家|所|处)[^。；;]*?[,，]\s*(?:剩余|其余|剩下)(?:的)?/g;
const REST_COUNT = /^\s*(\d+)\s*(?:个|项|家|所|处)/;
const RATE_WORD_ONLY = /^(?:剩余|其余|剩下)?(?:的)?(?:完成率|执行率|完成|执行|达到|为)?$/;

export const checkListCounts: ProseCheck = ({ document }) => {
  const findings: Finding[] = [];
  for (const sentence of document.sentences) {
    if (sentence.inTable) continue;
    const text = normalizeWidth(sentence.text);
    for (const match of text.matchAll(COUNT_THEN_LIST)) {
      const stated = Number(match[1]);
      const start = (match.index ?? 0) + match[0].length;
      const rest = text.slice(start);
      const end = rest.search(LIST_END);
      const list = (end < 0 ? rest : rest.slice(0, end)).replace(BRACKETS, "").trim();
      const names = list.split("、").map((name) => name.trim());
      if (names.length < 3 || !names.every((name) => NAME.test(name)) || OPEN_LIST.test(list)) continue;
      const last = names.at(-1) ?? "";
      const counts = new Set([names.length, JOINED.test(last) ? names.length + 1 : names.length]);
      if (counts.has(stated)) continue;
      const counted = names.length;
      findings.push(
        proseFinding(
          "PROSE-COUNT",
          sentence,
          `文中说“${match[1]}${match[2]}${match[3] ?? ""}”，随后列出 ${counted} 个名称（${names.join("、")}），个数不符`,
          { expected: `${counted}${match[2]}`, found: `${match[1]}${match[2]}` },
        ),
      );
    }
    findings.push(...checkWholeAndRest(sentence, text));
  }
  return findings;
};

function checkWholeAndRest(sentence: ReadSentence, text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(WHOLE_THEN_PART)) {
    const whole = Number(match[1]);
    const part = Number(match[4]);
    const restStart = (match.index ?? 0) + match[0].length;
    const explicit = REST_COUNT.exec(text.slice(restStart));
    let rest: number;
    if (explicit) rest = Number(explicit[1]);
    else {
      const rates = sentence.figures.filter((f) => isPercent(f) && f.start >= restStart);
      const clauses = new Set(rates.map((f) => f.clause));
      const named = rates.every((f) => !RATE_WORD_ONLY.test(f.label.replace(BRACKETS, "").trim()));
      if (rates.length < 2 || clauses.size !== rates.length || !named) continue;
      rest = rates.length;
    }
    if (part + rest === whole) continue;
    findings.push(
      proseFinding(
        "PROSE-COUNT",
        sentence,
        `文中说“${match[1]}${match[2]}${match[3] ?? ""}”，其中 ${part} 个、其余列出 ${rest} 个，共 ${part + rest} 个，个数不符`,
        { expected: `${part + rest}${match[2]}`, found: `${match[1]}${match[2]}${match[3] ?? ""}` },
      ),
    );
  }
  return findings;
}
