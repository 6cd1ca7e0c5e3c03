/**
 * Renders rows as a plain-text table for the terminal, aligned by display width; numbers right-aligned.
 * @module
 */
import { displayWidth, truncateToWidth } from "./display-width.ts";

export interface Column {
  header: string;
  align?: "left" | "right";
  /** Longest cell, in display columns, before it is cut. */
  maxWidth?: number;
}

export function formatTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const cells = rows.map((row) =>
    columns.map((col, i) => truncateToWidth((row[i] ?? "").replace(/\s+/g, " "), col.maxWidth ?? 60)),
  );
  const widths = columns.map((col, i) =>
    Math.max(displayWidth(col.header), ...cells.map((row) => displayWidth(row[i] ?? ""))),
  );
  const pad = (text: string, i: number) => {
    const space = " ".repeat(Math.max(0, (widths[i] ?? 0) - displayWidth(text)));
    return columns[i]?.align === "right" ? space + text : text + space;
  };
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => pad(cell, i))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "─".repeat(w)).join("  ");
  return [line(columns.map((c) => c.header)), rule, ...cells.map(line)].join("\n");
}
