/**
 * Reads a JSON request body with its limits checked before any work: the media type exactly (application/json, an
 * optional charset=utf-8 and nothing else), the nesting depth by a linear scan of the text before JSON.parse (a body
 * nested 100,000 deep would otherwise overflow the stack of every recursive step after parsing), then no NUL
 * character (PostgreSQL can neither store nor compare it) and no lone UTF-16 surrogate (it cannot be stored as
 * UTF-8: it would come back as U+FFFD, not what the write answered) in any key or value.
 * @module
 */
import { HttpError } from "../http-error.ts";

/** Deeper than any dataset (about 8 levels) by far, and shallow enough for any recursive walk. */
export const MAX_JSON_DEPTH = 64;

/** Only application/json, with no parameter other than charset=utf-8 (quoted or not, any case). */
export function isJsonMediaType(header: string | null): boolean {
  if (!header) return false;
  const [type, ...parameters] = header.split(";");
  if (type?.trim().toLowerCase() !== "application/json") return false;
  return parameters.every((parameter) => {
    const [name, value, ...rest] = parameter.split("=");
    if (rest.length > 0 || value === undefined) return false;
    return (
      name?.trim().toLowerCase() === "charset" &&
      value
        .trim()
        .replace(/^"(.*)"$/, "$1")
        .toLowerCase() === "utf-8"
    );
  });
}

export async function readJsonBody(request: Request): Promise<unknown> {
  if (!isJsonMediaType(request.headers.get("content-type"))) {
    throw new HttpError(415, "请求体须为 JSON（Content-Type: application/json，字符集只能是 utf-8）");
  }
  const text = await request.text();
  const depth = jsonDepthExceeding(text, MAX_JSON_DEPTH);
  if (depth !== null) throw new HttpError(400, `请求体嵌套过深（第 ${depth} 个字符处超过 ${MAX_JSON_DEPTH} 层）`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpError(400, "请求体不是合法的 JSON");
  }
  // Both can only come in as \u escapes (a raw NUL aside), so a body without "\u" needs no walk.
  if (text.includes("\\u") || text.includes("\u0000")) {
    const bad = firstBadString(value, "");
    if (bad) {
      const where = bad.path || "（根）";
      throw new HttpError(
        400,
        bad.problem === "nul"
          ? `请求体 ${where} 含有不允许的空字符（\\u0000）`
          : `请求体 ${where} 含有不成对的 UTF-16 代理字符（如单独的 \\uD800），无法保存`,
        { issues: [{ location: where, message: bad.problem === "nul" ? "含有空字符" : "含有不成对的代理字符" }] },
      );
    }
  }
  return value;
}

/**
 * The 1-based position of the bracket that opens level `max + 1`, or null when the text never nests that deep.
 * Brackets inside strings do not count; the text need not be valid JSON (JSON.parse judges that afterwards).
 */
export function jsonDepthExceeding(text: string, max: number): number | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c) i++;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x7b || code === 0x5b) {
      if (++depth > max) return i + 1;
    } else if (code === 0x7d || code === 0x5d) depth--;
  }
  return null;
}

type Problem = { path: string; problem: "nul" | "surrogate" };

/** A high surrogate not followed by a low one, or a low one not preceded by a high one (UTF-16 code units). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function problemOf(text: string): Problem["problem"] | null {
  if (text.includes("\u0000")) return "nul";
  if (LONE_SURROGATE.test(text)) return "surrogate";
  return null;
}

/** The first key or string value with a NUL or a lone surrogate, with its path ("fields.level3", "items[2]"). */
function firstBadString(value: unknown, path: string): Problem | null {
  if (typeof value === "string") {
    const problem = problemOf(value);
    return problem ? { path, problem } : null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = firstBadString(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const keyPath = path ? `${path}.${key}` : key;
      const keyProblem = problemOf(key);
      // The bad key itself is not repeated in the message: the place is its object's path.
      if (keyProblem) return { path: `${path || "（根）"} 的键名`, problem: keyProblem };
      const found = firstBadString(item, keyPath);
      if (found) return found;
    }
  }
  return null;
}
