/**
 * 原文得分 (publishedScores): the scores and grades the unit's report and tables print, one row each in the official
 * tables' order (the department's first, then the projects'), with their parts under the row — typed as people type
 * them (full-width digits, "97分"), each value saved whole or refused on its field. The audit compares them with the
 * computed scores.
 */
import { Fragment } from "react";
import type { Dataset, PublishedScore } from "../../../../src/core/dataset/schema.ts";
import type { PathSegment } from "../../../../src/core/dataset/dataset-path.ts";
import { FORM_HELP } from "../../../../src/core/forms/form-help.ts";
import { PrintedGradeField, PrintedScoreField, TextField } from "../fields.tsx";
import { LineTable } from "./LineTable.tsx";
import { RowActions } from "./RowActions.tsx";

const NEW_ENTRY = (): PublishedScore => ({ label: "", components: [] });
const NEW_PART = () => ({ label: "", score: "" });

interface Props {
  dataset: Dataset;
  readOnly: boolean;
  onChange(path: readonly PathSegment[], value: unknown): void;
}

export function PublishedScoresSection({ dataset, readOnly, onChange }: Props) {
  const entries = dataset.publishedScores;
  const setEntries = (next: PublishedScore[]) => onChange(["publishedScores"], next);
  const at = (index: number, ...rest: PathSegment[]): PathSegment[] => ["publishedScores", index, ...rest];
  return (
    <div data-testid="published-scores">
      <h2>原文得分</h2>
      <p className="field-help">{FORM_HELP.publishedScores}</p>
      {entries.length === 0 ? (
        <p className="muted">还没有原文得分。</p>
      ) : (
        <table className="data-table form-table compact-form published-scores">
          <colgroup>
            <col style={{ width: 48 }} />
            <col />
            <col style={{ width: 120 }} />
            <col style={{ width: 96 }} />
            {!readOnly && <col style={{ width: 250 }} />}
          </colgroup>
          <thead>
            <tr>
              <th className="num">序号</th>
              <th>得分对象（照原文） *</th>
              <th className="num">得分</th>
              <th>等级</th>
              {!readOnly && <th className="row-actions-head">操作</th>}
            </tr>
          </thead>
          <tbody>
            {entries.map((entry, index) => (
              <Fragment key={index}>
                <tr data-testid="published-score">
                  <td className="num">{index + 1}</td>
                  <td>
                    <TextField
                      label=""
                      required
                      path={at(index, "label")}
                      value={entry.label}
                      readOnly={readOnly}
                      onChange={onChange}
                    />
                  </td>
                  <td className="num">
                    <PrintedScoreField
                      label=""
                      path={at(index, "score")}
                      value={entry.score}
                      readOnly={readOnly}
                      onChange={onChange}
                    />
                  </td>
                  <td>
                    <PrintedGradeField
                      label=""
                      path={at(index, "grade")}
                      value={entry.grade}
                      readOnly={readOnly}
                      onChange={onChange}
                    />
                  </td>
                  {!readOnly && (
                    <td className="row-actions">
                      <RowActions rows={entries} index={index} noun="项" setRows={setEntries} newRow={NEW_ENTRY} />
                      {entry.components.length === 0 && (
                        <button
                          type="button"
                          className="small"
                          onClick={() => onChange(at(index, "components"), [NEW_PART()])}
                        >
                          添加分项得分
                        </button>
                      )}
                    </td>
                  )}
                </tr>
                {entry.components.length > 0 && (
                  <tr className="published-score-parts">
                    <td />
                    <td colSpan={readOnly ? 3 : 4}>
                      <LineTable
                        testId="published-score-components"
                        caption={`第 ${index + 1} 项的分项得分`}
                        rows={entry.components as unknown as Record<string, unknown>[]}
                        path={at(index, "components")}
                        columns={[
                          { field: "label", label: "分项名称", kind: "text", required: true },
                          { field: "score", label: "得分", kind: "printedScore", required: true },
                          { field: "weight", label: "分值", kind: "weight" },
                        ]}
                        newRow={NEW_PART}
                        readOnly={readOnly}
                        onChange={onChange}
                      />
                      <p className="field-help">{FORM_HELP["publishedScores[].components"]}</p>
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
      {!readOnly && (
        <button type="button" className="add-button" onClick={() => setEntries([...entries, NEW_ENTRY()])}>
          添加原文得分
        </button>
      )}
    </div>
  );
}
