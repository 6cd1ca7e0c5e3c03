import { describe, expect, it } from "vitest";
import { parsePrintedGrade, parsePrintedScore } from "./parse-printed-score.ts";

describe("a printed score and grade as typed", () => {
  it("reads full-width digits and a trailing 分; refuses anything else whole", () => {
    expect(parsePrintedScore("９８．５分")).toEqual({ ok: true, value: "98.5分" });
    expect(parsePrintedScore(" 97 ")).toEqual({ ok: true, value: "97" });
    expect(parsePrintedScore("")).toEqual({ ok: true, value: undefined });
    for (const bad of ["98a", "-3", "1e3"]) expect(parsePrintedScore(bad).ok).toBe(false);
  });
  it("knows 优、良、中、差 (also 优秀/良好, quoted) and nothing else", () => {
    expect(parsePrintedGrade("“优秀”")).toEqual({ ok: true, value: "“优秀”" });
    expect(parsePrintedGrade("良")).toEqual({ ok: true, value: "良" });
    expect(parsePrintedGrade("好")).toEqual({ ok: false, message: "等级“好”应为优、良、中、差之一" });
  });
});
