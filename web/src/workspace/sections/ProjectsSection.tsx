/** 项目: the list of projects with their scores, and the editor of one project (its texts and its table). */
import type { Dataset, Project } from "../../../../src/core/dataset/schema.ts";
import { formatFixed } from "../../../../src/core/numbers/decimal.ts";
import type { RuleProfile } from "../../../../src/core/profiles/profile-schema.ts";
import type { TableScore } from "../../../../src/core/scoring/score-types.ts";
import { TextField } from "../fields.tsx";
import type { FindingTarget } from "../finding-target.ts";
import type { PathSegment } from "../update-at.ts";
import { ExecutionRows } from "./ExecutionSection.tsx";
import { TableEditor } from "./TableEditor.tsx";
import { TableFrameFields } from "./TableFrameFields.tsx";

interface ListProps {
  dataset: Dataset;
  scores: (TableScore | null)[];
  profile: RuleProfile;
  readOnly: boolean;
  open(index: number): void;
  onChange(path: readonly PathSegment[], value: unknown): void;
}

export function ProjectList({ dataset, scores, profile, readOnly, open, onChange }: ListProps) {
  const totalDecimals = profile.rounding.totalDecimals;
  return (
    <div>
      <table className="data-table">
        <thead>
          <tr>
            <th className="num">序号</th>
            <th>项目名称</th>
            <th>项目编码</th>
            <th className="num">指标数</th>
            <th className="num">自评得分</th>
            <th>等级</th>
          </tr>
        </thead>
        <tbody>
          {dataset.projects.map((project, index) => {
            const score = scores[index];
            return (
              <tr key={index}>
                <td className="num">{index + 1}</td>
                <td>
                  <button type="button" className="link-button" onClick={() => open(index)}>
                    {project.name || "（未命名项目）"}
                  </button>
                </td>
                <td>{project.code ?? "—"}</td>
                <td className="num">{project.evaluation?.indicators.length ?? 0}</td>
                <td className="num">
                  {score && score.totalWeight.gt(0) ? formatFixed(score.total, totalDecimals) : "—"}
                </td>
                <td>{score?.grade ?? "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {!readOnly && (
        <button
          type="button"
          className="add-button"
          onClick={() => onChange(["projects", dataset.projects.length], { name: "新项目" } satisfies Project)}
        >
          添加项目
        </button>
      )}
    </div>
  );
}

interface EditorProps {
  dataset: Dataset;
  index: number;
  score: TableScore | null;
  profile: RuleProfile;
  readOnly: boolean;
  focus: FindingTarget | null;
  onChange(path: readonly PathSegment[], value: unknown): void;
}

const TEXTS: [keyof Project, string][] = [
  ["goals", "项目年度目标"],
  ["goalCompletion", "年度目标完成情况"],
  ["process", "项目实施内容及过程概述"],
  ["conclusion", "评价结论"],
  ["problems", "存在问题"],
  ["measures", "改进措施"],
];

export function ProjectEditor({ dataset, index, score, profile, readOnly, focus, onChange }: EditorProps) {
  const project = dataset.projects[index];
  if (!project) return <p className="error">没有第 {index + 1} 个项目。</p>;
  const at = (field: string): PathSegment[] => ["projects", index, field];
  return (
    <div>
      <div className="form-grid">
        <TextField
          label="项目名称"
          required
          path={at("name")}
          value={project.name}
          readOnly={readOnly}
          onChange={onChange}
        />
        <TextField label="项目编码" path={at("code")} value={project.code} readOnly={readOnly} onChange={onChange} />
        <TextField
          label="主管部门"
          path={at("department")}
          value={project.department}
          readOnly={readOnly}
          onChange={onChange}
        />
        <TextField
          label="实施单位"
          path={at("implementer")}
          value={project.implementer}
          readOnly={readOnly}
          onChange={onChange}
        />
      </div>
      {project.evaluation && (
        <>
          <h2>预算执行情况</h2>
          <ExecutionRows
            rows={project.evaluation.execution}
            path={["projects", index, "evaluation", "execution"]}
            score={score}
            profile={profile}
            readOnly={readOnly}
            onChange={onChange}
          />
          <TableFrameFields
            table={project.evaluation}
            path={["projects", index, "evaluation"]}
            readOnly={readOnly}
            onChange={onChange}
          />
        </>
      )}
      <h2>项目支出绩效自评表</h2>
      <TableEditor
        table={project.evaluation}
        path={["projects", index, "evaluation"]}
        profile={profile}
        readOnly={readOnly}
        focus={focus}
        onChange={onChange}
      />
      <div className="text-fields">
        {TEXTS.map(([field, label]) => (
          <TextField
            key={field}
            label={label}
            multiline
            path={at(field)}
            value={project[field] as string | undefined}
            readOnly={readOnly}
            onChange={onChange}
          />
        ))}
      </div>
    </div>
  );
}
