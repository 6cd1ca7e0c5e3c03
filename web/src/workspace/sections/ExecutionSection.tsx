/**
 * 预算执行: the rows of a self-evaluation table's budget block (年初预算 / 全年预算 / 执行数) with their execution rate,
 * and the execution score as scored. The department's block is its own section; a project's sits in its editor.
 */
import type { Dataset, ExecutionRow } from "../../../../src/core/dataset/schema.ts";
import { formatFixed } from "../../../../src/core/numbers/decimal.ts";
import type { RuleProfile } from "../../../../src/core/profiles/profile-schema.ts";
import type { TableScore } from "../../../../src/core/scoring/score-types.ts";
import { formatPercent } from "../../components/format.ts";
import { MoneyField, TextField } from "../fields.tsx";
import type { PathSegment } from "../update-at.ts";
import { wanTextToFen } from "../wan-text.ts";

interface RowsProps {
  rows: readonly ExecutionRow[];
  /** Where the rows are: [..., "evaluation", "execution"]. */
  path: readonly PathSegment[];
  score: TableScore | null;
  profile: RuleProfile;
  readOnly: boolean;
  onChange(path: readonly PathSegment[], value: unknown): void;
}

export function ExecutionRows({ rows, path, score, profile, readOnly, onChange }: RowsProps) {
  const places = profile.rounding.indicatorDecimals;
  return (
    <>
      {rows.length === 0 ? (
        <p className="muted">自评表中没有预算执行行。</p>
      ) : (
        <table className="data-table form-table">
          <thead>
            <tr>
              <th>资金</th>
              <th className="num">年初预算数（万元）</th>
              <th className="num">全年预算数（万元）</th>
              <th className="num">全年执行数（万元）</th>
              <th className="num">执行率</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                <td>{row.label}</td>
                {(["initial", "adjusted", "executed"] as const).map((field) => (
                  <td key={field} className="num">
                    <MoneyField label="" path={[...path, index, field]} value={row[field]} readOnly={readOnly} onChange={onChange} />
                  </td>
                ))}
                <td className="num">{formatPercent(wanTextToFen(row.executed), wanTextToFen(row.adjusted))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {score?.execution && (
        <p className="score-line">
          预算执行率得分 <strong className="num">{score.execution.score ? formatFixed(score.execution.score, places) : "—"}</strong> / {formatFixed(score.execution.weight, places)} 分
          <span className="muted small">（{score.execution.explanation}）</span>
        </p>
      )}
    </>
  );
}

interface Props {
  dataset: Dataset;
  score: TableScore | null;
  profile: RuleProfile;
  readOnly: boolean;
  onChange(path: readonly PathSegment[], value: unknown): void;
}

export function ExecutionSection({ dataset, score, profile, readOnly, onChange }: Props) {
  return (
    <div>
      <h2>部门整体预算执行情况</h2>
      <ExecutionRows rows={dataset.department?.evaluation?.execution ?? []} path={["department", "evaluation", "execution"]} score={score} profile={profile} readOnly={readOnly} onChange={onChange} />
      <TextField label="预算调整情况说明" multiline path={["budget", "adjustmentStatement"]} value={dataset.budget?.adjustmentStatement} readOnly={readOnly} onChange={onChange} />
    </div>
  );
}
