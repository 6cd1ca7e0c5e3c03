/**
 * The indicator rows of a scored table grouped the way the printed form merges them: consecutive rows of one 一级
 * share a merged 一级 cell, and within it consecutive rows of one 二级 share a merged 二级 cell. The 自评表 builder
 * uses the groups for its vertical merges and the report uses them for "产出指标分值50分，得分50分".
 *
 * Groups follow row order, not names: a table whose 一级 comes back after another (a second 绩效指标 block, as in
 * seed 004's 人才发展专项) gets a second group, exactly as its printed merges do.
 * @module
 */
import { Dec } from "../../numbers/decimal.ts";
import type { RuleProfile } from "../../profiles/profile-schema.ts";
import { resolveLevels } from "../../scoring/indicator-hierarchy.ts";
import type { IndicatorScore, TableScore } from "../../scoring/score-types.ts";

export interface Level2Group {
  /** 二级 name, or null where the table has none. */
  level2: string | null;
  weight: Dec;
  /** Σ final scores; an indicator without a score counts 0, as in the total. */
  score: Dec;
  items: IndicatorScore[];
}

export interface Level1Group {
  level1: string;
  weight: Dec;
  score: Dec;
  level2Groups: Level2Group[];
}

/** Groups the scored indicators of a table by consecutive 一级 and, inside, consecutive 二级. */
export function groupIndicators(table: TableScore, profile: RuleProfile): Level1Group[] {
  const levels = resolveLevels(
    table.indicators.map((scored) => scored.indicator),
    profile,
  );
  const groups: Level1Group[] = [];
  table.indicators.forEach((scored, i) => {
    const { level1, level2 } = levels[i] ?? { level1: "", level2: null };
    let group = groups.at(-1);
    if (!group || group.level1 !== level1) {
      group = { level1, weight: new Dec(0), score: new Dec(0), level2Groups: [] };
      groups.push(group);
    }
    let sub = group.level2Groups.at(-1);
    if (!sub || sub.level2 !== level2) {
      sub = { level2, weight: new Dec(0), score: new Dec(0), items: [] };
      group.level2Groups.push(sub);
    }
    sub.items.push(scored);
    sub.weight = sub.weight.plus(scored.weight);
    sub.score = sub.score.plus(scored.final ?? 0);
    group.weight = group.weight.plus(scored.weight);
    group.score = group.score.plus(scored.final ?? 0);
  });
  return groups;
}

/** Rows a group spans in the table. */
export function rowCount(group: Level1Group): number {
  return group.level2Groups.reduce((n, sub) => n + sub.items.length, 0);
}
