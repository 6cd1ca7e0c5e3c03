/**
 * 叙述: the report's 公文要素 (封面, 主送, 开头, 结束语, 署名, 日期), its narrative sections by the outline's headings
 * (added, titled, moved and removed here), and 生成草稿 which writes the formulaic ones from the figures.
 */
import { FORM_HELP } from "../../../../src/core/forms/form-help.ts";
import { useState } from "react";
import type { Dataset } from "../../../../src/core/dataset/schema.ts";
import type { RuleProfile } from "../../../../src/core/profiles/profile-schema.ts";
import type { DatasetScores } from "../../../../src/core/scoring/score-types.ts";
import { draftSections, mergeDraft } from "../draft-narrative.ts";
import { TextField } from "../fields.tsx";
import type { PathSegment } from "../../../../src/core/dataset/dataset-path.ts";
import { FieldGrid, type GridField } from "./FieldGrid.tsx";
import { RowActions } from "./RowActions.tsx";

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
      <FilingFields dataset={dataset} readOnly={readOnly} onChange={onChange} />
      <h2>正文</h2>
      <p className="field-help">{FORM_HELP["narrative"]}</p>
      {dataset.narrative.length === 0 && <p className="muted">还没有叙述段落。</p>}
      {dataset.narrative.map((section, index) => (
        <div key={index} className="narrative-section" data-testid="narrative-section">
          <div className="narrative-head">
            <TextField
              label={`第 ${index + 1} 段标题`}
              path={["narrative", index, "title"]}
              value={section.title}
              readOnly={readOnly}
              keepEmpty
              onChange={onChange}
            />
            {!readOnly && (
              <span className="row-actions">
                <RowActions
                  rows={dataset.narrative}
                  index={index}
                  noun="段"
                  setRows={(next) => onChange(["narrative"], next)}
                />
              </span>
            )}
          </div>
          <TextField
            label={section.title || `第 ${index + 1} 段正文`}
            multiline
            path={["narrative", index, "text"]}
            value={section.text}
            readOnly={readOnly}
            keepEmpty
            onChange={onChange}
          />
        </div>
      ))}
      {!readOnly && (
        <button
          type="button"
          className="add-button"
          onClick={() => onChange(["narrative"], [...dataset.narrative, { title: "", text: "" }])}
        >
          添加段落
        </button>
      )}
    </div>
  );
}

const FILING_FIELDS: readonly GridField[] = [
  // A cover has at least one line: emptied, the cover goes.
  { at: ["cover", "lines"], label: "封面（每行一项）", kind: "lines", emptiedRemoves: ["cover"] },
  { at: "subtitle", label: "标题下一行" },
  { at: "addressee", label: "主送机关" },
  { at: "opening", label: "开头段", kind: "longText" },
  { at: "closing", label: "结束语" },
  { at: "attachments", label: "附件（每行一个）", kind: "lines" },
  { at: "signature", label: "署名" },
  { at: "date", label: "成文日期" },
];

/** The report as a 公文: what stands before and after its body. A field left empty is left out of the document. */
function FilingFields({ dataset, readOnly, onChange }: Pick<Props, "dataset" | "readOnly" | "onChange">) {
  return (
    <section className="field-group" data-testid="filing">
      <h2>公文要素</h2>
      <p className="field-help">{FORM_HELP["filing"]}</p>
      <FieldGrid
        value={dataset.filing}
        path={["filing"]}
        fields={FILING_FIELDS}
        readOnly={readOnly}
        onChange={onChange}
      />
    </section>
  );
}
