/**
 * Synthetic units for the batch benchmark: the 凉山 example with another unit name and every amount scaled by a
 * factor that differs per unit, so that no two packages are byte-identical and caches cannot flatter the figures.
 * Printed figures (`printed`) stay as they were — the audit then finds differences, as it would in real data.
 * @module
 */

const COUNTIES = [
  "西昌市",
  "会理市",
  "木里县",
  "盐源县",
  "德昌县",
  "会东县",
  "宁南县",
  "普格县",
  "布拖县",
  "金阳县",
  "昭觉县",
  "喜德县",
  "冕宁县",
  "越西县",
  "甘洛县",
  "美姑县",
  "雷波县",
  "米易县",
  "盐边县",
  "仁和区",
];

/** Keys whose value is an amount in 万元 (MoneyWan in the dataset schema). */
const MONEY_KEYS = new Set([
  "adjusted",
  "adjustedBudget",
  "amount",
  "budget",
  "domestic",
  "executed",
  "final",
  "fixedAssetsInUse",
  "fixedAssetsTotal",
  "foreign",
  "goods",
  "governmentFundSpending",
  "initial",
  "initialBudget",
  "newFixedAssets",
  "operation",
  "personnel",
  "prior",
  "priorFinal",
  "priorPersonnel",
  "priorPublic",
  "public",
  "purchase",
  "services",
  "smallMicroContracts",
  "smeContracts",
  "stateCapitalSpending",
  "total",
  "works",
]);

/** The raw dataset JSON of unit number `index` (0-based), derived from `base` (which is not modified). */
export function synthesizeUnit(base: unknown, index: number): unknown {
  const unit = structuredClone(base) as { unit?: { name?: string; shortName?: string } };
  const county = COUNTIES[index % COUNTIES.length] as string;
  const name = `${county}科学技术协会（样本${String(index + 1).padStart(4, "0")}）`;
  unit.unit = { ...unit.unit, name, shortName: `${county}科协` };
  // 0.60 … 1.39, spread over units by a step coprime to 80.
  const factor = 0.6 + ((index * 37) % 80) / 100;
  scaleAmounts(unit, factor);
  return unit;
}

function scaleAmounts(node: unknown, factor: number): void {
  if (Array.isArray(node)) {
    for (const item of node) scaleAmounts(item, factor);
    return;
  }
  if (node === null || typeof node !== "object") return;
  const record = node as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    if (key === "printed") continue;
    if (typeof value === "string" && MONEY_KEYS.has(key) && /^-?\d+(\.\d+)?$/.test(value)) {
      record[key] = (Math.round(Number(value) * factor * 100) / 100).toFixed(2);
    } else {
      scaleAmounts(value, factor);
    }
  }
}
