/**
 * The field of a clicked finding that no form of its section shows (a figure as a document printed it — "下降4%",
 * a printed total score — or a part without a form yet): opened here, above the section, bound to the finding's
 * dataset path like any field (its edits saved by section, refused values kept as drafts). A printed figure can
 * also be removed, when the document's sentence is to be written again from the figures.
 */
import type { Dataset } from "../../../src/core/dataset/schema.ts";
import { describePath } from "../components/field-labels.ts";
import { TextField } from "./fields.tsx";
import { parsePath, type PathSegment, valueAtPath } from "../../../src/core/dataset/dataset-path.ts";

interface Props {
  dataset: Dataset;
  location: string;
  message: string | null;
  readOnly: boolean;
  onChange(path: readonly PathSegment[], value: unknown): void;
  close(): void;
}

export function FindingField({ dataset, location, message, readOnly, onChange, close }: Props) {
  const path = parsePath(location) ?? [];
  const value = valueAtPath(dataset, path);
  const editable = value === undefined || typeof value === "string";
  return (
    <div className="finding-field" role="region" aria-label="校验问题所在字段" data-testid="finding-field">
      <div className="finding-field-title">
        <strong>{describePath(location, dataset)}</strong>
        <button type="button" className="small" onClick={close}>
          关闭
        </button>
      </div>
      {message && <p className="error small">{message}</p>}
      {editable ? (
        <>
          <TextField
            label={`${location}（原文${path.includes("printed") ? "数字" : "内容"}）`}
            path={path}
            value={value as string | undefined}
            readOnly={readOnly}
            onChange={onChange}
          />
          {!readOnly && value !== undefined && path.includes("printed") && (
            <button type="button" className="small" onClick={() => onChange(path, undefined)}>
              删除原文数字（按数据重新生成）
            </button>
          )}
        </>
      ) : (
        <p className="muted small">此问题涉及整张表或整组数据（{location}），请在下方相应的表格中修改。</p>
      )}
    </div>
  );
}
