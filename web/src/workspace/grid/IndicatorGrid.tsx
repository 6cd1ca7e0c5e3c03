/**
 * The indicator table as a spreadsheet: a cell is selected with the mouse or the keyboard (arrows, Tab, Enter),
 * typing edits it, Enter commits and moves down, Escape cancels; a block copied from Excel or WPS is pasted at the
 * selected row. Beside each row the suggested score (the rule that produced it on hover or focus), and below the
 * table the totals and grade — scored in the page with the server's own code while the user types.
 */
import { memo, type ClipboardEvent, type KeyboardEvent, useEffect, useMemo, useRef, useState } from "react";
import type { EvaluationTable, Indicator } from "../../../../src/core/dataset/schema.ts";
import { Dec, formatFixed } from "../../../../src/core/numbers/decimal.ts";
import type { RuleProfile } from "../../../../src/core/profiles/profile-schema.ts";
import { scoreTable } from "../../../../src/core/scoring/score-table.ts";
import type { IndicatorScore } from "../../../../src/core/scoring/score-types.ts";
import { parsePastedRows } from "./parse-pasted-rows.ts";
import "./indicator-grid.css";

export interface IndicatorGridProps {
  table: EvaluationTable;
  /** "department" or "projects[2]": the table is at <tablePath>.evaluation in the dataset. */
  tablePath: string;
  profile: RuleProfile;
  editable: boolean;
  onChangeIndicator(index: number, fields: Partial<Indicator>): void;
  onReplaceIndicators(indicators: Indicator[]): void;
  /** A cell to focus (an audit finding was clicked). */
  focus?: { row: number; field: keyof Indicator } | null;
}

type Column = { field: keyof Indicator | "score" | "overrideScore" | "overrideReason"; label: string; width: number; numeric?: boolean };

const COLUMNS: Column[] = [
  { field: "level1", label: "一级指标", width: 80 },
  { field: "level2", label: "二级指标", width: 96 },
  { field: "level3", label: "三级指标", width: 150 },
  { field: "operator", label: "指标性质", width: 56 },
  { field: "target", label: "指标值", width: 80, numeric: true },
  { field: "unit", label: "度量单位", width: 56 },
  { field: "actual", label: "完成值", width: 80, numeric: true },
  { field: "weight", label: "权重", width: 48, numeric: true },
  { field: "score", label: "建议得分", width: 64, numeric: true },
  { field: "reason", label: "偏差原因", width: 150 },
  { field: "overrideScore", label: "调整得分", width: 56, numeric: true },
  { field: "overrideReason", label: "调整理由", width: 110 },
];
const OPERATORS = ["", "≥", "≤", "=", ">", "<", "定性"] as const;
const READ_ONLY: ReadonlySet<Column["field"]> = new Set(["score"]);

interface Editing {
  row: number;
  column: number;
  text: string;
}

function cellText(indicator: Indicator, field: Column["field"]): string {
  if (field === "overrideScore") return indicator.override?.score ?? "";
  if (field === "overrideReason") return indicator.override?.reason ?? "";
  if (field === "score") return "";
  const value = indicator[field as keyof Indicator];
  return typeof value === "string" ? value : "";
}

/** The indicator fields a committed cell text sets (override needs both its score and its reason). */
function fieldsFor(indicator: Indicator, field: Column["field"], text: string): Partial<Indicator> | { error: string } {
  const value = text.trim();
  if (field === "overrideScore" || field === "overrideReason") {
    const score = field === "overrideScore" ? value : (indicator.override?.score ?? "");
    const reason = field === "overrideReason" ? value : (indicator.override?.reason ?? "");
    if (score === "" && reason === "") return { override: undefined };
    if (score !== "" && !/^-?\d{1,9}(\.\d{1,6})?$/.test(score)) return { error: `调整得分“${score}”不是数字` };
    if (score === "" || reason === "") return { error: score === "" ? "请先填写调整得分" : "调整得分须填写理由" };
    return { override: { score, reason } };
  }
  if (field === "weight" && value !== "" && !/^\d{1,9}(\.\d{1,6})?$/.test(value)) return { error: `权重“${value}”应为不小于 0 的数字` };
  return { [field]: value === "" ? undefined : value } as Partial<Indicator>;
}

/** The table with the cell being typed applied, so that scores follow the keystrokes. */
function withTyping(table: EvaluationTable, editing: Editing | null): EvaluationTable {
  if (!editing) return table;
  const indicator = table.indicators[editing.row];
  const column = COLUMNS[editing.column];
  if (!indicator || !column) return table;
  const fields = fieldsFor(indicator, column.field, editing.text);
  if ("error" in fields) return table;
  const indicators = table.indicators.slice();
  indicators[editing.row] = { ...indicator, ...fields } as Indicator;
  return { ...table, indicators };
}

export function IndicatorGrid({ table, tablePath, profile, editable, onChangeIndicator, onReplaceIndicators, focus }: IndicatorGridProps) {
  const [selected, setSelected] = useState<{ row: number; column: number }>({ row: 0, column: 0 });
  const [editing, setEditing] = useState<Editing | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const shown = useMemo(() => withTyping(table, editing), [table, editing]);
  const score = useMemo(() => scoreTable(shown, `${tablePath}.evaluation`, profile), [shown, tablePath, profile]);
  const rows = table.indicators.length;

  // The cell the focus must go to once it is selected: set by keyboard moves and by the caller (a finding was
  // clicked). Re-rendering removes the input of the cell left behind, so the focus cannot be followed by itself.
  const wantFocus = useRef<{ row: number; column: number } | null>(null);

  useEffect(() => {
    if (!focus) return;
    const column = COLUMNS.findIndex((c) => c.field === focus.field);
    const target = { row: Math.min(focus.row, Math.max(rows - 1, 0)), column: column === -1 ? 6 : column };
    wantFocus.current = target;
    setSelected(target);
    setEditing(null);
  }, [focus, rows]);

  // Keep the DOM focus on the selected cell (keyboard navigation, finding clicks).
  useEffect(() => {
    if (editing) return;
    const cell = root.current?.querySelector<HTMLElement>(`[data-row="${selected.row}"][data-col="${selected.column}"]`);
    // Only when the focus is in the grid or was asked for here: selecting must not steal it from a form field.
    const wanted = wantFocus.current;
    const asked = wanted !== null && wanted.row === selected.row && wanted.column === selected.column;
    if (cell && (asked || root.current?.contains(document.activeElement))) {
      const input = cell.querySelector<HTMLInputElement>("input");
      (input ?? cell).focus();
      input?.select();
      if (asked) cell.scrollIntoView({ block: "nearest", inline: "nearest" });
    }
    if (asked) wantFocus.current = null;
  }, [selected, editing]);

  const move = (row: number, column: number) => {
    const target = { row: Math.max(0, Math.min(rows - 1, row)), column: Math.max(0, Math.min(COLUMNS.length - 1, column)) };
    wantFocus.current = target;
    setSelected(target);
  };

  const commit = (next: { row: number; column: number } | null) => {
    if (editing) {
      const indicator = table.indicators[editing.row];
      const column = COLUMNS[editing.column];
      if (indicator && column) {
        const fields = fieldsFor(indicator, column.field, editing.text);
        if ("error" in fields) {
          setMessage(`第 ${editing.row + 1} 行“${column.label}”：${fields.error}`);
          return;
        }
        if (editing.text !== cellText(indicator, column.field)) onChangeIndicator(editing.row, fields);
      }
      setMessage(null);
      setEditing(null);
    }
    if (next) move(next.row, next.column);
  };

  const startEditing = (row: number, column: number, text?: string) => {
    const indicator = table.indicators[row];
    const field = COLUMNS[column]?.field;
    if (!editable || !indicator || !field || READ_ONLY.has(field) || field === "operator") return;
    setEditing({ row, column, text: text ?? cellText(indicator, field) });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const { row, column } = selected;
    if (editing) {
      if (event.key === "Enter") {
        event.preventDefault();
        commit({ row: row + 1, column });
      } else if (event.key === "Tab") {
        event.preventDefault();
        commit({ row, column: column + (event.shiftKey ? -1 : 1) });
      } else if (event.key === "Escape") {
        event.preventDefault();
        setEditing(null);
        setMessage(null);
      }
      return;
    }
    const target = event.target as HTMLElement;
    if (target.tagName === "SELECT" && (event.key === "ArrowUp" || event.key === "ArrowDown")) return;
    switch (event.key) {
      case "ArrowUp":
        move(row - 1, column);
        break;
      case "ArrowDown":
        move(row + 1, column);
        break;
      case "ArrowLeft":
        move(row, column - 1);
        break;
      case "ArrowRight":
        move(row, column + 1);
        break;
      case "Tab":
        move(row, column + (event.shiftKey ? -1 : 1));
        break;
      case "Enter":
      case "F2":
        startEditing(row, column);
        break;
      case "Delete":
      case "Backspace":
        // In a cell's own input the key edits the text (its change starts editing); elsewhere it clears the cell.
        if (target.tagName === "INPUT") return;
        if (editable && COLUMNS[column] && !READ_ONLY.has(COLUMNS[column].field)) {
          const indicator = table.indicators[row];
          const fields = indicator ? fieldsFor(indicator, COLUMNS[column].field, "") : { error: "" };
          if (!("error" in fields)) onChangeIndicator(row, fields);
        }
        break;
      default:
        // Typing goes into the selected cell's input (an IME composes there too); its change starts editing.
        return;
    }
    event.preventDefault();
  };

  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    if (!editable || editing) return;
    const text = event.clipboardData.getData("text/plain");
    if (!text.includes("\t") && !text.includes("\n")) {
      startEditing(selected.row, selected.column, text.trim());
      event.preventDefault();
      return;
    }
    event.preventDefault();
    const parsed = parsePastedRows(text);
    if (!parsed.ok) {
      setMessage(`粘贴未完成：${parsed.message}`);
      return;
    }
    const at = Math.min(selected.row, rows);
    const indicators = [...table.indicators.slice(0, at), ...parsed.indicators, ...table.indicators.slice(at + parsed.indicators.length)];
    onReplaceIndicators(indicators);
    setMessage(`已粘贴 ${parsed.indicators.length} 行（从第 ${at + 1} 行起）`);
  };

  const level1Total = score.indicators.reduce((sum, scored) => sum.plus(scored.final ?? 0), new Dec(0));
  return (
    <div className="indicator-grid" data-testid="indicator-grid" ref={root} onKeyDown={onKeyDown} onPaste={onPaste}>
      <div className="grid-scroll">
        <table>
          <colgroup>
            <col style={{ width: 36 }} />
            {COLUMNS.map((column) => (
              <col key={column.field} style={{ width: column.width }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th className="row-number">#</th>
              {COLUMNS.map((column) => (
                <th key={column.field} className={column.numeric ? "num" : ""}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.indicators.map((indicator, index) => (
              <GridRow
                key={index}
                index={index}
                indicator={editing?.row === index ? (shown.indicators[index] as Indicator) : indicator}
                scored={score.indicators[index]}
                selectedColumn={selected.row === index ? selected.column : -1}
                editing={editing?.row === index ? editing : null}
                editable={editable}
                onSelect={(column) => {
                  if (editing && (editing.row !== index || editing.column !== column)) commit(null);
                  wantFocus.current = { row: index, column };
                  setSelected({ row: index, column });
                }}
                onStartEditing={(column, text) => startEditing(index, column, text)}
                onType={(text) => setEditing((current) => (current ? { ...current, text } : current))}
                onCommit={() => commit(null)}
                onOperator={(operator) => onChangeIndicator(index, { operator: operator === "" ? undefined : (operator as Indicator["operator"]) })}
              />
            ))}
          </tbody>
        </table>
      </div>
      {rows === 0 && <p className="muted">还没有指标。可以从 Excel/WPS 复制整块指标（一级/二级/三级/指标性质/指标值/度量单位/完成值/权重）后点此表格粘贴，或点“添加一行”。</p>}
      {score.indicators[selected.row] && (
        // The rule behind the selected row's score, for keyboard users (the mouse also gets it on hover).
        <p className="grid-rule" data-testid="grid-rule">
          第 {selected.row + 1} 行得分：{score.indicators[selected.row]?.explanation}
        </p>
      )}
      {message && (
        <p className="grid-message" role="status">
          {message}
        </p>
      )}
      <div className="grid-footer">
        {editable && (
          <div className="grid-actions">
            <button type="button" onClick={() => onReplaceIndicators([...table.indicators, { level1: table.indicators[rows - 1]?.level1 ?? "", level3: "" } as Indicator])}>
              添加一行
            </button>
            <button
              type="button"
              disabled={rows === 0}
              onClick={() => {
                onReplaceIndicators(table.indicators.filter((_, index) => index !== selected.row));
                move(selected.row, selected.column);
              }}
            >
              删除第 {Math.min(selected.row + 1, Math.max(rows, 1))} 行
            </button>
            <span className="muted small">粘贴：在表格中选中起始行后按 Ctrl+V</span>
          </div>
        )}
        <dl className="grid-totals" data-testid="grid-totals">
          {score.execution && (
            <>
              <dt>预算执行得分</dt>
              <dd className="num">{score.execution.score ? formatFixed(score.execution.score, 2) : "—"}</dd>
            </>
          )}
          <dt>指标得分</dt>
          <dd className="num" data-testid="indicator-total">
            {formatFixed(level1Total, 2)}
          </dd>
          <dt>总分</dt>
          <dd className="num" data-testid="table-total">
            {score.totalWeight.gt(0) ? `${formatFixed(score.total, profile.rounding.totalDecimals)} / ${formatFixed(score.totalWeight, 0)}` : "—"}
          </dd>
          <dt>等级</dt>
          <dd data-testid="table-grade">{score.grade ?? "—"}</dd>
        </dl>
      </div>
    </div>
  );
}

interface RowProps {
  index: number;
  indicator: Indicator;
  scored: IndicatorScore | undefined;
  selectedColumn: number;
  editing: Editing | null;
  editable: boolean;
  onSelect(column: number): void;
  onStartEditing(column: number, text?: string): void;
  onType(text: string): void;
  onCommit(): void;
  onOperator(operator: string): void;
}

/** One row; re-rendered only when its indicator, score, selection or editing changes. */
const GridRow = memo(function GridRow({ index, indicator, scored, selectedColumn, editing, editable, onSelect, onStartEditing, onType, onCommit, onOperator }: RowProps) {
  const final = scored?.final ?? null;
  const reasonMissing = scored !== undefined && final !== null && final.lt(scored.weight) && (indicator.reason ?? "").trim() === "";
  return (
    <tr className={selectedColumn >= 0 ? "selected-row" : ""}>
      <td className="row-number">{index + 1}</td>
      {COLUMNS.map((column, columnIndex) => {
        const isSelected = selectedColumn === columnIndex;
        const isEditing = editing?.column === columnIndex;
        const classes = [column.numeric ? "num" : "", isSelected ? "selected" : "", READ_ONLY.has(column.field) ? "computed" : ""];
        let content: React.ReactNode;
        let title: string | undefined;
        if (column.field === "score") {
          content = final === null ? "—" : formatFixed(final, 2);
          title = scored ? `${scored.overridden ? "已人工调整。" : ""}${scored.explanation}` : undefined;
          if (scored?.overridden) classes.push("overridden");
        } else if (column.field === "operator") {
          content = (
            <select value={indicator.operator ?? ""} disabled={!editable} tabIndex={-1} aria-label={`第 ${index + 1} 行指标性质`} onChange={(event) => onOperator(event.target.value)}>
              {OPERATORS.map((operator) => (
                <option key={operator} value={operator}>
                  {operator === "" ? "—" : operator}
                </option>
              ))}
            </select>
          );
        } else if (isSelected && editable && !READ_ONLY.has(column.field)) {
          // The selected cell holds an input with its text selected: typing (or an IME's composition) replaces it and
          // starts editing in the same element, as in a spreadsheet.
          content = (
            <input
              value={isEditing && editing ? editing.text : cellText(indicator, column.field)}
              onChange={(event) => (isEditing ? onType(event.target.value) : onStartEditing(columnIndex, event.target.value))}
              onBlur={isEditing ? onCommit : undefined}
              aria-label={`第 ${index + 1} 行${column.label}`}
            />
          );
        } else {
          content = cellText(indicator, column.field);
        }
        if (column.field === "reason" && reasonMissing) {
          classes.push("required-missing");
          title = "得分低于权重，须填写偏差原因";
        }
        return (
          <td
            key={column.field}
            className={classes.filter(Boolean).join(" ")}
            tabIndex={isSelected ? 0 : -1}
            data-row={index}
            data-col={columnIndex}
            data-field={column.field}
            title={title}
            onMouseDown={(event) => {
              // The cell's input takes the focus (the effect gives it); the cell itself must not take it back.
              if (event.target === event.currentTarget) event.preventDefault();
              onSelect(columnIndex);
            }}
            onDoubleClick={() => onStartEditing(columnIndex)}
          >
            {content}
          </td>
        );
      })}
    </tr>
  );
});
