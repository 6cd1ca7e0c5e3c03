/**
 * How numbers and times are shown: amounts in 元 with two decimals and thousands separators (from integer 分, never
 * through a float sum), "—" where there is nothing (a zero base, no value).
 */

/** 123456 分 → "1,234.56". */
export function formatFen(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return "—";
  const negative = fen < 0;
  const abs = Math.abs(fen);
  const yuan = Math.trunc(abs / 100).toLocaleString("en-US");
  const cents = String(abs % 100).padStart(2, "0");
  return `${negative ? "-" : ""}${yuan}.${cents}`;
}

/** 分 → 万元 with two decimals (the unit of the sample tables), half-up: 1 万元 = 1,000,000 分. */
export function formatFenAsWan(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return "—";
  const hundredthsOfWan = Math.floor((Math.abs(fen) + 5000) / 10000);
  const sign = fen < 0 && hundredthsOfWan > 0 ? "-" : "";
  return `${sign}${Math.trunc(hundredthsOfWan / 100).toLocaleString("en-US")}.${String(hundredthsOfWan % 100).padStart(2, "0")}`;
}

/** A ratio as a percentage with two decimals; "—" for a zero or missing base. */
export function formatPercent(part: number | null | undefined, base: number | null | undefined): string {
  if (part === null || part === undefined || !base) return "—";
  const basisPoints = Math.round((part * 10000) / base);
  return `${(basisPoints / 100).toFixed(2)}%`;
}

const DATE_TIME = new Intl.DateTimeFormat("zh-CN", {
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return "—";
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "—" : DATE_TIME.format(date);
}

/** A 万元 amount as stored in the dataset ("874.05", "1234.5") → "1,234.50"; "—" when absent or not an amount. */
export function formatWanText(text: string | undefined): string {
  if (text === undefined || !/^-?\d+(\.\d+)?$/.test(text)) return "—";
  const negative = text.startsWith("-");
  const [whole = "0", fraction = ""] = text.replace(/^-/, "").split(".");
  // Half-up at the second decimal, on the digits (no float).
  let hundredths = BigInt(whole + (fraction + "00").slice(0, 2));
  if ((fraction[2] ?? "0") >= "5") hundredths += 1n;
  const shown = `${(hundredths / 100n).toLocaleString("en-US")}.${String(hundredths % 100n).padStart(2, "0")}`;
  return negative && hundredths > 0n ? `-${shown}` : shown;
}
