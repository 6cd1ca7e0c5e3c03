/**
 * The facts every section of the 决算说明 needs: the dataset's final accounts, the year and the year before, the
 * unit's name, and amounts turned from 万元 text into integer 分 once.
 * @module
 */
import type { Dataset, FinalAccounts } from "../../dataset/schema.ts";
import type { RuleProfile } from "../../profiles/profile-schema.ts";
import type { DatasetScores } from "../../scoring/score-types.ts";
import { type Fen, wanToFen } from "../../money/fen.ts";

export interface FinalAccountsContext {
  dataset: Dataset;
  accounts: FinalAccounts;
  year: number;
  priorYear: number;
  /** "凉山州科学技术协会", or "本部门" when the dataset names no unit. */
  unitName: string;
  /** The computed scores, against which the unit's own sentences are printed (十（四）); absent: printed as written. */
  scored?: { scores: DatasetScores; profile: RuleProfile };
}

/** The context of a dataset, or null when it has no final accounts to describe. */
export function finalAccountsContext(
  dataset: Dataset,
  scored?: { scores: DatasetScores; profile: RuleProfile },
): FinalAccountsContext | null {
  const accounts = dataset.finalAccounts;
  if (!accounts) return null;
  return {
    dataset,
    accounts,
    year: dataset.year,
    priorYear: dataset.year - 1,
    unitName: dataset.unit?.name ?? "本部门",
    ...(scored ? { scored } : {}),
  };
}

/** "874.05" → 分; a blank amount stays undefined, which is not the same as 0 (上年无此项 vs 上年数未提供). */
export function fenOf(wan: string | undefined): Fen | undefined {
  return wan === undefined ? undefined : wanToFen(wan);
}
