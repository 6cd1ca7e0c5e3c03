/**
 * 十（三）国有资产占有使用情况: vehicles at the year end by use, what the vehicles are used for (the unit's own words),
 * and 单价100万元以上设备.
 * @module
 */
import { type FinalAccountsBlock, note, paragraph } from "./final-accounts-blocks.ts";
import type { FinalAccountsContext } from "./final-accounts-context.ts";
import { narrativePurpose } from "./unit-narrative.ts";

/** The paragraph of 十（三）. */
export function describeAssets(context: FinalAccountsContext): FinalAccountsBlock[] {
  const assets = context.accounts.assets;
  if (!assets) return [note("（数据中未提供国有资产占有使用情况。）")];
  let text = `截至${context.year}年12月31日，${context.unitName}`;
  if (assets.vehicles !== undefined) {
    const byUse = Object.entries(assets.vehiclesByUse ?? {}).map(([use, count]) => `${use}${count}辆`);
    text += `共有车辆${assets.vehicles}辆${byUse.length === 0 ? "" : `，其中：${byUse.join("、")}`}。`;
    const purpose = narrativePurpose(context.dataset, { section: /国有资产/ });
    if (assets.vehicles > 0 && purpose) text += purpose;
  }
  if (assets.largeEquipment !== undefined) text += `单价100万元以上设备（不含车辆）${assets.largeEquipment}台（套）。`;
  return [paragraph(text)];
}
