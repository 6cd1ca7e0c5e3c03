/**
 * The indicator table as a spreadsheet: a cell is selected with the mouse or the keyboard (arrows, Tab, Enter),
 * typing edits it, Enter commits and moves down, Escape cancels; a block copied from Excel or WPS is pasted at the
 * selected row. Beside each row the suggested score (the rule that produced it on hover or focus), and below the
 * table the totals and grade — scored in the page with the server's own code while the user types.
 */
import {
  memo,
  type ClipboardEvent,
  type KeyboardEvent,
  type ReactNode,
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from "react";
import { fieldHelp } from "../../../../src/core/forms/field-help.ts";
import type { EvaluationTable, Indicator } from "../../../../src/core/dataset/schema.ts";
import { Dec, formatFixed } from "../../../../src/core/numbers/decimal.ts";
import type { RuleProfile } from "../../../../src/core/profiles/profile-schema.ts";
import { isReasonMissing } from "../../../../src/core/scoring/reason-rule.ts";
import { scoreTable } from "../../../../src/core/scoring/score-table.ts";
import type { IndicatorScore } from "../../../../src/core/scoring/score-types.ts";
import {
  cellText,
  changesIndicator,
  type Column,
  type ColumnField,
  COLUMNS,
  columnOfField,
  commitCell,
  draftMessage,
  OPERATORS,
  type OverrideDraft,
  READ_ONLY,
} from "./grid-cells.ts";
import { type ColumnMapping, describePastedBlock, type PastedBlock, parsePastedRows } from "./parse-pasted-rows.ts";
import { PasteMappingDialog } from "./PasteMappingDialog.tsx";
import { useDrafts } from "../drafts.ts";
import { FieldCommentsContext } from "../field-comments.ts";
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

interface Editing {
  row: number;
  column: number;
  text: string;
}

/** Halves of overrides typed so far, by row (see grid-cells.ts). */
type Drafts = Readonly<Record<number, OverrideDraft>>;

/** A block of cells, by its first and last row and column. */
interface Block {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The block between two corners; null when they are the same cell (or there is no second corner). */
function blockOf(
  anchor: { row: number; column: number } | null,
  selected: { row: number; column: number },
): Block | null {
  if (!anchor || (anchor.row === selected.row && anchor.column === selected.column)) return null;
  return {
    top: Math.min(anchor.row, selected.row),
    bottom: Math.max(anchor.row, selected.row),
    left: Math.min(anchor.column, selected.column),
    right: Math.max(anchor.column, selected.column),
  };
}

/** Whether a row holds anything typed (an empty row added by 添加一行 is not). */
function isFilled(indicator: Indicator): boolean {
  return Object.entries(indicator).some(([key, value]) => key !== "level1" && value !== undefined && value !== "");
}

/** The table with the cell being typed applied, so that scores follow the keystrokes. */
function withTyping(table: EvaluationTable, editing: Editing | null, drafts: Drafts): EvaluationTable {
  if (!editing) return table;
  const indicator = table.indicators[editing.row];
  const column = COLUMNS[editing.column];
  if (!indicator || !column) return table;
  const result = commitCell(indicator, column.field, editing.text, drafts[editing.row]);
  if ("error" in result) return table;
  const indicators = table.indicators.slice();
  indicators[editing.row] = { ...indicator, ...result.fields } as Indicator;
  return { ...table, indicators };
}

export function IndicatorGrid({
  table,
  tablePath,
  profile,
  editable,
  onChangeIndicator,
  onReplaceIndicators,
  focus,
}: IndicatorGridProps) {
  const [selected, setSelected] = useState<{ row: number; column: number }>({ row: 0, column: 0 });
  const [editing, setEditing] = useState<Editing | null>(null);
  // The other corner of a block of selected cells (Shift+arrows, Shift+click), for Ctrl+C; null for one cell.
  const [anchor, setAnchor] = useState<{ row: number; column: number } | null>(null);
  const block = blockOf(anchor, selected);
  const [pendingPaste, setPendingPaste] = useState<{ at: number; indicators: Indicator[]; overwritten: number } | null>(
    null,
  );
  // A block in another column order, waiting for the user to say which pasted column is which.
  const [pendingMapping, setPendingMapping] = useState<{ at: number; text: string; block: PastedBlock } | null>(null);
  // What the last action did (pasted rows, an override's half waiting) or why it was refused (tone "error").
  const [message, setMessage] = useState<{ text: string; tone: "info" | "error" } | null>(null);
  const inform = (text: string | null) => setMessage(text === null ? null : { text, tone: "info" });
  const refuse = (text: string) => setMessage({ text, tone: "error" });
  // Override halves and uncommitted typing are drafts of the workspace (kept across sections and reloads).
  const { drafts: stored, setDraft: storeDraft } = useDrafts();
  const rowKey = (row: number) => `${tablePath}.evaluation.indicators[${row}]`;
  const drafts = useMemo<Drafts>(() => {
    const found: Record<number, OverrideDraft> = {};
    for (let row = 0; row < table.indicators.length; row++) {
      const draft = stored[`${tablePath}.evaluation.indicators[${row}].override`];
      if (draft?.data) found[row] = draft.data as OverrideDraft;
    }
    return found;
  }, [stored, tablePath, table.indicators.length]);
  const root = useRef<HTMLDivElement>(null);
  const helpId = useId();
  const selectedColumn: Column | undefined = COLUMNS[selected.column];
  // Reviewers' comments on this table's cells, listed under it (each opens its cell).
  const allComments = useContext(FieldCommentsContext);
  const tableComments = useMemo(() => {
    const prefix = `${tablePath}.evaluation.indicators[`;
    return [...allComments.entries()]
      .filter(([path]) => path.startsWith(prefix))
      .flatMap(([path, comments]) => comments.map((comment) => ({ path, comment })));
  }, [allComments, tablePath]);
  // The same comments by row and field, to mark their cells (a comment is shown on its cell, not only below).
  const commentsByRow = useMemo(() => {
    const byRow = new Map<number, Record<string, string>>();
    for (const { path, comment } of tableComments) {
      const match = /indicators\[(\d+)\](?:\.(\w+))?/.exec(path);
      if (!match) continue;
      const row = Number(match[1]);
      const field = COLUMNS[columnOfField(match[2] ?? "actual")]?.field ?? "actual";
      const cells = byRow.get(row) ?? {};
      const said = `审核批注（${comment.author}）：${comment.body}`;
      cells[field] = cells[field] ? `${cells[field]}\n${said}` : said;
      byRow.set(row, cells);
    }
    return byRow;
  }, [tableComments]);
  const shown = useMemo(() => withTyping(table, editing, drafts), [table, editing, drafts]);
  const score = useMemo(() => scoreTable(shown, `${tablePath}.evaluation`, profile), [shown, tablePath, profile]);
  const rows = table.indicators.length;
  const latest = useRef<RowActions | null>(null);
  const rowActions = useMemo<RowActions>(
    () => ({
      select: (row, column, extend) => latest.current?.select(row, column, extend),
      startEditing: (row, column, text) => latest.current?.startEditing(row, column, text),
      type: (text) => latest.current?.type(text),
      commit: () => latest.current?.commit(),
      operator: (row, operator) => latest.current?.operator(row, operator),
    }),
    [],
  );

  // The cell the focus must go to once it is selected: set by keyboard moves and by the caller (a finding was
  // clicked). Re-rendering removes the input of the cell left behind, so the focus cannot be followed by itself.
  const wantFocus = useRef<{ row: number; column: number } | null>(null);

  useEffect(() => {
    if (!focus) return;
    const target = { row: Math.min(focus.row, Math.max(rows - 1, 0)), column: columnOfField(focus.field) };
    wantFocus.current = target;
    setSelected(target);
    setEditing(null);
  }, [focus, rows]);

  // Keep the DOM focus on the selected cell (keyboard navigation, finding clicks).
  useEffect(() => {
    if (editing) return;
    const cell = root.current?.querySelector<HTMLElement>(
      `[data-row="${selected.row}"][data-col="${selected.column}"]`,
    );
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

  /** Selects a cell; `extend` (Shift held) keeps the other corner of a block of cells where it was. */
  const move = (row: number, column: number, extend = false) => {
    const target = {
      row: Math.max(0, Math.min(rows - 1, row)),
      column: Math.max(0, Math.min(COLUMNS.length - 1, column)),
    };
    setAnchor(extend ? (anchor ?? selected) : null);
    wantFocus.current = target;
    setSelected(target);
  };

  const commit = (next: { row: number; column: number } | null) => {
    if (editing) {
      const indicator = table.indicators[editing.row];
      const column = COLUMNS[editing.column];
      if (indicator && column) {
        const result = commitCell(indicator, column.field, editing.text, drafts[editing.row]);
        if ("error" in result) {
          refuse(`第 ${editing.row + 1} 行“${column.label}”：${result.error}`);
          return;
        }
        if (changesIndicator(indicator, result.fields)) onChangeIndicator(editing.row, result.fields);
        if (column.field === "overrideScore" || column.field === "overrideReason") setDraft(editing.row, result.draft);
        else setMessage(null);
      } else {
        setMessage(null);
      }
      setEditing(null);
    }
    if (next) move(next.row, next.column);
  };

  const setDraft = (row: number, draft: OverrideDraft | null) => {
    storeDraft(
      `${rowKey(row)}.override`,
      draft ? { text: `${draft.score}｜${draft.reason}`, message: draftMessage(row, draft), data: draft } : null,
    );
    inform(draft ? draftMessage(row, draft) : null);
  };

  /** Rows are replaced (paste, delete): drafts no longer know their row. */
  const replaceIndicators = (indicators: Indicator[]) => {
    for (const row of Object.keys(drafts)) storeDraft(`${rowKey(Number(row))}.override`, null);
    onReplaceIndicators(indicators);
  };

  // Text typed in a cell and not committed yet is a draft too: a change of section or a reload brings it back. It is
  // stored after a pause in typing (a keystroke must stay cheap in a 200-row table), and at once when the grid goes
  // away or the page is left.
  const typedKey = useRef<string | null>(null);
  const pendingTyping = useRef<(() => void) | null>(null);
  const typingTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const flushTyping = () => {
    if (typingTimer.current) clearTimeout(typingTimer.current);
    typingTimer.current = null;
    pendingTyping.current?.();
    pendingTyping.current = null;
  };
  useEffect(() => {
    const column = editing ? COLUMNS[editing.column] : undefined;
    const key = editing && column ? `${rowKey(editing.row)}.${column.field}` : null;
    if (typedKey.current && typedKey.current !== key) {
      pendingTyping.current = null;
      storeDraft(typedKey.current, null);
    }
    typedKey.current = key;
    if (!editing || !key || !column) return;
    const indicator = table.indicators[editing.row];
    const original = indicator ? cellText(indicator, column.field, drafts[editing.row]) : "";
    const draft =
      editing.text === original
        ? null
        : {
            text: editing.text,
            message:
              message?.tone === "error"
                ? message.text
                : `第 ${editing.row + 1} 行“${column.label}”的输入尚未确认（Enter 确认，Esc 放弃）`,
            data: { kind: "typing", row: editing.row, column: editing.column },
          };
    pendingTyping.current = () => storeDraft(key, draft);
    if (typingTimer.current) clearTimeout(typingTimer.current);
    typingTimer.current = setTimeout(flushTyping, 400);
  }, [editing, message]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    window.addEventListener("pagehide", flushTyping);
    return () => {
      window.removeEventListener("pagehide", flushTyping);
      flushTyping();
    };
  }, []);

  // Opened again with uncommitted typing of this table: the cell is shown being edited, with its text.
  useEffect(() => {
    const prefix = `${tablePath}.evaluation.indicators[`;
    for (const [key, draft] of Object.entries(stored)) {
      const data = draft.data as { kind?: string; row?: number; column?: number } | undefined;
      if (
        !key.startsWith(prefix) ||
        data?.kind !== "typing" ||
        data.row === undefined ||
        data.column === undefined ||
        data.row >= rows
      )
        continue;
      wantFocus.current = { row: data.row, column: data.column };
      setSelected({ row: data.row, column: data.column });
      setEditing({ row: data.row, column: data.column, text: draft.text });
      inform(
        `草稿：第 ${data.row + 1} 行“${COLUMNS[data.column]?.label ?? ""}”的输入“${draft.text}”尚未确认（Enter 确认，Esc 放弃）`,
      );
      break;
    }
  }, [tablePath]); // eslint-disable-line react-hooks/exhaustive-deps

  const startEditing = (row: number, column: number, text?: string) => {
    const indicator = table.indicators[row];
    const field = COLUMNS[column]?.field;
    if (!editable || !indicator || !field || READ_ONLY.has(field) || field === "operator") return;
    setEditing({ row, column, text: text ?? cellText(indicator, field, drafts[row]) });
  };

  /** The cell Tab (or Shift+Tab) goes to, row after row; null past the last cell or before the first. */
  const tabTarget = (row: number, column: number, back: boolean): { row: number; column: number } | null => {
    const last = COLUMNS.length - 1;
    if (back) return column > 0 ? { row, column: column - 1 } : row > 0 ? { row: row - 1, column: last } : null;
    return column < last ? { row, column: column + 1 } : row < rows - 1 ? { row: row + 1, column: 0 } : null;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const { row, column } = selected;
    if (editing) {
      if (event.key === "Enter") {
        event.preventDefault();
        commit({ row: row + 1, column });
      } else if (event.key === "Tab") {
        const next = tabTarget(row, column, event.shiftKey);
        // At the table's end the focus leaves the grid, as Tab does anywhere else in the page.
        if (next) event.preventDefault();
        commit(next);
      } else if (event.key === "Escape") {
        event.preventDefault();
        setEditing(null);
        setMessage(null);
      }
      return;
    }
    if ((event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === "c") {
      event.preventDefault();
      void copyTable();
      return;
    }
    const target = event.target as HTMLElement;
    // Ctrl+C of a block of cells (or of a cell without an input: 得分, 指标性质) copies them as Excel pastes them.
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "c" && (block || target.tagName !== "INPUT")) {
      event.preventDefault();
      void copyBlock(block ?? { top: row, bottom: row, left: column, right: column });
      return;
    }
    if (target.tagName === "SELECT" && (event.key === "ArrowUp" || event.key === "ArrowDown")) return;
    switch (event.key) {
      case "ArrowUp":
        move(row - 1, column, event.shiftKey);
        break;
      case "ArrowDown":
        move(row + 1, column, event.shiftKey);
        break;
      case "ArrowLeft":
        move(row, column - 1, event.shiftKey);
        break;
      case "ArrowRight":
        move(row, column + 1, event.shiftKey);
        break;
      case "Tab": {
        const next = tabTarget(row, column, event.shiftKey);
        if (!next) return;
        move(next.row, next.column);
        break;
      }
      case "Enter":
      case "F2":
        startEditing(row, column);
        break;
      case "Delete":
      case "Backspace":
        // In a cell's own input the key edits the text (its change starts editing); elsewhere it clears the cell.
        if (target.tagName === "INPUT") return;
        if (editable && COLUMNS[column] && !READ_ONLY.has(COLUMNS[column].field)) {
          const field = COLUMNS[column].field;
          const indicator = table.indicators[row];
          const result = indicator ? commitCell(indicator, field, "", drafts[row]) : { error: "" };
          if (indicator && !("error" in result)) {
            if (changesIndicator(indicator, result.fields)) onChangeIndicator(row, result.fields);
            if (field === "overrideScore" || field === "overrideReason") setDraft(row, result.draft);
          }
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
    const at = Math.min(selected.row, rows);
    setPendingPaste(null);
    const block = describePastedBlock(text);
    // Columns in another order (or more than the grid has) are not guessed at: the user says which is which.
    if (!block.inGridOrder) {
      setPendingMapping({ at, text, block });
      inform(null);
      return;
    }
    readPasted(at, text);
  };

  /** Reads a pasted block (in the grid's order, or by the columns the user chose) and puts it at `at`. */
  const readPasted = (at: number, text: string, mapping?: ColumnMapping) => {
    setPendingMapping(null);
    const parsed = parsePastedRows(text, mapping);
    if (!parsed.ok) {
      refuse(`粘贴未完成：${parsed.message}`);
      return;
    }
    const overwritten = table.indicators.slice(at, at + parsed.indicators.length).filter(isFilled).length;
    // Rows with content are not overwritten unasked: the user chooses to overwrite, insert, or cancel.
    if (overwritten > 0) setPendingPaste({ at, indicators: parsed.indicators, overwritten });
    else pasteAt(at, parsed.indicators, "overwrite");
  };

  /** Puts pasted rows at `at`: over the rows there, or inserted before them. Undone with Ctrl+Z like any edit. */
  const pasteAt = (at: number, pasted: Indicator[], how: "overwrite" | "insert") => {
    const after = how === "overwrite" ? table.indicators.slice(at + pasted.length) : table.indicators.slice(at);
    replaceIndicators([...table.indicators.slice(0, at), ...pasted, ...after]);
    setPendingPaste(null);
    inform(`已${how === "overwrite" ? "粘贴" : "插入"} ${pasted.length} 行（从第 ${at + 1} 行起）；Ctrl+Z 可撤销`);
  };

  /** A cell's text as shown (the score as rounded, the operator's sign), for copying out. */
  const shownCell = (row: number, column: Column): string => {
    const indicator = table.indicators[row];
    if (!indicator) return "";
    if (column.field === "score") {
      const final = score.indicators[row]?.final;
      return final ? formatFixed(final, profile.rounding.indicatorDecimals) : "";
    }
    if (column.field === "operator") return indicator.operator ?? "";
    return cellText(indicator, column.field, drafts[row]);
  };

  /** Rows of cells as Excel and WPS put them on the clipboard: tab-separated, one line a row. */
  const writeClipboard = async (lines: readonly (readonly string[])[], done: string) => {
    const text = lines.map((cells) => cells.map((cell) => cell.replace(/[\t\r\n]+/g, " ")).join("\t")).join("\n");
    try {
      await navigator.clipboard.writeText(text);
      inform(done);
    } catch {
      refuse("浏览器不允许写入剪贴板");
    }
  };

  /** The table as tab-separated text (header and rows, as shown), for Excel or WPS. */
  const copyTable = () =>
    writeClipboard(
      [
        COLUMNS.map((column) => column.label),
        ...table.indicators.map((_, row) => COLUMNS.map((column) => shownCell(row, column))),
      ],
      `已复制整表 ${table.indicators.length} 行（制表符分隔），可粘贴到 Excel/WPS`,
    );

  /** The selected block of cells as tab-separated text (no header). */
  const copyBlock = (cells: Block) => {
    const columns = COLUMNS.slice(cells.left, cells.right + 1);
    const lines = [];
    for (let row = cells.top; row <= cells.bottom; row++) lines.push(columns.map((column) => shownCell(row, column)));
    return writeClipboard(lines, `已复制 ${lines.length} 行 × ${columns.length} 列（制表符分隔），可粘贴到 Excel/WPS`);
  };

  /** Moves the selected row up or down. */
  const moveRow = (by: number) => {
    const target = selected.row + by;
    if (target < 0 || target >= rows) return;
    const indicators = table.indicators.slice();
    const [row] = indicators.splice(selected.row, 1);
    indicators.splice(target, 0, row as Indicator);
    replaceIndicators(indicators);
    move(target, selected.column);
  };

  // The rows' actions call the handlers of the latest render through a ref: the object itself never changes.
  latest.current = {
    select(row, column, extend) {
      if (editing && (editing.row !== row || editing.column !== column)) commit(null);
      setAnchor(extend ? (anchor ?? selected) : null);
      wantFocus.current = { row, column };
      setSelected({ row, column });
    },
    startEditing,
    type: (text) => setEditing((current) => (current ? { ...current, text } : current)),
    commit: () => commit(null),
    operator: (row, operator) =>
      onChangeIndicator(row, { operator: operator === "" ? undefined : (operator as Indicator["operator"]) }),
  };

  const level1Total = score.indicators.reduce((sum, scored) => sum.plus(scored.final ?? 0), new Dec(0));
  return (
    // tabIndex: a click anywhere in the grid (even an empty one) gives it the focus, so that Ctrl+V pastes here.
    <div
      className="indicator-grid"
      data-testid="indicator-grid"
      ref={root}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      onPaste={onPaste}
    >
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
                <th
                  key={column.field}
                  className={column.numeric ? "num" : ""}
                  title={columnHelp(column.field) ?? undefined}
                >
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
                blockLeft={block && index >= block.top && index <= block.bottom ? block.left : -1}
                blockRight={block && index >= block.top && index <= block.bottom ? block.right : -1}
                editing={editing?.row === index ? editing : null}
                draft={drafts[index]}
                comments={commentsByRow.get(index)}
                editable={editable}
                places={profile.rounding.indicatorDecimals}
                reasonMissing={
                  score.indicators[index] !== undefined && isReasonMissing(score.indicators[index], profile)
                }
                actions={rowActions}
                helpId={helpId}
              />
            ))}
          </tbody>
        </table>
      </div>
      {rows === 0 && (
        <p className="muted">
          还没有指标。可以从 Excel/WPS
          复制整块指标（一级/二级/三级/指标性质/指标值/度量单位/完成值/权重）后点此表格粘贴，或点“添加一行”。
        </p>
      )}
      {rows > 0 && selectedColumn && (
        // The selected column's 填报说明 (core's, as every field's), read out with the selected cell.
        <p className="field-help grid-help" id={helpId} data-testid="grid-help">
          填报说明 · {selectedColumn.label}：{columnHelp(selectedColumn.field)}
        </p>
      )}
      {score.indicators[selected.row] && (
        // The rule behind the selected row's score, for keyboard users (the mouse also gets it on hover).
        <p className="grid-rule" data-testid="grid-rule">
          第 {selected.row + 1} 行得分：{score.indicators[selected.row]?.explanation}
        </p>
      )}
      {tableComments.length > 0 && (
        <ul className="grid-comments" aria-label="审核批注">
          {tableComments.map(({ path, comment }, index) => {
            const match = /indicators\[(\d+)\](?:\.(\w+))?/.exec(path);
            const row = Number(match?.[1] ?? 0);
            const column = columnOfField(match?.[2] ?? "actual");
            return (
              <li key={index} className="field-comment" data-testid="field-comment">
                <button type="button" className="link-button" onClick={() => move(row, column)}>
                  第 {row + 1} 行“{COLUMNS[column]?.label}”
                </button>
                ：审核批注（{comment.author}）{comment.body}
              </li>
            );
          })}
        </ul>
      )}
      {pendingMapping && (
        <PasteMappingDialog
          block={pendingMapping.block}
          onPaste={(mapping) => readPasted(pendingMapping.at, pendingMapping.text, mapping)}
          onCancel={() => setPendingMapping(null)}
        />
      )}
      {pendingPaste && (
        <div
          className="grid-message paste-question"
          role="alertdialog"
          aria-label="粘贴确认"
          data-testid="paste-question"
        >
          粘贴的 {pendingPaste.indicators.length} 行将覆盖第 {pendingPaste.at + 1}–
          {pendingPaste.at + pendingPaste.indicators.length} 行，其中 {pendingPaste.overwritten} 行已有内容。
          <button
            type="button"
            className="small"
            onClick={() => pasteAt(pendingPaste.at, pendingPaste.indicators, "overwrite")}
          >
            覆盖
          </button>
          <button
            type="button"
            className="small"
            onClick={() => pasteAt(pendingPaste.at, pendingPaste.indicators, "insert")}
          >
            插入为新行
          </button>
          <button type="button" className="small" onClick={() => setPendingPaste(null)}>
            取消
          </button>
        </div>
      )}
      {message && (
        <p className={`grid-message ${message.tone}`} role={message.tone === "error" ? "alert" : "status"}>
          {message.text}
        </p>
      )}
      <div className="grid-footer">
        {editable && (
          <div className="grid-actions">
            <button
              type="button"
              onClick={() =>
                replaceIndicators([
                  ...table.indicators,
                  { level1: table.indicators[rows - 1]?.level1 ?? "", level3: "" } as Indicator,
                ])
              }
            >
              添加一行
            </button>
            <button
              type="button"
              disabled={rows === 0}
              onClick={() => {
                replaceIndicators(table.indicators.filter((_, index) => index !== selected.row));
                move(selected.row, selected.column);
              }}
            >
              删除第 {Math.min(selected.row + 1, Math.max(rows, 1))} 行
            </button>
            <button
              type="button"
              disabled={rows === 0}
              onClick={() =>
                replaceIndicators([
                  ...table.indicators.slice(0, selected.row),
                  { level1: table.indicators[selected.row]?.level1 ?? "", level3: "" } as Indicator,
                  ...table.indicators.slice(selected.row),
                ])
              }
            >
              在第 {Math.min(selected.row + 1, Math.max(rows, 1))} 行前插入
            </button>
            <button type="button" disabled={selected.row === 0} onClick={() => moveRow(-1)} aria-label="上移所选行">
              上移
            </button>
            <button
              type="button"
              disabled={selected.row >= rows - 1}
              onClick={() => moveRow(1)}
              aria-label="下移所选行"
            >
              下移
            </button>
            <button type="button" disabled={rows === 0} onClick={() => void copyTable()} title="Ctrl+Shift+C">
              复制整表
            </button>
            <span className="muted small">粘贴：在表格中选中起始行后按 Ctrl+V；撤销 Ctrl+Z</span>
          </div>
        )}
        <dl className="grid-totals" data-testid="grid-totals">
          {score.execution && (
            <>
              <dt>预算执行得分</dt>
              <dd className="num">
                {score.execution.score ? formatFixed(score.execution.score, profile.rounding.indicatorDecimals) : "—"}
              </dd>
            </>
          )}
          <dt>指标部分得分</dt>
          <dd className="num" data-testid="indicator-total">
            {formatFixed(level1Total, profile.rounding.totalDecimals)}
          </dd>
          <dt>总分</dt>
          <dd className="num" data-testid="table-total">
            {score.totalWeight.gt(0)
              ? `${formatFixed(score.total, profile.rounding.totalDecimals)} / ${formatFixed(score.totalWeight, 0)}`
              : "—"}
          </dd>
          <dt>等级</dt>
          <dd data-testid="table-grade">{score.grade ?? "—"}</dd>
        </dl>
      </div>
    </div>
  );
}

/** A column's 填报说明: the indicator field it edits (an override's halves are override.score and override.reason). */
function columnHelp(field: ColumnField): string | null {
  const key = field === "overrideScore" ? "override.score" : field === "overrideReason" ? "override.reason" : field;
  return fieldHelp(`department.evaluation.indicators[0].${key}`);
}

interface RowProps {
  index: number;
  indicator: Indicator;
  scored: IndicatorScore | undefined;
  selectedColumn: number;
  /** The columns of this row inside the selected block of cells (-1 when the row is outside it). */
  blockLeft: number;
  blockRight: number;
  editing: Editing | null;
  draft: OverrideDraft | undefined;
  /** Reviewers' comments on this row's cells, by field. */
  comments: Readonly<Record<string, string>> | undefined;
  editable: boolean;
  /** Decimals of a shown score (the rule profile's 单项得分保留小数位). */
  places: number;
  /** The rule profile asks this row for a reason and none is given (src/core/scoring/reason-rule.ts). */
  reasonMissing: boolean;
  actions: RowActions;
  /** The id of the 填报说明 of the selected column, which the selected cell is described by. */
  helpId: string;
}

/** What a row asks of the grid; one object for the grid's lifetime, so that rows can skip drawing. */
interface RowActions {
  select(row: number, column: number, extend?: boolean): void;
  startEditing(row: number, column: number, text?: string): void;
  type(text: string): void;
  commit(): void;
  operator(row: number, operator: string): void;
}

/** What a row shows of its score: two scorings of the same row compare equal, so the row is not drawn again. */
function sameScore(a: IndicatorScore | undefined, b: IndicatorScore | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    a.overridden === b.overridden &&
    a.explanation === b.explanation &&
    a.weight.equals(b.weight) &&
    (a.final === null ? b.final === null : b.final !== null && a.final.equals(b.final))
  );
}

/** The words in an empty cell that must be filled in: the reason of a score below its weight, an override's half. */
function missingHint(column: Column["field"], reasonMissing: boolean, draft: OverrideDraft | undefined): string | null {
  if (column === "reason" && reasonMissing) return "须填写原因";
  if (column === "overrideReason" && draft && draft.reason === "") return "须填写理由";
  if (column === "overrideScore" && draft && draft.score === "") return "须填写得分";
  return null;
}

/**
 * One row. Every edit scores the whole table again (subtotals need it), but a row is drawn again only when what it
 * shows changed: its indicator, its score, its selection, editing or draft (the actions object is stable).
 */
const GridRow = memo(
  function GridRow({
    index,
    indicator,
    scored,
    selectedColumn,
    blockLeft,
    blockRight,
    editing,
    draft,
    comments,
    editable,
    places,
    reasonMissing,
    actions,
    helpId,
  }: RowProps) {
    const final = scored?.final ?? null;
    return (
      <tr className={selectedColumn >= 0 ? "selected-row" : ""}>
        <td className="row-number">{index + 1}</td>
        {COLUMNS.map((column, columnIndex) => {
          const isSelected = selectedColumn === columnIndex;
          const isEditing = editing?.column === columnIndex;
          const classes = [
            column.numeric ? "num" : "",
            isSelected ? "selected" : "",
            columnIndex >= blockLeft && columnIndex <= blockRight ? "in-block" : "",
            READ_ONLY.has(column.field) ? "computed" : "",
          ];
          const text = cellText(indicator, column.field, draft);
          const hint = text === "" ? missingHint(column.field, reasonMissing, draft) : null;
          let content: ReactNode;
          let title: string | undefined;
          if (column.field === "score") {
            content = final === null ? "—" : formatFixed(final, places);
            title = scored ? `${scored.overridden ? "已人工调整。" : ""}${scored.explanation}` : undefined;
            if (scored?.overridden) classes.push("overridden");
          } else if (column.field === "operator") {
            content = (
              <select
                value={indicator.operator ?? ""}
                disabled={!editable}
                tabIndex={-1}
                aria-label={`第 ${index + 1} 行指标性质`}
                onChange={(event) => actions.operator(index, event.target.value)}
              >
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
                value={isEditing && editing ? editing.text : text}
                placeholder={hint ?? undefined}
                onChange={(event) =>
                  isEditing
                    ? actions.type(event.target.value)
                    : actions.startEditing(index, columnIndex, event.target.value)
                }
                onBlur={isEditing ? actions.commit : undefined}
                aria-label={`第 ${index + 1} 行${column.label}`}
                aria-describedby={helpId}
              />
            );
          } else {
            content = hint ? <span className="required-hint">{hint}</span> : text;
          }
          if (hint) {
            classes.push("required-missing");
            title = column.field === "reason" ? "按评分规则，此行须填写偏差原因" : "人工调整得分须同时填写得分和理由";
          }
          const comment = comments?.[column.field];
          if (comment) {
            classes.push("has-comment");
            title = title ? `${title}\n${comment}` : comment;
          }
          return (
            <td
              key={column.field}
              className={classes.filter(Boolean).join(" ")}
              tabIndex={isSelected ? 0 : -1}
              data-row={index}
              data-col={columnIndex}
              data-field={column.field}
              aria-describedby={isSelected ? helpId : undefined}
              title={title}
              onMouseDown={(event) => {
                // The cell's input takes the focus (the effect gives it); the cell itself must not take it back — also
                // when the click lands on a hint inside it ("须填写得分"), which would otherwise focus the cell.
                const target = event.target as HTMLElement;
                if (target.tagName !== "INPUT" && target.tagName !== "SELECT") event.preventDefault();
                actions.select(index, columnIndex, event.shiftKey);
              }}
              onDoubleClick={() => actions.startEditing(index, columnIndex)}
            >
              {content}
            </td>
          );
        })}
      </tr>
    );
  },
  (before, after) =>
    before.index === after.index &&
    before.indicator === after.indicator &&
    before.selectedColumn === after.selectedColumn &&
    before.blockLeft === after.blockLeft &&
    before.blockRight === after.blockRight &&
    before.editing === after.editing &&
    before.draft === after.draft &&
    before.comments === after.comments &&
    before.editable === after.editable &&
    before.places === after.places &&
    before.reasonMissing === after.reasonMissing &&
    before.actions === after.actions &&
    sameScore(before.scored, after.scored),
);
