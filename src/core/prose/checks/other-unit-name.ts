/**
 * PROSE-OTHER-UNIT: a township's report that names another township where it names itself — text carried over from
 * another unit's report ("金寨县白塔畈镇人民政府2023年度下达上级资金转移支付…" in 麻埠镇's report, whose other sentences
 * all begin "金寨县麻埠镇人民政府2023年度下达上级资金转移支付…").
 *
 * Read narrowly, as a report may well name other units: the report names its own 镇/乡/街道 government at least
 * three times; the other one, under the same county, appears once; and the words after it repeat those after one of
 * the report's own mentions (the copied sentence). A county's summary naming several townships in turn is not read.
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import { normalizeWidth } from "../../parse/normalize-text.ts";
import type { ProseCheck } from "../prose-check.ts";
import type { ReadSentence } from "../prose-document.ts";
import { proseFinding } from "../prose-finding.ts";

const TOWNSHIP_GOVERNMENT = /([\u4e00-\u9fa5]{1,5}?[县市区旗])([\u4e00-\u9fa5]{1,5}?(?:镇|乡|街道))(人民政府|办事处)/g;
const OWN_AT_LEAST = 3;
/** How many characters after the name must repeat an own mention's for the sentence to be a copy. */
const SAME_STEM = 8;

interface Mention {
  sentence: ReadSentence;
  name: string;
  county: string;
  township: string;
  after: string;
}

export const checkOtherUnitName: ProseCheck = ({ document }) => {
  const mentions: Mention[] = [];
  for (const sentence of document.sentences) {
    if (!/(?:镇|乡|街道)(?:人民政府|办事处)/.test(sentence.text)) continue;
    const text = normalizeWidth(sentence.text);
    for (const match of text.matchAll(TOWNSHIP_GOVERNMENT)) {
      const end = (match.index ?? 0) + match[0].length;
      mentions.push({
        sentence,
        name: match[0],
        // The county is compared on its last two characters: the match may start a word early ("由金寨县").
        county: (match[1] ?? "").slice(-2),
        township: match[2] ?? "",
        after: text.slice(end, end + SAME_STEM),
      });
    }
  }
  if (mentions.length <= OWN_AT_LEAST) return [];
  const counts = new Map<string, Mention[]>();
  for (const mention of mentions) {
    const key = `${mention.county}|${mention.township}`;
    const same = counts.get(key);
    if (same) same.push(mention);
    else counts.set(key, [mention]);
  }
  const [own] = [...counts.values()].sort((a, b) => b.length - a.length);
  if (!own || own.length < OWN_AT_LEAST || [...counts.values()].filter((m) => m.length === own.length).length > 1)
    return [];
  const ownName = own[0] as Mention;
  const findings: Finding[] = [];
  for (const same of counts.values()) {
    const other = same[0] as Mention;
    if (same === own || same.length !== 1 || other.county !== ownName.county) continue;
    if (other.after.length < SAME_STEM || !own.some((mention) => mention.after === other.after)) continue;
    findings.push(
      proseFinding(
        "PROSE-OTHER-UNIT",
        other.sentence,
        `文中“${other.name}”与全文${own.length}处的“${ownName.name}”不符，且其后文字与本单位的句子相同，疑为沿用其他单位报告的文字，应改为本单位名称`,
        { expected: ownName.name, found: other.name },
      ),
    );
  }
  return findings;
};
