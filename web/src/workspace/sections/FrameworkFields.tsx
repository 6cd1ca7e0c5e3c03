/**
 * A department scored by dimension rather than by indicator (凉山's 2023年凉山州部门预算绩效评价指标体系: 部门预算总体绩效 30,
 * 项目绩效 20, …): the framework's name and its dimensions — 评价维度, 分值, 自评得分, 扣分原因 — with the total,
 * deduction and grade as core's scoreFramework gives them (the figures the 部门整体绩效自评得分表 and the 评价结论 print).
 */
import { FORM_HELP } from "../../../../src/core/forms/form-help.ts";
import type { Dataset } from "../../../../src/core/dataset/schema.ts";
import type { PathSegment } from "../../../../src/core/dataset/dataset-path.ts";
import { formatTrimmed } from "../../../../src/core/numbers/decimal.ts";
import type { RuleProfile } from "../../../../src/core/profiles/profile-schema.ts";
import { scoreFramework } from "../../../../src/core/narrative/self-evaluation/framework-score.ts";
import { TextField } from "../fields.tsx";
import { LineTable } from "./LineTable.tsx";

interface Props {
  framework: NonNullable<Dataset["department"]>["framework"];
  profile: RuleProfile;
  readOnly: boolean;
  onChange(path: readonly PathSegment[], value: unknown): void;
}

const PATH = ["department", "framework"] as const;

/** The totals line, or null while a dimension's figures cannot be read. */
function FrameworkTotal({ framework, profile }: { framework: NonNullable<Props["framework"]>; profile: RuleProfile }) {
  let result;
  try {
    result = scoreFramework(framework, profile);
  } catch {
    return null;
  }
  const places = profile.rounding.totalDecimals;
  return (
    <p className="derived" data-testid="framework-total">
      <span className="field-label">合计</span> 分值 {formatTrimmed(result.weight, places)}，自评得分{" "}
      {formatTrimmed(result.total, places)}，扣分 {formatTrimmed(result.weight.minus(result.total), places)}
      {result.grade ? `，自评等级 ${result.grade}` : "（有维度未评分，暂不评等级）"}
    </p>
  );
}

export function FrameworkFields({ framework, profile, readOnly, onChange }: Props) {
  if (!framework) {
    return readOnly ? null : (
      <section className="field-group" data-testid="framework">
        <h3>按维度评分的评价指标体系</h3>
        <p className="field-help">{FORM_HELP["department.framework.start"]}</p>
        <button
          type="button"
          className="add-button small"
          onClick={() => onChange(PATH, { name: "", dimensions: [{ name: "", weight: "0" }] })}
        >
          填写按维度评分的指标体系
        </button>
      </section>
    );
  }
  return (
    <section className="field-group" data-testid="framework">
      <h3>按维度评分的评价指标体系</h3>
      <p className="field-help">{FORM_HELP["department.framework"]}</p>
      <TextField
        label="指标体系名称"
        path={[...PATH, "name"]}
        value={framework.name}
        readOnly={readOnly}
        onChange={onChange}
      />
      <LineTable
        testId="framework-dimensions"
        rows={framework.dimensions}
        path={[...PATH, "dimensions"]}
        columns={[
          { field: "name", label: "评价维度", kind: "text", required: true },
          { field: "weight", label: "分值", kind: "weight", required: true },
          { field: "score", label: "自评得分", kind: "weight" },
          { field: "reason", label: "扣分原因", kind: "longText" },
        ]}
        newRow={() => ({ name: "", weight: "0" })}
        readOnly={readOnly}
        onChange={onChange}
      />
      <FrameworkTotal framework={framework} profile={profile} />
      {!readOnly && (
        <button type="button" className="small" onClick={() => onChange(PATH, undefined)}>
          删除按维度评分的指标体系
        </button>
      )}
    </section>
  );
}
