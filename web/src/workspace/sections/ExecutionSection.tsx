/**
 * 预算执行: the rows of a self-evaluation table's budget block (年初预算 / 全年预算 / 执行数) with their execution rate,
 * and the execution score as scored. The department's block is its own section (with the 年初预算 and the statement
 * of its adjustment); a project's sits in its editor.
 */
import { FORM_HELP } from "../../../../src/core/forms/form-help.ts";
import type { Dataset, ExecutionRow } from "../../../../src/core/dataset/schema.ts";
import { formatFixed } from "../../../../src/core/numbers/decimal.ts";
import type { RuleProfile } from "../../../../src/core/profiles/profile-schema.ts";
import type { TableScore } from "../../../../src/core/scoring/score-types.ts";
import { MoneyField, SelectField, TextField } from "../fields.tsx";
import type { PathSegment } from "../../../../src/core/dataset/dataset-path.ts";
import { wanTextToFen } from "../wan-text.ts";
import { NATURE_LABELS, SOURCE_LABELS } from "./fund-labels.ts";
import { InitialBudgetFields } from "./InitialBudgetFields.tsx";
import { showRatio } from "../../../../src/core/display/show-number.ts";

interface RowsProps {
  rows: readonly ExecutionRow[];
  /** Where the rows are: [..., "evaluation", "execution"]. */
  path: readonly PathSegment[];
  score: TableScore | null;
  profile: RuleProfile;
  readOnly: boolean;
  onChange(path: readonly PathSegment[], value: unknown): void;
}

/** The source a new row suggests: the first one the table does not have yet. */
function nextSource(rows: readonly ExecutionRow[]): string {
  const used = new Set(rows.map((row) => row.source));
  return (
    (Object.keys(SOURCE_LABELS) as (keyof typeof SOURCE_LABELS)[]).find(
      (source) => !used.has(source as ExecutionRow["source"]),
    ) ?? "other"
  );
}

export function ExecutionRows({ rows, path, score, profile, readOnly, onChange }: RowsProps) {
  const places = profile.rounding.indicatorDecimals;
  const setRows = (next: ExecutionRow[]) => onChange(path, next);
  const addRow = () => {
    if (rows.length === 0) return setRows([{ label: "年度资金总额", role: "total" }]);
    const source = nextSource(rows);
    setRows([
      ...rows,
      {
        label: `其中：${SOURCE_LABELS[source as keyof typeof SOURCE_LABELS] ?? source}`,
        role: "part",
        source: source as ExecutionRow["source"],
      },
    ]);
  };
  return (
    <>
      <p className="field-help">{FORM_HELP["evaluation.execution"]}</p>
      {rows.length === 0 ? (
        <p className="muted">自评表中没有预算执行行。</p>
      ) : (
        <table className="data-table form-table execution-rows">
          <thead>
            <tr>
              <th>资金</th>
              <th>来源</th>
              <th>性质</th>
              <th className="num">年初预算数（万元）</th>
              <th className="num">全年预算数（万元）</th>
              <th className="num">全年执行数（万元）</th>
              <th className="num">执行率</th>
              <th>原因说明</th>
              {!readOnly && <th />}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                <td>
                  <TextField
                    label=""
                    required
                    path={[...path, index, "label"]}
                    value={row.label}
                    readOnly={readOnly}
                    onChange={onChange}
                  />
                </td>
                <td>
                  {row.role === "total" ? (
                    <span className="muted small">总额</span>
                  ) : (
                    <SelectField
                      label=""
                      ariaLabel={`第 ${index + 1} 行资金来源`}
                      path={[...path, index, "source"]}
                      options={SOURCE_LABELS}
                      value={row.source}
                      readOnly={readOnly}
                      onChange={onChange}
                    />
                  )}
                </td>
                <td>
                  {row.role === "total" ? null : (
                    <SelectField
                      label=""
                      ariaLabel={`第 ${index + 1} 行支出性质`}
                      path={[...path, index, "nature"]}
                      options={NATURE_LABELS}
                      value={row.nature}
                      readOnly={readOnly}
                      onChange={onChange}
                    />
                  )}
                </td>
                {(["initial", "adjusted", "executed"] as const).map((field) => (
                  <td key={field} className="num">
                    <MoneyField
                      label=""
                      path={[...path, index, field]}
                      value={row[field]}
                      readOnly={readOnly}
                      onChange={onChange}
                    />
                  </td>
                ))}
                <td className="num">{showRatio(wanTextToFen(row.executed), wanTextToFen(row.adjusted))}</td>
                <td>
                  <TextField
                    label=""
                    path={[...path, index, "reason"]}
                    value={row.reason}
                    readOnly={readOnly}
                    onChange={onChange}
                  />
                </td>
                {!readOnly && (
                  <td>
                    <button
                      type="button"
                      className="small"
                      aria-label={`删除第 ${index + 1} 行`}
                      onClick={() => setRows(rows.filter((_, at) => at !== index))}
                    >
                      删除
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!readOnly && (
        <button type="button" className="add-button" onClick={addRow}>
          {rows.length === 0 ? "添加年度资金总额行" : "添加“其中”行"}
        </button>
      )}
      {score?.execution && (
        <p className="score-line">
          预算执行率得分{" "}
          <strong className="num">{score.execution.score ? formatFixed(score.execution.score, places) : "—"}</strong> /{" "}
          {formatFixed(score.execution.weight, places)} 分
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
      {dataset.department?.evaluation ? (
        <ExecutionRows
          rows={dataset.department.evaluation.execution}
          path={["department", "evaluation", "execution"]}
          score={score}
          profile={profile}
          readOnly={readOnly}
          onChange={onChange}
        />
      ) : readOnly ? (
        <p className="muted">没有部门整体支出绩效自评表。</p>
      ) : (
        <button
          type="button"
          onClick={() =>
            onChange(["department", "evaluation"], {
              execution: [{ label: "年度资金总额", role: "total" }],
              goals: [],
              level1Weights: [],
              indicators: [],
            })
          }
        >
          新建部门整体支出绩效自评表（从预算执行开始）
        </button>
      )}
      <InitialBudgetFields budget={dataset.budget} readOnly={readOnly} onChange={onChange} />
      <TextField
        label="预算调整情况说明"
        multiline
        path={["budget", "adjustmentStatement"]}
        value={dataset.budget?.adjustmentStatement}
        readOnly={readOnly}
        onChange={onChange}
      />
    </div>
  );
}
