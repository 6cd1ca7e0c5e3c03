/**
 * The marks of template text that was never filled in: alternatives left for the writer to choose
 * ("增加/减少0万元，增长/下降0%", "大于/小于") and placeholders ("（具体工作）", "（一个专项一行）", "XX", "X万元").
 * Shared by the template check and by the change reader, which must not check figures of an unfilled sentence.
 * @module
 */

const ALTERNATIVE = /(增加|增长|上升|提高|大于|高于|多于)\s*[/／]\s*(减少|下降|降低|小于|低于|少于)/;
const ALTERNATIVES = new RegExp(ALTERNATIVE.source, "g");
const PLACEHOLDERS = [
  /[（(]\s*具体[^（()）]{0,12}[）)]/g,
  /[（(][^（()）]{0,10}一行\s*[）)]/g,
  /[（(]\s*(?:请|此处)?填写[^（()）]{0,12}[）)]/g,
  /(?<![A-Za-z])(?:XX+|xx+|××+)(?![A-Za-z])/g,
  /(?<![A-Za-z\d])[XＸ×](?=\s*(?:万元|元|%|％|人|个|次|项|年))/g,
  // A blank left for the number: "占 %", "比上年减少 万元" (also 萬元, and 萬(wàn)元 of mirror sites).
  /(?:占|为|為|达到?|達到?|增长|增長|下降|降低|提高|上升)\s+[%％]/g,
  /(?:增加|减少|減少|节约|節約|结余|結余|为|為)\s+(?:万|萬)(?:\([a-zà-üǎǐǒǔǚ]{1,6}\))?元/g,
];

/** True when the text offers alternatives that should have been chosen ("增加/减少"). */
export function hasTemplateAlternatives(text: string): boolean {
  return ALTERNATIVE.test(text);
}

/** The alternatives left in the text, as written ("增加/减少", "增长/下降"). */
export function findTemplateAlternatives(text: string): string[] {
  return [...text.matchAll(ALTERNATIVES)].map((m) => m[0]);
}

/** The placeholders left in the text, as written ("（具体工作）"). */
export function findPlaceholders(text: string): string[] {
  return PLACEHOLDERS.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[0]));
}
