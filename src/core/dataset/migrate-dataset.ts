/**
 * Migration of older dataset formats to the current one (FORMAT_VERSION), saying each change in Chinese so that
 * `jixiao validate` can tell the user what was read differently.
 *
 * Version 1 → 2: version 1 knew only 万元, so `amountUnit` becomes "万元". A 决算 carry-over that version 1 could only
 * hold as an income line (source "carryOver") while the 收入合计 excludes it — the other lines add up to the total
 * exactly — is moved to `income.openingCarryOver` (年初结转和结余), where it belongs and no longer counts as a part
 * of the 收入合计. Nothing else changes; the additions of version 2 are optional.
 * @module
 */
import { wanToFen } from "../money/fen.ts";
import { FORMAT_VERSION } from "./schema.ts";

export interface Migration {
  value: unknown;
  /** What changed, one Chinese sentence each; empty when the value is already current or not a dataset at all. */
  changes: string[];
}

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  value !== null && typeof value === "object" && !Array.isArray(value);

function fenOrNull(text: unknown): number | null {
  if (typeof text !== "string") return null;
  try {
    return wanToFen(text);
  } catch {
    return null;
  }
}

/** Migrates a parsed (not yet validated) value; anything it does not recognise is left for validation to report. */
export function migrateDataset(value: unknown): Migration {
  if (!isRecord(value) || value.formatVersion !== 1) return { value, changes: [] };
  // Copies only what changes (the top level, and the income object a carry-over moves out of): the caller's value is
  // left as it was, and a large dataset is not cloned on every read.
  const next: Json = { ...value };
  const changes: string[] = [`格式版本 1 已按版本 ${FORMAT_VERSION} 读入（formatVersion: ${FORMAT_VERSION}）`];
  next.formatVersion = FORMAT_VERSION;
  if (next.amountUnit === undefined) {
    next.amountUnit = "万元";
    changes.push("金额单位按万元（amountUnit: 万元；版本 1 的金额都是万元）");
  }
  const moved = moveCarryOverIncomeLine(next);
  if (moved) changes.push(moved);
  return { value: next, changes };
}

function moveCarryOverIncomeLine(dataset: Json): string | null {
  const original = isRecord(dataset.finalAccounts) ? dataset.finalAccounts.income : undefined;
  if (!isRecord(original) || !Array.isArray(original.items) || original.openingCarryOver !== undefined) return null;
  const income: Json = { ...original };
  const items = income.items as unknown[];
  const carried = items.flatMap((item, index) => (isRecord(item) && item.source === "carryOver" ? [index] : []));
  if (carried.length !== 1) return null;
  const index = carried[0] as number;
  const line = items[index] as Json;
  const total = fenOrNull(income.total);
  const lineFen = fenOrNull(line.amount);
  const others = items.filter((_, i) => i !== index).map((item) => (isRecord(item) ? fenOrNull(item.amount) : null));
  if (total === null || lineFen === null || others.some((fen) => fen === null)) return null;
  const othersSum = (others as number[]).reduce((sum, fen) => sum + fen, 0);
  if (othersSum !== total || othersSum + lineFen === total) return null;
  const printed = isRecord(line.printed) ? line.printed : {};
  const keptPrinted = Object.fromEntries(
    Object.entries(printed).filter(([key]) => ["change", "changeRate", "completion"].includes(key)),
  );
  income.openingCarryOver = {
    amount: line.amount,
    ...(line.prior !== undefined ? { prior: line.prior } : {}),
    ...(Object.keys(keptPrinted).length > 0 ? { printed: keptPrinted } : {}),
    ...(line.sourceLine !== undefined ? { sourceLine: line.sourceLine } : {}),
  };
  income.items = items.filter((_, i) => i !== index);
  dataset.finalAccounts = { ...(dataset.finalAccounts as Json), income };
  return `finalAccounts.income.items[${index}]“${String(line.name ?? "")}”（上年结转，不计入收入合计）已移至 finalAccounts.income.openingCarryOver（年初结转和结余）`;
}
