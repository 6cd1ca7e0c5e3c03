/**
 * The fields of one object of the dataset laid out in a form grid, from a list that says each field's place, label and
 * kind: the 单位信息 and 财政供养人员 of 基本情况, the 公文要素 of 叙述, the groups of amounts of 决算 (FieldGroup). One
 * component, so every such list binds its fields to their dataset paths the same way.
 */
import { type PathSegment, valueAtPath } from "../../../../src/core/dataset/dataset-path.ts";
import {
  CountField,
  LinesField,
  MoneyField,
  PrintedGradeField,
  PrintedScoreField,
  SelectField,
  TextField,
} from "../fields.tsx";

export interface GridField {
  /** The field's place below the grid's object: a key, or segments (["staff", "authorized"]). */
  at: string | readonly PathSegment[];
  label: string;
  kind?: "text" | "longText" | "money" | "count" | "select" | "lines" | "printedScore" | "printedGrade";
  required?: boolean;
  /** Shown but not edited here (the unit's name is the unit's, changed in 单位管理). */
  fixed?: boolean;
  /** For a select: value → label. */
  options?: Readonly<Record<string, string>>;
  /** For a count: the unit shown beside it (CountField's own when absent). */
  unit?: string;
  /** A part (below the grid's object) removed as a whole when this field is emptied: a cover without lines. */
  emptiedRemoves?: readonly PathSegment[];
}

interface FieldGridProps {
  /** The object the fields belong to (undefined while it does not exist yet). */
  value: unknown;
  path: readonly PathSegment[];
  fields: readonly GridField[];
  readOnly: boolean;
  onChange(path: readonly PathSegment[], value: unknown): void;
}

export function FieldGrid({ value, path, fields, readOnly, onChange }: FieldGridProps) {
  return (
    <div className="form-grid">
      {fields.map((field) => {
        const below = typeof field.at === "string" ? [field.at] : field.at;
        const at = [...path, ...below];
        const key = below.join(".");
        const current = valueAtPath(value, below);
        const common = { label: field.label, path: at, readOnly: readOnly || field.fixed === true };
        switch (field.kind) {
          case "money":
            return <MoneyField key={key} {...common} value={current as string | undefined} onChange={onChange} />;
          case "printedScore":
            return (
              <PrintedScoreField key={key} {...common} value={current as string | undefined} onChange={onChange} />
            );
          case "printedGrade":
            return (
              <PrintedGradeField key={key} {...common} value={current as string | undefined} onChange={onChange} />
            );
          case "count":
            return (
              <CountField
                key={key}
                {...common}
                {...(field.unit !== undefined ? { unit: field.unit } : {})}
                value={current as number | undefined}
                onChange={onChange}
              />
            );
          case "select":
            return (
              <SelectField
                key={key}
                {...common}
                options={field.options ?? {}}
                value={current as string | undefined}
                onChange={onChange}
              />
            );
          case "lines": {
            const removes = field.emptiedRemoves;
            return (
              <LinesField
                key={key}
                {...common}
                value={current as string[] | undefined}
                onChange={(changed, lines) =>
                  removes && lines === undefined ? onChange([...path, ...removes], undefined) : onChange(changed, lines)
                }
              />
            );
          }
          default:
            return (
              <TextField
                key={key}
                {...common}
                multiline={field.kind === "longText"}
                required={field.required}
                value={current as string | undefined}
                onChange={onChange}
              />
            );
        }
      })}
    </div>
  );
}
