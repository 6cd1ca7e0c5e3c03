/**
 * Where JSON text stops being JSON, as line and column, for the message a user gets. `JSON.parse` on Node 20 names
 * the offset for some errors only ("Unexpected token 'N', … is not valid JSON" has none), so the text is scanned
 * here. The scanner keeps its own stack, so a file nested a hundred thousand levels deep cannot overflow it.
 * @module
 */

export interface JsonErrorPlace {
  line: number;
  column: number;
}

const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const LITERAL = /true|false|null/y;

/** The place of the first syntax error of `text`, or null when it is valid JSON. */
export function locateJsonError(text: string): JsonErrorPlace | null {
  const offset = firstErrorOffset(text);
  if (offset === null) return null;
  const before = text.slice(0, offset);
  return { line: before.split("\n").length, column: offset - before.lastIndexOf("\n") };
}

type Expect = "value" | "keyOrClose" | "key" | "colon" | "commaOrClose" | "valueOrClose";

function firstErrorOffset(text: string): number | null {
  const stack: ("{" | "[")[] = [];
  let expect: Expect = "value";
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const match = (pattern: RegExp): number => {
    pattern.lastIndex = i;
    return pattern.test(text) ? pattern.lastIndex : -1;
  };
  const afterValue = () => {
    expect = stack.length === 0 ? "value" : "commaOrClose";
  };
  let done = false;
  for (;;) {
    while (i < text.length && WHITESPACE.has(text[i] as string)) i++;
    if (i >= text.length) return done && stack.length === 0 ? null : i;
    if (done) return i;
    const ch = text[i];
    if (expect === "value" || expect === "valueOrClose") {
      if (expect === "valueOrClose" && ch === "]") {
        stack.pop();
        i++;
        afterValue();
        if (stack.length === 0) done = true;
        continue;
      }
      if (ch === "{" || ch === "[") {
        stack.push(ch);
        expect = ch === "{" ? "keyOrClose" : "valueOrClose";
        i++;
        continue;
      }
      const end =
        ch === '"'
          ? match(STRING)
          : ch === "-" || (ch !== undefined && ch >= "0" && ch <= "9")
            ? match(NUMBER)
            : match(LITERAL);
      if (end < 0) return i;
      i = end;
      afterValue();
      if (stack.length === 0) done = true;
      continue;
    }
    if (expect === "keyOrClose" || expect === "key") {
      if (expect === "keyOrClose" && ch === "}") {
        stack.pop();
        i++;
        afterValue();
        if (stack.length === 0) done = true;
        continue;
      }
      const end = ch === '"' ? match(STRING) : -1;
      if (end < 0) return i;
      i = end;
      expect = "colon";
      continue;
    }
    if (expect === "colon") {
      if (ch !== ":") return i;
      i++;
      expect = "value";
      continue;
    }
    // commaOrClose
    const open = stack[stack.length - 1];
    if (ch === ",") {
      i++;
      expect = open === "{" ? "key" : "value";
      continue;
    }
    if ((open === "{" && ch === "}") || (open === "[" && ch === "]")) {
      stack.pop();
      i++;
      afterValue();
      if (stack.length === 0) done = true;
      continue;
    }
    return i;
  }
}
