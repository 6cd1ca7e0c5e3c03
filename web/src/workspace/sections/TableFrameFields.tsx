/**
 * The parts of a self-evaluation table around its indicators: 年度总体目标 (预期目标 / 实际完成情况 rows), the
 * 预算执行率 分值 and the 一级指标 分值 as the table prints them (the audit checks them against the rows' weights).
 */
import { FORM_HELP } from "../../../../src/core/forms/form-help.ts";
import type { EvaluationTable } from "../../../../src/core/dataset/schema.ts";
import { WeightField } from "../fields.tsx";
import type { PathSegment } from "../../../../src/core/dataset/dataset-path.ts";
import { LineTable } from "./LineTable.tsx";

interface Props {
  table: EvaluationTable;
  /** Where the table is: ["department", "evaluation"] or ["projects", n, "evaluation"]. */
  path: readonly PathSegment[];
  readOnly: boolean;
  onChange(path: readonly PathSegment[], value: unknown): void;
}

export function TableFrameFields({ table, path, readOnly, onChange }: Props) {
  return (
    <div className="table-frame" data-testid="table-frame">
      <h3>年度总体目标</h3>
      <p className="field-help">{FORM_HELP["evaluation.goals"]}</p>
      <LineTable
        testId="goal-rows"
        rows={table.goals as Record<string, unknown>[]}
        path={[...path, "goals"]}
        columns={[
          { field: "expected", label: "预期目标", kind: "longText" },
          { field: "actual", label: "实际完成情况", kind: "longText" },
        ]}
        newRow={() => ({})}
        readOnly={readOnly}
        onChange={onChange}
      />
      <h3>分值</h3>
      <p className="field-help">{FORM_HELP["evaluation.weights"]}</p>
      <div className="form-grid">
        <WeightField
          label="预算执行率分值"
          path={[...path, "executionWeight"]}
          value={table.executionWeight}
          readOnly={readOnly}
          onChange={onChange}
        />
      </div>
      <LineTable
        testId="level1-weights"
        caption="一级指标分值"
        rows={table.level1Weights as Record<string, unknown>[]}
        path={[...path, "level1Weights"]}
        columns={[
          { field: "level1", label: "一级指标", kind: "text", required: true },
          { field: "weight", label: "分值", kind: "weight" },
        ]}
        newRow={() => ({ level1: "", weight: "0" })}
        readOnly={readOnly}
        onChange={onChange}
      />
    </div>
  );
}
