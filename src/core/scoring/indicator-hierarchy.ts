/**
 * 一级/二级 names of an indicator table as the scoring sees them. Printed tables merge 一级 and 二级 cells down
 * their rows, so a blank cell means "same as above"; printed names also carry weights and line breaks
 * ("产出指标\n(50分)"), which are not part of the name.
 * @module
 */
import type { Indicator } from "../dataset/schema.ts";
import type { RuleProfile } from "../profiles/profile-schema.ts";

export interface IndicatorLevels {
  level1: string;
  level2: string | null;
}

/** "产出指标\n(50分)" → "产出指标"; "重点工作\n任务完成" → "重点工作任务完成". */
export function cleanLevelName(name: string): string {
  if (name === "") return "";
  // A province's tables name their levels with a few dozen strings: each is cleaned once.
  let clean = cleanNames.get(name);
  if (clean === undefined) {
    clean = name
      .replace(/[（(]\s*\d+(\.\d+)?\s*分\s*[)）]/g, "")
      .replace(/\s+/g, "")
      .trim();
    if (cleanNames.size >= 10_000) cleanNames.clear();
    cleanNames.set(name, clean);
  }
  return clean;
}

const cleanNames = new Map<string, string>();

/** Fills blank (merged) 一级/二级 cells from the row above and maps aliases ("产出" → "产出指标"). */
export function resolveLevels(indicators: readonly Indicator[], profile: RuleProfile): IndicatorLevels[] {
  let level1 = "";
  let level2: string | null = null;
  return indicators.map((indicator) => {
    const ownLevel1 = cleanLevelName(indicator.level1);
    if (ownLevel1 !== "") {
      if (ownLevel1 !== level1) level2 = null;
      level1 = profile.level1Aliases[ownLevel1] ?? ownLevel1;
    }
    const ownLevel2 = cleanLevelName(indicator.level2 ?? "");
    if (ownLevel2 !== "") level2 = ownLevel2;
    return { level1, level2 };
  });
}
