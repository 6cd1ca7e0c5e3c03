/**
 * The general terms of the 名词解释 (rules.md §7): 财政拨款收入, 基本支出, 项目支出, 人员经费, 公用经费, "三公"经费
 * (with 因公出国（境）费, which seed 004 left out) and 机关运行经费. Kept as data beside the code tables so the wording
 * is changed in one place.
 * @module
 */
import { z } from "zod";
import table from "./definitions.json" with { type: "json" };

export const TERM_IDS = [
  "fiscalAppropriationIncome",
  "basicSpending",
  "projectSpending",
  "personnelCosts",
  "publicCosts",
  "sangong",
  "operatingCosts",
] as const;
export type TermId = (typeof TERM_IDS)[number];

const Term = z.object({ id: z.enum(TERM_IDS), term: z.string().min(1), definition: z.string().min(1) }).strict();
export type Term = z.infer<typeof Term>;

const TERMS: readonly Term[] = z
  .object({ title: z.string(), source: z.string(), terms: z.array(Term) })
  .strict()
  .parse(table).terms;

/** Every term, in the order a 名词解释 lists them. */
export function glossaryTerms(): readonly Term[] {
  return TERMS;
}

/** One term by id; throws if the data file lost it, since every id is required. */
export function termById(id: TermId): Term {
  const term = TERMS.find((t) => t.id === id);
  if (!term) throw new Error(`definitions.json 缺少名词“${id}”`);
  return term;
}
