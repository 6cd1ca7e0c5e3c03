/**
 * Editors for the repeating parts of the dataset (income lines by source, spending by nature, 功能分类 lines, …) and
 * for groups of amounts: every cell a field bound to its dataset path (so findings land on it and refused values
 * stay drafts), rows added, removed and moved, with the official table's 填报说明 above.
 */
import type { ReactNode } from "react";
import { CountField, MoneyField, PrintedScoreField, SelectField, TextField, WeightField } from "../fields.tsx";
import { formatPath, type PathSegment } from "../../../../src/core/dataset/dataset-path.ts";
import { FieldGrid } from "./FieldGrid.tsx";
import { RowActions } from "./RowActions.tsx";

export interface LineColumn {
  field: string;
  label: string;
  kind: "money" | "text" | "longText" | "weight" | "count" | "select" | "printedScore";
  /** For a select: value → label. */
  options?: Readonly<Record<string, string>>;
  required?: boolean;
  /** Drawn instead of a field (a name looked up from a code). */
  render?(row: Record<string, unknown>, index: number): ReactNode;
}

interface LineTableProps {
  rows: readonly Record<string, unknown>[];
  path: readonly PathSegment[];
  columns: readonly LineColumn[];
  /** The row a click on 添加一行 adds. */
  newRow(): Record<string, unknown>;
  readOnly: boolean;
  onChange(path: readonly PathSegment[], value: unknown): void;
  caption?: string;
  testId?: string;
}

export function LineTable({ rows, path, columns, newRow, readOnly, onChange, caption, testId }: LineTableProps) {
  const setRows = (next: readonly Record<string, unknown>[]) => onChange(path, next);
  return (
    <div className="line-table" data-testid={testId}>
      {caption && <h3>{caption}</h3>}
      {rows.length === 0 ? (
        <p className="muted small">尚无行。</p>
      ) : (
        <table className="data-table form-table compact-form">
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.field} className={column.kind === "money" || column.kind === "count" ? "num" : ""}>
                  {column.label}
                  {column.required ? " *" : ""}
                </th>
              ))}
              {!readOnly && <th className="row-actions-head">操作</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                {columns.map((column) => (
                  <td key={column.field}>
                    {cellOf(column, row, [...path, index, column.field], index, readOnly, onChange)}
                  </td>
                ))}
                {!readOnly && (
                  <td className="row-actions">
                    <RowActions rows={rows} index={index} noun="行" setRows={setRows} newRow={newRow} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!readOnly && (
        <button type="button" className="add-button small" onClick={() => setRows([...rows, newRow()])}>
          添加一行
        </button>
      )}
    </div>
  );
}

function cellOf(
  column: LineColumn,
  row: Record<string, unknown>,
  path: PathSegment[],
  index: number,
  readOnly: boolean,
  onChange: LineTableProps["onChange"],
): ReactNode {
  if (column.render) return column.render(row, index);
  const value = row[column.field];
  switch (column.kind) {
    case "money":
      return (
        <MoneyField label="" path={path} value={value as string | undefined} readOnly={readOnly} onChange={onChange} />
      );
    case "count":
      return (
        <CountField
          label=""
          unit=""
          path={path}
          value={value as number | undefined}
          readOnly={readOnly}
          onChange={onChange}
        />
      );
    case "weight":
      return (
        <WeightField label="" path={path} value={value as string | undefined} readOnly={readOnly} onChange={onChange} />
      );
    case "printedScore":
      return (
        <PrintedScoreField
          label=""
          path={path}
          value={value as string | undefined}
          readOnly={readOnly}
          onChange={onChange}
        />
      );
    case "longText":
      return (
        <TextField
          label=""
          multiline
          path={path}
          value={value as string | undefined}
          readOnly={readOnly}
          onChange={onChange}
        />
      );
    case "select":
      return (
        <SelectField
          label=""
          ariaLabel={`第 ${index + 1} 行${column.label}`}
          path={path}
          options={column.options ?? {}}
          value={value as string | undefined}
          readOnly={readOnly}
          onChange={onChange}
        />
      );
    default:
      return (
        <TextField
          label=""
          required={column.required}
          path={path}
          value={value as string | undefined}
          readOnly={readOnly}
          onChange={onChange}
        />
      );
  }
}

export interface GroupField {
  field: string;
  label: string;
  kind?: "money" | "count" | "text";
  unit?: string;
}

/** A group of fields of one object (三公's 公务用车, 政府采购, …) under a title. */
export function FieldGroup({
  title,
  value,
  path,
  fields,
  readOnly,
  onChange,
  help,
}: {
  title: string;
  value: Record<string, unknown> | undefined;
  path: readonly PathSegment[];
  fields: readonly GroupField[];
  readOnly: boolean;
  onChange: LineTableProps["onChange"];
  help?: string;
}) {
  return (
    <section className="field-group" data-path-group={formatPath(path)}>
      <h3>{title}</h3>
      {help && <p className="field-help">{help}</p>}
      <FieldGrid
        value={value}
        path={path}
        fields={fields.map((field) => ({
          at: field.field,
          label: field.label,
          // A group's text is a paragraph; a count shows its own unit, or none.
          kind: field.kind === "text" ? "longText" : (field.kind ?? "money"),
          ...(field.kind === "count" ? { unit: field.unit ?? "" } : {}),
        }))}
        readOnly={readOnly}
        onChange={onChange}
      />
    </section>
  );
}
