/**
 * Editors for the repeating parts of the dataset (income lines by source, spending by nature, 功能分类 lines, …) and
 * for groups of amounts: every cell a field bound to its dataset path (so findings land on it and refused values
 * stay drafts), rows added, removed and moved, with the official table's 填报说明 above.
 */
import type { ReactNode } from "react";
import { CountField, MoneyField, TextField, WeightField } from "../fields.tsx";
import { type PathSegment, pathText } from "../update-at.ts";

export interface LineColumn {
  field: string;
  label: string;
  kind: "money" | "text" | "longText" | "weight" | "count" | "select";
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
  const move = (index: number, by: number) => {
    const next = rows.slice();
    const [row] = next.splice(index, 1);
    if (row === undefined) return;
    next.splice(index + by, 0, row);
    setRows(next);
  };
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
                    <button
                      type="button"
                      className="small"
                      disabled={index === 0}
                      aria-label={`上移第 ${index + 1} 行`}
                      onClick={() => move(index, -1)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className="small"
                      disabled={index === rows.length - 1}
                      aria-label={`下移第 ${index + 1} 行`}
                      onClick={() => move(index, 1)}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      className="small"
                      aria-label={`在第 ${index + 1} 行前插入`}
                      onClick={() => setRows([...rows.slice(0, index), newRow(), ...rows.slice(index)])}
                    >
                      插入
                    </button>
                    <button
                      type="button"
                      className="small"
                      aria-label={`删除第 ${index + 1} 行`}
                      onClick={() => setRows(rows.filter((_, at) => at !== index))}
                    >
                      删除
                    </button>
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
        <select
          aria-label={`第 ${index + 1} 行${column.label}`}
          data-path={pathText(path)}
          value={(value as string | undefined) ?? ""}
          disabled={readOnly}
          onChange={(event) => onChange(path, event.target.value === "" ? undefined : event.target.value)}
        >
          <option value="">—</option>
          {Object.entries(column.options ?? {}).map(([option, label]) => (
            <option key={option} value={option}>
              {label}
            </option>
          ))}
        </select>
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
  help?: string;
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
    <section className="field-group" data-path-group={pathText(path)}>
      <h3>{title}</h3>
      {help && <p className="field-help">{help}</p>}
      <div className="form-grid">
        {fields.map((field) => {
          const at = [...path, field.field];
          const current = value?.[field.field];
          if (field.kind === "count")
            return (
              <CountField
                key={field.field}
                label={field.label}
                unit={field.unit ?? ""}
                path={at}
                value={current as number | undefined}
                readOnly={readOnly}
                onChange={onChange}
                help={field.help}
              />
            );
          if (field.kind === "text")
            return (
              <TextField
                key={field.field}
                label={field.label}
                multiline
                path={at}
                value={current as string | undefined}
                readOnly={readOnly}
                onChange={onChange}
                help={field.help}
              />
            );
          return (
            <MoneyField
              key={field.field}
              label={field.label}
              path={at}
              value={current as string | undefined}
              readOnly={readOnly}
              onChange={onChange}
              help={field.help}
            />
          );
        })}
      </div>
    </section>
  );
}
