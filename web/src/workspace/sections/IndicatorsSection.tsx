/** 整体绩效目标与指标: the department's goals, its self-evaluation table, and a framework scored by dimension. */
import type { Dataset } from "../../../../src/core/dataset/schema.ts";
import type { RuleProfile } from "../../../../src/core/profiles/profile-schema.ts";
import { TextField } from "../fields.tsx";
import type { FindingTarget } from "../finding-target.ts";
import type { PathSegment } from "../../../../src/core/dataset/dataset-path.ts";
import { TableEditor } from "./TableEditor.tsx";
import { TableFrameFields } from "./TableFrameFields.tsx";
import { FrameworkFields } from "./FrameworkFields.tsx";

interface Props {
  dataset: Dataset;
  profile: RuleProfile;
  readOnly: boolean;
  focus: FindingTarget | null;
  onChange(path: readonly PathSegment[], value: unknown): void;
}

export function IndicatorsSection({ dataset, profile, readOnly, focus, onChange }: Props) {
  return (
    <div>
      <TextField
        label="部门整体绩效目标"
        multiline
        path={["department", "goals"]}
        value={dataset.department?.goals}
        readOnly={readOnly}
        onChange={onChange}
      />
      {dataset.department?.evaluation && (
        <TableFrameFields
          table={dataset.department.evaluation}
          path={["department", "evaluation"]}
          readOnly={readOnly}
          onChange={onChange}
        />
      )}
      <h2>部门整体支出绩效自评表</h2>
      <TableEditor
        table={dataset.department?.evaluation}
        path={["department", "evaluation"]}
        profile={profile}
        readOnly={readOnly}
        focus={focus}
        onChange={onChange}
      />
      <FrameworkFields
        framework={dataset.department?.framework}
        profile={profile}
        readOnly={readOnly}
        onChange={onChange}
      />
    </div>
  );
}
