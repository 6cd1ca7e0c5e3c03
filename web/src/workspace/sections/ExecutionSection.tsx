/** 预算执行: the department table's execution rows (年初预算 / 调整后预算 / 执行数), the rate and score as scored. */
import type { Dataset } from "../../../../src/core/dataset/schema.ts";
import { formatFixed } from "../../../../src/core/numbers/decimal.ts";
import type { TableScore } from "../../../../src/core/scoring/score-types.ts";
import { formatPercent } from "../../components/format.ts";
import { MoneyField, TextField } from "../fields.tsx";
import type { PathSegment } from "../update-at.ts";
import { wanTextToFen } from "../wan-text.ts";

interface Props {
  dataset: Dataset;
  score: TableScore | null;
  readOnly: boolean;
  onChange(path: readonly PathSegment[], value: unknown): void;
}

export function ExecutionSection({ dataset, score, readOnly, onChange }: Props) {
  const rows = dataset.department?.evaluation?.execution ?? [];
  return (
    <div>
      <h2>部门整体预算执行情况</h2>
      {rows.length === 0 ? (
        <p className="muted">部门整体自评表中没有预算执行行。</p>
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
                    <MoneyField label="" path={["department", "evaluation", "execution", index, field]} value={row[field]} readOnly={readOnly} onChange={onChange} />
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
          预算执行率得分 <strong className="num">{score.execution.score ? formatFixed(score.execution.score, 2) : "—"}</strong> / {formatFixed(score.execution.weight, 2)} 分
          <span className="muted small">（{score.execution.explanation}）</span>
        </p>
      )}
      <TextField label="预算调整情况说明" multiline path={["budget", "adjustmentStatement"]} value={dataset.budget?.adjustmentStatement} readOnly={readOnly} onChange={onChange} />
    </div>
  );
}
