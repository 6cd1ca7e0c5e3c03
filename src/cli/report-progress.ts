/**
 * Progress of `jixiao report` on stderr. On a terminal one bar is redrawn in place (failures are printed above it
 * and stay visible); in a pipe, a log file or CI, where a carriage return would pile up as garbage, each unit gets
 * one plain line instead.
 * @module
 */
import { displayWidth, truncateToWidth } from "./display-width.ts";

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface UnitOutcome {
  /** Unit name and year, or the file name when the dataset could not be read. */
  label: string;
  ok: boolean;
  /** "6 个文件" or the reason it failed. */
  detail: string;
}

export interface ReportProgress {
  /** Shows the bar (terminal only) before the first unit is done. */
  start(): void;
  unitDone(outcome: UnitOutcome): void;
  /** Leaves the cursor on a fresh line. */
  finish(): void;
}

const BAR_WIDTH = 24;

/** True for a terminal that is not a CI log (CI terminals often claim a TTY but keep every redraw). */
export function isInteractive(stream: ProgressStream): boolean {
  return stream.isTTY === true && !process.env.CI;
}

/** A progress display over `total` units on `stream` (redrawn bar when `interactive`, else one line per unit). */
export function createReportProgress(options: {
  total: number;
  stream: ProgressStream;
  interactive: boolean;
}): ReportProgress {
  const { total, stream, interactive } = options;
  let done = 0;
  let last = "";
  const bar = () => {
    const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
    const head = `生成文档 [${"█".repeat(filled)}${"░".repeat(BAR_WIDTH - filled)}] ${done}/${total} ${Math.floor((done / Math.max(total, 1)) * 100)}%`;
    const room = (stream.columns ?? 80) - displayWidth(head) - 2;
    return last && room > 4 ? `${head}  ${truncateToWidth(last, room)}` : head;
  };
  const redraw = () => stream.write(`\r\x1b[2K${bar()}`);
  return {
    start() {
      if (interactive) redraw();
    },
    unitDone(outcome) {
      done += 1;
      if (!interactive) {
        stream.write(`[${done}/${total}] ${outcome.ok ? "✓" : "✗"} ${outcome.label}：${outcome.detail}\n`);
        return;
      }
      last = outcome.label;
      if (!outcome.ok) stream.write(`\r\x1b[2K✗ ${outcome.label}：${outcome.detail}\n`);
      redraw();
    },
    finish() {
      if (interactive) stream.write("\n");
    },
  };
}
