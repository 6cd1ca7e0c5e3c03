/**
 * 十（二）政府采购支出情况: 货物/工程/服务 and the contracts awarded to small and medium enterprises with their shares
 * of the total. A zero total is said in words: its shares have no base, and "占0%" would be wrong.
 * @module
 */
import { shareOfText } from "../phrases.ts";
import { type FinalAccountsBlock, note, paragraph } from "./final-accounts-blocks.ts";
import { type FinalAccountsContext, fenOf } from "./final-accounts-context.ts";
import { isPublishableText } from "./unit-narrative.ts";
import { showAmountWithUnit } from "../../display/show-number.ts";

const OF_TOTAL = "政府采购支出总额";

/** The paragraph of 十（二）. */
export function describeProcurement(context: FinalAccountsContext): FinalAccountsBlock[] {
  const procurement = context.accounts.procurement;
  if (!procurement) return [note("（数据中未提供政府采购支出。）")];
  const total = fenOf(procurement.total) ?? 0;
  const head = `${context.year}年度，${context.unitName}`;
  if (total === 0) return [paragraph(`${head}未发生政府采购支出。`)];

  const kinds = [
    ["政府采购货物支出", fenOf(procurement.goods)],
    ["政府采购工程支出", fenOf(procurement.works)],
    ["政府采购服务支出", fenOf(procurement.services)],
  ] as const;
  const listed = kinds
    .filter(([, amount]) => amount !== undefined)
    .map(([name, amount]) => `${name}${showAmountWithUnit(amount ?? 0)}`);
  let text = `${head}政府采购支出总额${showAmountWithUnit(total)}${listed.length === 0 ? "。" : `，其中：${listed.join("，")}。`}`;
  const purpose = procurement.purpose?.trim();
  if (purpose && isPublishableText(purpose)) text += /[。.]$/.test(purpose) ? purpose : `${purpose}。`;

  const sme = fenOf(procurement.smeContracts);
  const smallMicro = fenOf(procurement.smallMicroContracts);
  if (sme !== undefined)
    text += `授予中小企业合同金额${showAmountWithUnit(sme)}，${shareOfText(sme, total, OF_TOTAL)}。`;
  if (smallMicro !== undefined) {
    text += `授予小微企业合同金额${showAmountWithUnit(smallMicro)}，${shareOfText(smallMicro, total, OF_TOTAL)}。`;
  }
  return [paragraph(text)];
}
