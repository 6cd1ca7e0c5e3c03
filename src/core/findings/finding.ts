/**
 * A finding of the consistency audit or the prose audit.
 *
 * Every finding carries a stable check code (see the catalogues), a severity, a location (a dataset path such as
 * `finalAccounts.expenditure.items[0].printed.share`, or `第13行` for prose) and a Chinese message naming what was
 * expected and what was found.
 * @module
 */
import type { DatasetPath } from "../dataset/dataset-path.ts";

export type Severity = "error" | "warning" | "info";

export interface Finding {
  /** Stable check code, e.g. `SUM-PARTS` or `PROSE-CHANGE-RATE`. */
  code: string;
  severity: Severity;
  /** Chinese message with expected vs found. */
  message: string;
  /** Dataset path (`a.b[2].c`) or, for prose, `第N行`. */
  location: string;
  /** The dataset path of `location` as segments (dataset findings only), for a client to go to the field. */
  path?: DatasetPath;
  /** Prose only: the sentence as written. */
  quote?: string;
  expected?: string;
  found?: string;
  /** Prose only: 1-based line in the text. */
  line?: number;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then infos; stable within a severity. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
