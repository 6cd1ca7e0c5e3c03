/**
 * 年初预算 (the department's budget as adopted at the start of the year, budget.initial): its total, its parts by
 * source of funds or by nature of spending (as the 部门整体支出绩效自评报告 states them, with their shares), and its
 * spending by 功能分类（类）— with the sum of the parts beside the total, which the audit's SUM-PARTS checks.
 */
import { FORM_HELP } from "../../../../src/core/forms/form-help.ts";
import type { Dataset } from "../../../../src/core/dataset/schema.ts";
import type { PathSegment } from "../../../../src/core/dataset/dataset-path.ts";
import { INCOME_SOURCE_LABELS, NATURE_LABELS } from "./fund-labels.ts";
import { FieldGroup, LineTable } from "./LineTable.tsx";
import { PartsSum } from "./PartsSum.tsx";

interface Props {
  budget: Dataset["budget"];
  readOnly: boolean;
  onChange(path: readonly PathSegment[], value: unknown): void;
}

const PATH = ["budget", "initial"] as const;

export function InitialBudgetFields({ budget, readOnly, onChange }: Props) {
  const initial = budget?.initial;
  return (
    <section className="field-group" data-testid="initial-budget">
      <FieldGroup
        title="年初预算"
        help={FORM_HELP["budget.initial"]}
        value={initial}
        path={PATH}
        fields={[{ field: "total", label: "年初预算总额" }]}
        readOnly={readOnly}
        onChange={onChange}
      />
      {initial ? (
        <>
          <LineTable
            testId="initial-budget-items"
            caption="年初预算构成"
            rows={initial.items}
            path={[...PATH, "items"]}
            columns={[
              { field: "name", label: "项目", kind: "text", required: true },
              {
                field: "source",
                label: "资金来源",
                kind: "select",
                options: INCOME_SOURCE_LABELS as Record<string, string>,
              },
              { field: "nature", label: "支出性质", kind: "select", options: NATURE_LABELS },
              { field: "amount", label: "金额", kind: "money" },
            ]}
            newRow={() => ({ name: "" })}
            readOnly={readOnly}
            onChange={onChange}
          />
          <PartsSum total={initial.total} lines={initial.items} />
          <LineTable
            caption="支出预算按功能分类（类）"
            rows={initial.byClass}
            path={[...PATH, "byClass"]}
            columns={[
              { field: "code", label: "类编码", kind: "text" },
              { field: "name", label: "类名称", kind: "text", required: true },
              { field: "amount", label: "预算数", kind: "money" },
            ]}
            newRow={() => ({ name: "" })}
            readOnly={readOnly}
            onChange={onChange}
          />
        </>
      ) : (
        !readOnly && <p className="muted small">填写年初预算总额后，再逐行填写其构成。</p>
      )}
    </section>
  );
}
