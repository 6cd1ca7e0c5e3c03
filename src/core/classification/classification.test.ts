import { describe, expect, it } from "vitest";
import { glossaryTerms, TERM_IDS, termById } from "./definitions.ts";
import { economicClasses, economicClassesOf, lookupEconomicCode } from "./economic-classification.ts";
import {
  classCodeOfName,
  functionCodeEntries,
  functionCodeLevel,
  functionCodePath,
  lookupFunctionCode,
} from "./function-classification.ts";

describe("支出功能分类 table", () => {
  it("holds every 款 and 项 of 20607 科学技术普及 that seed 004 uses, with its name", () => {
    const names = ["2060701", "2060702", "2060703", "2060704", "2060799", "2069999"].map(
      (c) => lookupFunctionCode(c)?.name,
    );
    expect(names).toEqual([
      "机构运行",
      "科普活动",
      "青少年科技活动",
      "学术交流活动",
      "其他科学技术普及支出",
      "其他科学技术支出",
    ]);
  });

  it("covers the classes a 科协 uses and all of 206", () => {
    const codes = new Set(functionCodeEntries().map((e) => e.code));
    for (const code of [
      "201",
      "20129",
      "2012902",
      "206",
      "208",
      "20805",
      "20808",
      "20899",
      "210",
      "21011",
      "221",
      "22102",
      "2210201",
    ]) {
      expect(codes.has(code), code).toBe(true);
    }
    const kuan206 = functionCodeEntries()
      .filter((e) => e.code.length === 5 && e.code.startsWith("206"))
      .map((e) => e.code);
    expect(kuan206).toEqual(["20601", "20602", "20603", "20604", "20605", "20606", "20607", "20608", "20609", "20699"]);
  });

  it("every code is unique, sits under an existing parent and has a 反映… description", () => {
    const entries = functionCodeEntries();
    const codes = entries.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const entry of entries) {
      if (entry.code.length > 3)
        expect(lookupFunctionCode(entry.code.slice(0, entry.code.length - 2)), entry.code).toBeDefined();
      expect(entry.description).toMatch(/^反映.+。$/);
    }
  });

  it("names the current 款 for an outdated printed one: 20805 is 行政事业单位养老支出", () => {
    const path = functionCodePath("2080505");
    expect([path?.class?.name, path?.kuan?.name, path?.xiang?.name]).toEqual([
      "社会保障和就业支出",
      "行政事业单位养老支出",
      "机关事业单位基本养老保险缴费支出",
    ]);
  });

  it("splits codes by level and leaves unknown levels empty", () => {
    expect(["221", "22102", "2210201", "2210", "abc"].map(functionCodeLevel)).toEqual([
      "class",
      "kuan",
      "xiang",
      null,
      null,
    ]);
    const unknown = functionCodePath("2089901");
    expect(unknown?.class?.name).toBe("社会保障和就业支出");
    expect(unknown?.kuan?.name).toBe("其他社会保障和就业支出");
    expect(unknown?.xiang).toBeUndefined();
    expect(functionCodePath("20")).toBeNull();
  });

  it("finds a class code by its printed name, not by a 款 or 项 name", () => {
    expect(classCodeOfName("住房保障支出")).toBe("221");
    expect(classCodeOfName("一般公共服务支出")).toBe("201");
    expect(classCodeOfName("机构运行")).toBeUndefined();
  });
});

describe("支出经济分类 table", () => {
  it("has the 款 of 301, 302, 303 and 310 under their classes", () => {
    expect(economicClasses().map((c) => c.code)).toEqual(["301", "302", "303", "310"]);
    expect(lookupEconomicCode("30217")?.name).toBe("公务接待费");
    expect(lookupEconomicCode("30113")?.name).toBe("住房公积金");
    expect(lookupEconomicCode("31013")?.name).toBe("公务用车购置");
    for (const c of economicClasses()) for (const item of c.items) expect(item.code.startsWith(c.code)).toBe(true);
  });

  it("splits 人员经费 (301 + 303) from 公用经费 (302 + 310)", () => {
    expect(economicClassesOf("personnel").map((c) => c.code)).toEqual(["301", "303"]);
    expect(economicClassesOf("public").map((c) => c.code)).toEqual(["302", "310"]);
  });
});

describe("名词解释 terms", () => {
  it("has every term, and 三公经费 includes 因公出国（境）费 (seed 004 dropped it)", () => {
    expect(glossaryTerms().map((t) => t.id)).toEqual([...TERM_IDS]);
    const sangong = termById("sangong").definition;
    expect(sangong).toContain("因公出国（境）费、公务用车购置及运行费和公务接待费");
    expect(termById("operatingCosts").definition).toContain("参照公务员法管理的事业单位");
    expect(termById("basicSpending").definition).toContain("人员经费和公用经费");
  });
});
