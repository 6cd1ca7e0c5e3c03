import { describe, expect, it } from "vitest";
import { uniqueSheetName } from "./sheet-names.ts";

describe("uniqueSheetName", () => {
  it("cuts to 31 characters, replaces forbidden characters and never repeats a name", () => {
    const used = new Set<string>();
    const long = "14.凉山州级科普专项经费（第38届凉山州青少年科技创新大赛）";
    expect(long).toHaveLength(31);
    expect(uniqueSheetName(long, used)).toBe(long);
    expect(uniqueSheetName(`${long}决赛`, used)).toBe(`${long.slice(0, 28)}(2)`);
    expect(uniqueSheetName("𠮷".repeat(20), used)).toHaveLength(30);
    expect(uniqueSheetName("a/b:c?[d]*", used)).toBe("a_b_c__d__");
    expect(uniqueSheetName("'汇总'", used)).toBe("汇总");
    expect(uniqueSheetName("汇总", used)).toBe("汇总(2)");
    expect(uniqueSheetName("A", used)).toBe("A");
    expect(uniqueSheetName("a", used)).toBe("a(2)");
    expect(uniqueSheetName("", used)).toBe("表");
  });
});
