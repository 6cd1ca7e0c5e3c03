/**
 * Form fields bound to a place in the dataset. Each carries its dataset path (data-path) so that a clicked audit
 * finding can focus it. Amounts are typed in 万元 as people type them (full-width digits, "1,234.50", "元" written
 * after) and stored in the dataset's canonical text; a value that is not an amount is shown as an error and not
 * stored.
 */
import { useEffect, useId, useRef, useState } from "react";
import { parseAmount, toCanonicalWan } from "../../../src/core/parse/parse-amount.ts";
import { parsePlainNumber } from "../../../src/core/parse/normalize-text.ts";
import { useDrafts } from "./drafts.ts";
import { useFieldComments } from "./field-comments.ts";
import { AUTOSAVE_DELAY_MS } from "./use-report-editor.ts";
import { formatPath, type PathSegment } from "../../../src/core/dataset/dataset-path.ts";
import { showStoredAmount } from "../../../src/core/display/show-number.ts";
import { fieldHelp } from "../../../src/core/forms/field-help.ts";
import { parsePrintedGrade, parsePrintedScore } from "../../../src/core/parse/parse-printed-score.ts";

interface FieldProps<T> {
  label: string;
  path: readonly PathSegment[];
  value: T | undefined;
  readOnly: boolean;
  onChange(path: readonly PathSegment[], value: T | undefined): void;
}

type Parsed<T> = { ok: true; value: T | undefined } | { ok: false; message: string };

/**
 * The typing of one field: the text shown (a draft when the rules refuse it), its problem, and the change. A value
 * that does not parse, or that the section's schema refuses, is not stored: the field keeps the text as a draft
 * (which survives a change of section and a reload) with the reason, and the dataset goes back to the value it had
 * when the field was entered or last rested on (not a valid prefix typed on the way) — a value is saved whole or not at all ("12a" never
 * leaves "12" saved).
 */
function useFieldTyping<T>(
  path: readonly PathSegment[],
  value: T | undefined,
  onChange: FieldProps<T>["onChange"],
  parse: (text: string) => Parsed<T>,
  show: (value: T | undefined) => string,
) {
  const { drafts, setDraft, refusal } = useDrafts();
  const key = formatPath(path);
  const draft = drafts[key];
  const [text, setText] = useState(draft?.text ?? show(value));
  const entered = useRef<T | undefined>(value);
  const settle = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => clearTimeout(settle.current ?? undefined), []);
  useEffect(() => {
    // The stored value changed elsewhere (undo, a conflict resolved, a draft generated): show it, unless a draft is open.
    if (drafts[key]) return;
    setText((current) => {
      const parsed = parse(current);
      return parsed.ok && show(parsed.value) === show(value) ? current : show(value);
    });
  }, [value]); // eslint-disable-line react-hooks/exhaustive-deps
  const change = (typed: string) => {
    setText(typed);
    const parsed = parse(typed);
    const problem = parsed.ok ? refusal(path, parsed.value) : parsed.message;
    if (problem !== null || !parsed.ok) {
      if (settle.current) clearTimeout(settle.current);
      setDraft(key, { text: typed, message: problem ?? "" });
      if (show(value) !== show(entered.current)) onChange(path, entered.current);
      return;
    }
    setDraft(key, null);
    onChange(path, parsed.value);
    // A valid value the user stops at (as long as autosave waits) is the one to go back to; a prefix typed on the
    // way to an invalid text ("12" of "12a") is not.
    if (settle.current) clearTimeout(settle.current);
    settle.current = setTimeout(() => {
      entered.current = parsed.value;
    }, AUTOSAVE_DELAY_MS);
  };
  return {
    text,
    problem: draft?.message ?? null,
    change,
    onFocus: () => {
      if (!drafts[key]) entered.current = value;
    },
    onBlur: () => {
      if (settle.current) clearTimeout(settle.current);
      if (!drafts[key]) entered.current = value;
    },
  };
}

/**
 * The ids and texts that describe a field: its 填报说明 (from core, by the field's path) and its problem, for
 * aria-describedby. A field in a table row (no label of its own) shows its 填报说明 only while it has the focus, under
 * it, so that a table of 20 rows does not repeat it 20 times.
 */
function useDescription(path: readonly PathSegment[], problem: string | null) {
  const id = useId();
  const help = fieldHelp(path);
  const ids = [help ? `${id}-help` : "", problem ? `${id}-problem` : ""].filter(Boolean).join(" ");
  return { id, help, describedBy: ids === "" ? undefined : ids };
}

/** Beside the field, not inside its <label>: the label names the field, these describe it (read once, not twice). */
function FieldMessage({
  problem,
  description,
  compact,
  path,
}: {
  problem: string | null;
  description: ReturnType<typeof useDescription>;
  compact: boolean;
  path: readonly PathSegment[];
}) {
  const comments = useFieldComments(formatPath(path));
  return (
    <>
      {comments.map((comment, index) => (
        <span key={index} className="field-comment" data-testid="field-comment">
          审核批注（{comment.author}）：{comment.body}
        </span>
      ))}
      {problem && (
        <span className="field-error" role="alert" id={`${description.id}-problem`}>
          草稿，未保存：{problem}
        </span>
      )}
      {description.help && (
        <span
          className={compact ? "field-help field-help-compact" : "field-help"}
          id={`${description.id}-help`}
          data-testid="field-help"
        >
          {description.help}
        </span>
      )}
    </>
  );
}

/**
 * A text. `required`: the schema wants it (单位名称, 项目名称): emptied, it stays a draft and the saved name stays.
 * `keepEmpty`: an emptied text is stored as "" rather than removed (a narrative section's text).
 */
export function TextField({
  label,
  path,
  value,
  readOnly,
  onChange,
  multiline = false,
  required = false,
  keepEmpty = false,
}: FieldProps<string> & { multiline?: boolean; required?: boolean; keepEmpty?: boolean }) {
  const id = useId();
  const typing = useFieldTyping<string>(
    path,
    value,
    onChange,
    (text) =>
      required && text.trim() === ""
        ? { ok: false, message: `${label || "此项"}不能为空（仍保存为“${value ?? ""}”）` }
        : { ok: true, value: text === "" && !keepEmpty ? undefined : text },
    (shown) => shown ?? "",
  );
  const description = useDescription(path, typing.problem);
  const common = {
    id,
    "data-path": formatPath(path),
    value: typing.text,
    readOnly,
    className: typing.problem ? "invalid draft" : undefined,
    "aria-invalid": typing.problem ? true : undefined,
    "aria-describedby": description.describedBy,
    "aria-label": label === "" ? formatPath(path) : undefined,
    onFocus: typing.onFocus,
    onBlur: typing.onBlur,
  };
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {multiline ? (
        <textarea {...common} onChange={(e) => typing.change(e.target.value)} />
      ) : (
        <input {...common} onChange={(e) => typing.change(e.target.value)} />
      )}
      <FieldMessage problem={typing.problem} description={description} compact={label === ""} path={path} />
    </div>
  );
}

/** A field whose text is checked before it is stored: shown as typed, stored only when it parses. */
function CheckedField<T>({
  label,
  path,
  value,
  readOnly,
  onChange,
  unit,
  parse,
  show,
}: FieldProps<T> & { unit: string; parse(text: string): Parsed<T>; show(value: T | undefined): string }) {
  const id = useId();
  const typing = useFieldTyping(path, value, onChange, parse, show);
  const description = useDescription(path, typing.problem);
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <span className="field-with-unit">
        <input
          id={id}
          className={`num${typing.problem ? " invalid draft" : ""}`}
          data-path={formatPath(path)}
          value={typing.text}
          readOnly={readOnly}
          aria-invalid={typing.problem ? true : undefined}
          aria-label={label === "" ? formatPath(path) : undefined}
          aria-describedby={description.describedBy}
          onFocus={typing.onFocus}
          onBlur={typing.onBlur}
          onChange={(event) => typing.change(event.target.value)}
        />
        <span className="unit">{unit}</span>
      </span>
      <FieldMessage problem={typing.problem} description={description} compact={label === ""} path={path} />
    </div>
  );
}

/**
 * A stored 万元 text as the field shows it: two decimals ("127.1" → "127.10"), or every decimal it has ("0.0714"), so
 * the field never rounds what was typed; text that is not an amount yet is shown as typed.
 */
function amountFieldText(value: string | undefined): string {
  if (value === undefined) return "";
  return /^-?\d+(\.\d+)?$/.test(value) ? showStoredAmount(value, { places: "keep" }) : value;
}

/** An amount in 万元. Negative amounts are refused unless the field is one that can be negative (a balance, a change). */
export function MoneyField(props: FieldProps<string> & { allowNegative?: boolean }) {
  const { allowNegative = false } = props;
  return (
    <CheckedField
      {...props}
      unit="万元"
      show={amountFieldText}
      parse={(text) => {
        if (text.trim() === "") return { ok: true, value: undefined };
        const parsed = parseAmount(text);
        if (parsed.kind === "amount" && parsed.fen < 0 && !allowNegative)
          return { ok: false, message: `金额“${text}”不能为负数` };
        try {
          const canonical = toCanonicalWan(text);
          return canonical === null ? { ok: true, value: undefined } : { ok: true, value: canonical };
        } catch (error) {
          return { ok: false, message: (error as Error).message };
        }
      }}
    />
  );
}

export function CountField(props: FieldProps<number> & { unit?: string }) {
  return (
    <CheckedField
      {...props}
      unit={props.unit ?? "人"}
      show={(value) => (value === undefined ? "" : String(value))}
      parse={(text) => {
        if (text.trim() === "") return { ok: true, value: undefined };
        const number = parsePlainNumber(text);
        if (number === null || !/^\d+$/.test(number)) return { ok: false, message: `“${text}”不是不小于 0 的整数` };
        return { ok: true, value: Number(number) };
      }}
    />
  );
}

/** A 分值 (weight) typed as people type it (full-width digits, "10分"), stored as the schema's decimal text. */
export function WeightField(props: FieldProps<string>) {
  return (
    <CheckedField
      {...props}
      unit="分"
      show={(value) => value ?? ""}
      parse={(text) => {
        if (text.trim() === "") return { ok: true, value: undefined };
        const number = parsePlainNumber(text.replace(/分$/, ""));
        if (number === null || !/^\d{1,9}(\.\d{1,6})?$/.test(number))
          return { ok: false, message: `分值“${text}”应为不小于 0 的数字，如 10` };
        return { ok: true, value: number };
      }}
    />
  );
}

/**
 * A score as a document printed it (原文得分: "97分"), typed as people type it (full-width digits, "分" after it): stored
 * as the plain number with the "分" it was written with, or refused whole ("97a", "-3", "1e3" never leave "97" saved).
 */
export function PrintedScoreField(props: FieldProps<string>) {
  return <CheckedField {...props} unit="" show={(value) => value ?? ""} parse={parsePrintedScore} />;
}

export function PrintedGradeField(props: FieldProps<string>) {
  return <CheckedField {...props} unit="" show={(value) => value ?? ""} parse={parsePrintedGrade} />;
}

/**
 * One of a fixed list (单位级次, 单位性质, a row's 资金来源): stored as its code, left out when “—” is chosen. In a table
 * row (no label) `ariaLabel` names it ("第 2 行资金来源").
 */
export function SelectField({
  label,
  path,
  value,
  readOnly,
  onChange,
  options,
  ariaLabel,
}: FieldProps<string> & { options: Readonly<Record<string, string>>; ariaLabel?: string }) {
  const id = useId();
  const description = useDescription(path, null);
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        data-path={formatPath(path)}
        value={value ?? ""}
        disabled={readOnly}
        aria-label={ariaLabel ?? (label === "" ? formatPath(path) : undefined)}
        aria-describedby={description.describedBy}
        onChange={(event) => onChange(path, event.target.value === "" ? undefined : event.target.value)}
      >
        <option value="">—</option>
        {Object.entries(options).map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
      <FieldMessage problem={null} description={description} compact={label === ""} path={path} />
    </div>
  );
}

/** Lines of text (封面各行, 附件名称): one per line in a text box; empty lines are dropped, none at all removes it. */
export function LinesField({ label, path, value, readOnly, onChange }: FieldProps<string[]>) {
  const id = useId();
  const typing = useFieldTyping<string[]>(
    path,
    value,
    onChange,
    (text) => {
      const lines = text
        .split("\n")
        .map((line) => line.trim())
        .filter((line) => line !== "");
      return { ok: true, value: lines.length === 0 ? undefined : lines };
    },
    (shown) => (shown ?? []).join("\n"),
  );
  const description = useDescription(path, typing.problem);
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        data-path={formatPath(path)}
        value={typing.text}
        readOnly={readOnly}
        rows={4}
        className={typing.problem ? "invalid draft" : undefined}
        aria-describedby={description.describedBy}
        onFocus={typing.onFocus}
        onBlur={typing.onBlur}
        onChange={(event) => typing.change(event.target.value)}
      />
      <FieldMessage problem={typing.problem} description={description} compact={label === ""} path={path} />
    </div>
  );
}
