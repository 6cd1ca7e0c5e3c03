/**
 * Whether a reason field actually gives a reason. Units type "无", "/" or "—" into the 原因 column, and some copy the
 * form's printed instructions into it (seed 004: "1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明
 * 原因…"); a report must not present either as the explanation of a shortfall or an adjustment.
 * @module
 */

const NO_REASON = /^(?:无|没有|暂无|不适用|\/|／|—+|-+|－+|——)[。.]?$/;
/** The instructions printed on the 四川 and central forms, pasted into the reason cell. */
const FORM_INSTRUCTIONS = /预算执行率\s*[=＝]\s*预算执行数|需说明原因[（(]\s*\d+\s*字以内/;

/** The reason as written (trimmed), or null when the field is blank, says "无", or holds the form's instructions. */
export function statedReason(text: string | undefined | null): string | null {
  const trimmed = (text ?? "").trim();
  if (trimmed === "" || NO_REASON.test(trimmed) || FORM_INSTRUCTIONS.test(trimmed)) return null;
  return trimmed;
}
