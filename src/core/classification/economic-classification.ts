/**
 * 部门预算支出经济分类 (rules.md §6.3): the 款 of 301 工资福利支出, 302 商品和服务支出, 303 对个人和家庭的补助 and
 * 310 资本性支出, each class marked as 人员经费 or 公用经费 — the split §7 defines (人员经费 = 301 + 303, 公用经费 =
 * 302 + 310), which the 基本支出 section and the 名词解释 both rely on.
 * @module
 */
import { z } from "zod";
import table from "./economic-codes.json" with { type: "json" };

const Status = z.enum(["observed", "confirmed", "recalled"]);

const EconomicItem = z
  .object({
    code: z.string().regex(/^\d{5}$/),
    name: z.string().min(1),
    status: Status,
    /** Listed when a 决算说明 says what 人员经费 or 公用经费 "主要包括" (rules.md §7). */
    typical: z.boolean(),
  })
  .strict();
export type EconomicItem = z.infer<typeof EconomicItem>;

const EconomicClass = z
  .object({
    code: z.string().regex(/^\d{3}$/),
    name: z.string().min(1),
    /** Which part of 基本支出 the class belongs to. */
    expense: z.enum(["personnel", "public"]),
    status: Status,
    items: z.array(EconomicItem).min(1),
  })
  .strict();
export type EconomicClass = z.infer<typeof EconomicClass>;

const CLASSES: readonly EconomicClass[] = z
  .object({ title: z.string(), source: z.string(), classes: z.array(EconomicClass) })
  .strict()
  .parse(table).classes;

/** The four classes with their 款, in code order. */
export function economicClasses(): readonly EconomicClass[] {
  return CLASSES;
}

/** A class ("302") or a 款 ("30217" → 公务接待费) by code. */
export function lookupEconomicCode(code: string): EconomicClass | EconomicItem | undefined {
  for (const economicClass of CLASSES) {
    if (economicClass.code === code) return economicClass;
    const item = economicClass.items.find((i) => i.code === code);
    if (item) return item;
  }
  return undefined;
}

/** The classes that make up 人员经费 (301, 303) or 公用经费 (302, 310). */
export function economicClassesOf(expense: EconomicClass["expense"]): readonly EconomicClass[] {
  return CLASSES.filter((c) => c.expense === expense);
}

/** The 款 names a 决算说明 lists for 人员经费 or 公用经费, in code order: "基本工资、津贴补贴、奖金…". */
export function typicalItemNames(expense: EconomicClass["expense"]): string[] {
  return economicClassesOf(expense).flatMap((c) => c.items.filter((i) => i.typical).map((i) => i.name));
}
