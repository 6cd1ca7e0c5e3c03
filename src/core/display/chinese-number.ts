/**
 * Chinese numerals of headings and lists: 一、 …, 第五部分, 十三、.
 * @module
 */

const DIGITS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"] as const;

/** 1 → "一", 10 → "十", 12 → "十二", 21 → "二十一" (1–99). */
export function chineseNumber(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return DIGITS[ones] ?? String(n);
  return `${tens === 1 ? "" : (DIGITS[tens] ?? "")}十${DIGITS[ones] ?? ""}`;
}
