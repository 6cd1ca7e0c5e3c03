/**
 * Which pasted column is which: a block copied in another column order than the grid's (a header naming them in
 * another order, a 序号 column in front, more columns than the grid has) is not read until the user has said, for
 * each pasted column, which grid column it fills or that it is left out. The choice starts from the header's names.
 */
import { useState } from "react";
import { type ColumnMapping, mappingProblem, PASTE_COLUMNS, type PastedBlock } from "./parse-pasted-rows.ts";

interface Props {
  block: PastedBlock;
  onPaste(mapping: ColumnMapping): void;
  onCancel(): void;
}

/** A long cell shown short beside its column's choice. */
function shortText(text: string | undefined): string {
  const value = (text ?? "").trim();
  return value.length > 14 ? `${value.slice(0, 14)}…` : value;
}

export function PasteMappingDialog({ block, onPaste, onCancel }: Props) {
  const [mapping, setMapping] = useState<(number | null)[]>(() => [...block.guess]);
  const problem = mappingProblem(mapping);
  return (
    // The grid's own keys (arrows, Enter, typing into a cell) and paste are not for the choices here.
    <div
      className="grid-message paste-mapping"
      role="dialog"
      aria-label="选择粘贴列的对应"
      data-testid="paste-mapping"
      onKeyDown={(event) => event.stopPropagation()}
      onPaste={(event) => event.stopPropagation()}
    >
      <p>
        粘贴的 {block.rows} 行、{block.width} 列与表格的列序（{PASTE_COLUMNS.join("、")}
        ）不同。请为每一列选择对应的表格列，不需要的列选“不粘贴”：
      </p>
      <table className="paste-mapping-table">
        <thead>
          <tr>
            <th>粘贴的列</th>
            {mapping.map((_, column) => (
              <th key={column}>
                第 {column + 1} 列{block.header?.[column] ? `“${shortText(block.header[column])}”` : ""}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th>首行内容</th>
            {mapping.map((_, column) => (
              <td key={column} className="muted small">
                {shortText(block.sample[column]) || "（空）"}
              </td>
            ))}
          </tr>
          <tr>
            <th>对应表格列</th>
            {mapping.map((to, column) => (
              <td key={column}>
                <select
                  aria-label={`第 ${column + 1} 列对应`}
                  value={to === null ? "" : String(to)}
                  onChange={(event) => {
                    const next = mapping.slice();
                    next[column] = event.target.value === "" ? null : Number(event.target.value);
                    setMapping(next);
                  }}
                >
                  <option value="">不粘贴</option>
                  {PASTE_COLUMNS.map((label, index) => (
                    <option key={label} value={index}>
                      {label}
                    </option>
                  ))}
                </select>
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      {problem && (
        <p className="error small" role="alert">
          {problem}
        </p>
      )}
      <button type="button" className="small primary" disabled={problem !== null} onClick={() => onPaste(mapping)}>
        按此对应粘贴
      </button>
      <button type="button" className="small" onClick={onCancel}>
        取消
      </button>
    </div>
  );
}
