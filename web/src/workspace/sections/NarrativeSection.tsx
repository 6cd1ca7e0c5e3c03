/** 叙述: the report's narrative sections, editable, and 生成草稿 which writes the formulaic ones from the figures. */
import { useState } from "react";
import type { Dataset } from "../../../../src/core/dataset/schema.ts";
import type { RuleProfile } from "../../../../src/core/profiles/profile-schema.ts";
import type { DatasetScores } from "../../../../src/core/scoring/score-types.ts";
import { draftSections, mergeDraft } from "../draft-narrative.ts";
import { TextField } from "../fields.tsx";
import type { PathSegment } from "../update-at.ts";

interface Props {
  dataset: Dataset;
  scores: DatasetScores | null;
  profile: RuleProfile;
  readOnly: boolean;
  onChange(path: readonly PathSegment[], value: unknown): void;
}

export function NarrativeSection({ dataset, scores, profile, readOnly, onChange }: Props) {
  const [message, setMessage] = useState<string | null>(null);
  const generate = () => {
    if (!scores) return;
    const { narrative, filled } = mergeDraft(dataset.narrative, draftSections(dataset, scores, profile));
    if (filled > 0) onChange(["narrative"], narrative);
    setMessage(filled > 0 ? `已生成 ${filled} 段草稿，请检查并修改。` : "各段都已有内容，未覆盖。");
  };
  return (
    <div>
      {!readOnly && (
        <div className="toolbar">
          <button type="button" className="primary" onClick={generate} disabled={!scores}>
            生成草稿
          </button>
          <span className="muted small">按数据写出预算执行、得分、存在问题等固定表述；已有内容的段落不会被覆盖。</span>
          {message && <span role="status">{message}</span>}
        </div>
      )}
      {dataset.narrative.length === 0 && <p className="muted">还没有叙述段落。</p>}
      {dataset.narrative.map((section, index) => (
        <TextField
          key={index}
          label={section.title}
          multiline
          path={["narrative", index, "text"]}
          value={section.text}
          readOnly={readOnly}
          keepEmpty
          onChange={onChange}
        />
      ))}
    </div>
  );
}
