/**
 * Sheet names from free text (project names): Excel refuses names longer than 31 characters, names with : \ / ? * [ ]
 * and names starting or ending with an apostrophe, and two sheets may not share a name (case-insensitively).
 * @module
 */

const MAX_SHEET_NAME = 31;
const FORBIDDEN = new Set([":", "\\", "/", "?", "*", "[", "]"]);

/**
 * A valid sheet name for `wanted`, different from every name in `used` (which it is added to); a clash gets a
 * suffix "(2)", "(3)"… within the 31 characters.
 */
export function uniqueSheetName(wanted: string, used: Set<string>): string {
  const clean =
    [...wanted]
      .map((char) => (FORBIDDEN.has(char) || (char.codePointAt(0) ?? 0) < 0x20 ? "_" : char))
      .join("")
      .replace(/^'+|'+$/g, "")
      .trim() || "表";
  let name = cut(clean, MAX_SHEET_NAME);
  for (let n = 2; used.has(name.toLowerCase()); n++) {
    const suffix = `(${n})`;
    name = cut(clean, MAX_SHEET_NAME - suffix.length) + suffix;
  }
  used.add(name.toLowerCase());
  return name;
}

/** The longest start of `text` within `limit` UTF-16 units (Excel's measure), never splitting a character. */
function cut(text: string, limit: number): string {
  let out = "";
  for (const char of text) {
    if (out.length + char.length > limit) break;
    out += char;
  }
  return out;
}
