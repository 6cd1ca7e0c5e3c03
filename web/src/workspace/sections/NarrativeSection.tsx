/**
 * 叙述: the report's 公文要素 (封面, 主送, 开头, 结束语, 署名, 日期), its narrative sections by the outline's headings
 * (added, titled, moved and removed here), and 生成草稿 which writes the formulaic ones from the figures.
 */
import { useState } from "react";
import type { Dataset } from "../../../../src/core/dataset/schema.ts";
import type { RuleProfile } from "../../../../src/core/profiles/profile-schema.ts";
import type { DatasetScores } from "../../../../src/core/scoring/score-types.ts";
import { draftSections, mergeDraft } from "../draft-narrative.ts";
import { LinesField, TextField } from "../fields.tsx";
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
      <FilingFields dataset={dataset} readOnly={readOnly} onChange={onChange} />
      <h2>正文</h2>
      <p className="field-help">
        填报说明：按报告提纲逐段填写，每段一个标题（如“一、基本情况”“（一）单位基本情况”）；只有标题的段落正文可留空。
      </p>
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
                <button
                  type="button"
                  className="small"
                  disabled={index === 0}
                  aria-label={`上移第 ${index + 1} 段`}
                  onClick={() => onChange(["narrative"], moved(dataset.narrative, index, -1))}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="small"
                  disabled={index === dataset.narrative.length - 1}
                  aria-label={`下移第 ${index + 1} 段`}
                  onClick={() => onChange(["narrative"], moved(dataset.narrative, index, 1))}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="small"
                  aria-label={`删除第 ${index + 1} 段`}
                  onClick={() =>
                    onChange(
                      ["narrative"],
                      dataset.narrative.filter((_, at) => at !== index),
                    )
                  }
                >
                  删除
                </button>
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

function moved<T>(items: readonly T[], index: number, by: number): T[] {
  const next = items.slice();
  const [item] = next.splice(index, 1);
  if (item !== undefined) next.splice(index + by, 0, item);
  return next;
}

/** The report as a 公文: what stands before and after its body. A field left empty is left out of the document. */
function FilingFields({ dataset, readOnly, onChange }: Pick<Props, "dataset" | "readOnly" | "onChange">) {
  const filing = dataset.filing;
  const at = (...segments: PathSegment[]): PathSegment[] => ["filing", ...segments];
  return (
    <section className="field-group" data-testid="filing">
      <h2>公文要素</h2>
      <p className="field-help">
        填报说明：封面每行一项（报告标题、单位名称、日期）；署名与成文日期印在正文之后；留空的项不印（不会印出空白的“年
        月 日”）。
      </p>
      <div className="form-grid">
        <LinesField
          label="封面（每行一项）"
          path={at("cover", "lines")}
          value={filing?.cover?.lines}
          readOnly={readOnly}
          // A cover has at least one line: emptied, the cover goes.
          onChange={(path, lines) => onChange(lines === undefined ? at("cover") : path, lines)}
        />
        <TextField
          label="标题下一行"
          path={at("subtitle")}
          value={filing?.subtitle}
          readOnly={readOnly}
          help="如“（2024年度）”"
          onChange={onChange}
        />
        <TextField
          label="主送机关"
          path={at("addressee")}
          value={filing?.addressee}
          readOnly={readOnly}
          help="如“区财政局”"
          onChange={onChange}
        />
        <TextField
          label="开头段"
          multiline
          path={at("opening")}
          value={filing?.opening}
          readOnly={readOnly}
          onChange={onChange}
        />
        <TextField
          label="结束语"
          path={at("closing")}
          value={filing?.closing}
          readOnly={readOnly}
          help="如“特此报告。”"
          onChange={onChange}
        />
        <LinesField
          label="附件（每行一个）"
          path={at("attachments")}
          value={filing?.attachments}
          readOnly={readOnly}
          onChange={onChange}
        />
        <TextField
          label="署名"
          path={at("signature")}
          value={filing?.signature}
          readOnly={readOnly}
          onChange={onChange}
        />
        <TextField
          label="成文日期"
          path={at("date")}
          value={filing?.date}
          readOnly={readOnly}
          help="如“2025年7月10日”"
          onChange={onChange}
        />
      </div>
    </section>
  );
}
