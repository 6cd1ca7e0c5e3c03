/**
 * Form fields bound to a place in the dataset. Each carries its dataset path (data-path) so that a clicked audit
 * finding can focus it. Amounts are typed in 万元 as people type them (full-width digits, "1,234.50", "元" written
 * after) and stored in the dataset's canonical text; a value that is not an amount is shown as an error and not
 * stored.
 */
import { useEffect, useId, useState } from "react";
import { toCanonicalWan } from "../../../src/core/parse/parse-amount.ts";
import { parsePlainNumber } from "../../../src/core/parse/normalize-text.ts";
import { type PathSegment, pathText } from "./update-at.ts";

interface FieldProps<T> {
  label: string;
  path: readonly PathSegment[];
  value: T | undefined;
  readOnly: boolean;
  onChange(path: readonly PathSegment[], value: T | undefined): void;
}

export function TextField({ label, path, value, readOnly, onChange, multiline = false }: FieldProps<string> & { multiline?: boolean }) {
  const id = useId();
  return (
    <label className="field" htmlFor={id}>
      <span className="field-label">{label}</span>
      {multiline ? (
        <textarea id={id} data-path={pathText(path)} value={value ?? ""} readOnly={readOnly} onChange={(e) => onChange(path, e.target.value === "" ? undefined : e.target.value)} />
      ) : (
        <input id={id} data-path={pathText(path)} value={value ?? ""} readOnly={readOnly} onChange={(e) => onChange(path, e.target.value === "" ? undefined : e.target.value)} />
      )}
    </label>
  );
}

/** A field whose text is checked before it is stored: shown as typed, stored only when it parses. */
function CheckedField<T>({ label, path, value, readOnly, onChange, unit, parse, show }: FieldProps<T> & { unit: string; parse(text: string): { ok: true; value: T | undefined } | { ok: false; message: string }; show(value: T | undefined): string }) {
  const id = useId();
  const [text, setText] = useState(show(value));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    // The stored value changed elsewhere (a conflict was resolved, a draft generated): show it.
    setText((current) => {
      const parsed = parse(current);
      return parsed.ok && show(parsed.value) === show(value) ? current : show(value);
    });
  }, [value]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <label className="field" htmlFor={id}>
      <span className="field-label">{label}</span>
      <span className="field-with-unit">
        <input
          id={id}
          className={`num${error ? " invalid" : ""}`}
          data-path={pathText(path)}
          value={text}
          readOnly={readOnly}
          aria-invalid={error ? true : undefined}
          onChange={(event) => {
            setText(event.target.value);
            const parsed = parse(event.target.value);
            if (parsed.ok) {
              setError(null);
              onChange(path, parsed.value);
            } else {
              setError(parsed.message);
            }
          }}
        />
        <span className="unit">{unit}</span>
      </span>
      {error && <span className="field-error">{error}</span>}
    </label>
  );
}

/** A stored 万元 text shown with two decimals ("127.1" → "127.10"); one with more decimals is shown as it is. */
function showWan(value: string | undefined): string {
  if (value === undefined) return "";
  const match = /^(-?\d+)(?:\.(\d{1,2}))?$/.exec(value);
  return match ? `${match[1]}.${(match[2] ?? "").padEnd(2, "0")}` : value;
}

export function MoneyField(props: FieldProps<string>) {
  return (
    <CheckedField
      {...props}
      unit="万元"
      show={showWan}
      parse={(text) => {
        if (text.trim() === "") return { ok: true, value: undefined };
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
