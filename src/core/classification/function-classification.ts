/**
 * 支出功能分类 (类/款/项) for the classes a 科协 uses: 201 20129, all of 206, 208 20805/20808/20899, 210 21011 and
 * 221 22102, with the official names and a one-sentence "反映…" description of each (rules.md §6.1–6.2).
 *
 * The table is data (`function-codes.json`), checked once at load, so a finance bureau can correct a name or add a
 * 项 without touching code. Each entry says how sure we are of it (`status`): seen in a sample 决算说明, confirmed on
 * a public page, or recalled and still to be checked against the year's 《政府收支分类科目》.
 * @module
 */
import { z } from "zod";
import table from "./function-codes.json" with { type: "json" };

const FunctionCodeEntry = z
  .object({
    code: z.string().regex(/^\d{3}(\d{2}){0,2}$/),
    name: z.string().min(1),
    description: z.string().startsWith("反映"),
    status: z.enum(["observed", "confirmed", "recalled"]),
    note: z.string().optional(),
  })
  .strict();
export type FunctionCodeEntry = z.infer<typeof FunctionCodeEntry>;

const FunctionCodeTable = z
  .object({ title: z.string(), source: z.string(), entries: z.array(FunctionCodeEntry) })
  .strict();

export type FunctionCodeLevel = "class" | "kuan" | "xiang";

const ENTRIES: readonly FunctionCodeEntry[] = FunctionCodeTable.parse(table).entries;
const BY_CODE = new Map(ENTRIES.map((entry) => [entry.code, entry]));

/** All entries of the table, in code order. */
export function functionCodeEntries(): readonly FunctionCodeEntry[] {
  return ENTRIES;
}

/** 3 digits = 类, 5 = 款, 7 = 项; null for anything else. */
export function functionCodeLevel(code: string): FunctionCodeLevel | null {
  if (!/^\d+$/.test(code)) return null;
  return ({ 3: "class", 5: "kuan", 7: "xiang" } as const)[code.length as 3 | 5 | 7] ?? null;
}

/** The entry of one code ("2060702" → 科普活动), or undefined when the table does not hold it. */
export function lookupFunctionCode(code: string): FunctionCodeEntry | undefined {
  return BY_CODE.get(code);
}

export interface FunctionCodePath {
  /** The 类 code and, as far as the code goes, the 款 and 项 codes: "2060702" → 206 / 20607 / 2060702. */
  classCode: string;
  kuanCode?: string;
  xiangCode?: string;
  /** Entries found in the table; a level the table lacks stays undefined so the caller can fall back to its own name. */
  class?: FunctionCodeEntry;
  kuan?: FunctionCodeEntry;
  xiang?: FunctionCodeEntry;
}

/**
 * Splits a 类/款/项 code into its levels and looks each up, so "2080505" gives 社会保障和就业支出 / 行政事业单位养老支出
 * / 机关事业单位基本养老保险缴费支出 — the current names, whatever outdated name a document printed.
 * Returns null for a code that is not 3, 5 or 7 digits.
 */
export function functionCodePath(code: string): FunctionCodePath | null {
  const level = functionCodeLevel(code);
  if (level === null) return null;
  const classCode = code.slice(0, 3);
  const kuanCode = code.length >= 5 ? code.slice(0, 5) : undefined;
  const xiangCode = code.length === 7 ? code : undefined;
  return {
    classCode,
    kuanCode,
    xiangCode,
    class: BY_CODE.get(classCode),
    kuan: kuanCode === undefined ? undefined : BY_CODE.get(kuanCode),
    xiang: xiangCode === undefined ? undefined : BY_CODE.get(xiangCode),
  };
}

/**
 * The 类 code of a class name as the 决算 tables print it ("科学技术支出" → "206"), for datasets that give a class
 * line without its code. Only 类 names are matched: 款 and 项 names repeat across classes ("机构运行").
 */
export function classCodeOfName(name: string): string | undefined {
  const wanted = name.replace(/\s/g, "");
  return ENTRIES.find((entry) => entry.code.length === 3 && entry.name === wanted)?.code;
}
