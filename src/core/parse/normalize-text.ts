/**
 * Normalises what people type before it is parsed: full-width digits and signs (from Chinese input methods and
 * WPS) become ASCII, the ideographic space becomes a plain space. Only characters that can be part of a number,
 * a percentage or an operator are touched, so the rest of a sentence is kept as written.
 * @module
 */
const FULL_WIDTH_MAP: Record<string, string> = {
  "．": ".",
  "，": ",",
  "％": "%",
  "＋": "+",
  "－": "-",
  "　": " ",
  "\u00a0": " ",
};
const FULL_WIDTH_CHARS = new RegExp(`[\\uff10-\\uff19${Object.keys(FULL_WIDTH_MAP).join("")}]`, "g");

/** "８７４．０５％" → "874.05%". Also maps ０–９ and the signs listed above; everything else is left alone. */
export function normalizeWidth(text: string): string {
  // One regex pass: the audit normalizes every text of a dataset, and most characters need no change.
  return text.replace(FULL_WIDTH_CHARS, (ch) => {
    const code = ch.charCodeAt(0);
    return code >= 0xff10 && code <= 0xff19 ? String.fromCharCode(code - 0xff10 + 0x30) : (FULL_WIDTH_MAP[ch] ?? ch);
  });
}

/** Dash-like cells that mean "not applicable" (—, ——, -, －, /, ／, 无). */
export const DASH_CELL = /^(?:[—\-－–/／]+|无)$/;

/**
 * Parses a plain number as typed: full-width digits, thousands separators ("1,234.50") and surrounding spaces are
 * accepted. Returns null when the text is not a number.
 */
export function parsePlainNumber(text: string): string | null {
  const t = normalizeWidth(text).trim();
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return t.replace(/,/g, "").replace(/^\+/, "");
  if (/^[+-]?\d+(\.\d+)?$/.test(t)) return t.replace(/^\+/, "");
  if (/^[+-]?\.\d+$/.test(t)) return t.replace(/^\+/, "").replace(".", "0.");
  return null;
}
