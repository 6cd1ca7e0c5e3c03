import { describe, expect, it } from "vitest";
import { locateJsonError } from "./locate-json-error.ts";

describe("locateJsonError", () => {
  it("finds nothing wrong in valid JSON, including a byte-order mark and scalars", () => {
    for (const text of ['{"a":[1,-2.5e3,true,null,"x\\u00e9"]}', "\uFEFF[]", "  42 ", '"s"', '{"a":{"b":[[],{}]}}']) {
      expect(locateJsonError(text), text).toBeNull();
      expect(() => JSON.parse(text.replace(/^\uFEFF/, ""))).not.toThrow();
    }
  });

  it("points at the first offending character, by line and column", () => {
    expect(locateJsonError('{"year": NaN}')).toEqual({ line: 1, column: 10 });
    expect(locateJsonError('{\n  "a": 1,\n}')).toEqual({ line: 3, column: 1 });
    expect(locateJsonError("[1,]")).toEqual({ line: 1, column: 4 });
    expect(locateJsonError('{"a" 1}')).toEqual({ line: 1, column: 6 });
    expect(locateJsonError("[1] 2")).toEqual({ line: 1, column: 5 });
    expect(locateJsonError("{'a': 1}")).toEqual({ line: 1, column: 2 });
  });

  it("puts an unexpected end after the last character", () => {
    expect(locateJsonError('{\n  "year": 20')).toEqual({ line: 2, column: 13 });
    expect(locateJsonError('{\n  "year": 20\n')).toEqual({ line: 3, column: 1 });
    expect(locateJsonError("")).toEqual({ line: 1, column: 1 });
  });

  it("scans 100,000 levels of nesting without overflowing", () => {
    expect(locateJsonError(`${"[".repeat(100_000)}${"]".repeat(100_000)}`)).toBeNull();
    expect(locateJsonError(`${"[".repeat(100_000)}`)).toEqual({ line: 1, column: 100_001 });
  });
});
