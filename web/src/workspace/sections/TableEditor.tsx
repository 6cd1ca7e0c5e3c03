/**
 * One self-evaluation table (the department's or a project's): the indicator grid, or a button that starts an
 * empty table when there is none yet.
 */
import type { EvaluationTable, Indicator } from "../../../../src/core/dataset/schema.ts";
import type { RuleProfile } from "../../../../src/core/profiles/profile-schema.ts";
import { IndicatorGrid } from "../grid/IndicatorGrid.tsx";
import type { FindingTarget } from "../finding-target.ts";
import { formatPath, type PathSegment } from "../../../../src/core/dataset/dataset-path.ts";

const EMPTY_TABLE: EvaluationTable = { execution: [], goals: [], level1Weights: [], indicators: [] };

interface Props {
  table: EvaluationTable | undefined;
  /** Where the table is in the dataset: ["department", "evaluation"] or ["projects", n, "evaluation"]. */
  path: readonly PathSegment[];
  profile: RuleProfile;
  readOnly: boolean;
  focus: FindingTarget | null;
  onChange(path: readonly PathSegment[], value: unknown): void;
}

export function TableEditor({ table, path, profile, readOnly, focus, onChange }: Props) {
  if (!table) {
    return readOnly ? (
      <p className="muted">没有绩效自评表。</p>
    ) : (
      <button type="button" onClick={() => onChange(path, EMPTY_TABLE)}>
        新建绩效自评表
      </button>
    );
  }
  const tablePath = formatPath(path.slice(0, -1));
  const cell = focus?.cell && focus.path.startsWith(`${tablePath}.evaluation.indicators[`) ? focus.cell : null;
  return (
    <IndicatorGrid
      table={table}
      tablePath={tablePath}
      profile={profile}
      editable={!readOnly}
      focus={cell}
      onChangeIndicator={(index: number, fields: Partial<Indicator>) => {
        const current = table.indicators[index];
        if (!current) return;
        const next: Record<string, unknown> = { ...current };
        for (const [key, value] of Object.entries(fields)) {
          if (value === undefined || value === null || value === "") delete next[key];
          else next[key] = value;
        }
        onChange([...path, "indicators", index], next);
      }}
      onReplaceIndicators={(indicators: Indicator[]) => onChange([...path, "indicators"], indicators)}
    />
  );
}
