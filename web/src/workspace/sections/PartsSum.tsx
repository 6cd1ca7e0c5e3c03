/**
 * The sum of a total's lines shown beside it (the most common mistake in the published documents is a total that is
 * not the sum of its lines): 决算's income, spending and 功能分类 lines, the 年初预算's parts.
 */
import { showAmount } from "../../../../src/core/display/show-number.ts";
import { sumFen } from "../../../../src/core/money/fen.ts";
import { wanTextToFen } from "../wan-text.ts";

/**
 * The sum of the lines' amounts beside their total, marked when they differ; shown while the lines are typed, a line
 * without an amount counted as 0.
 */
export function PartsSum({ total, lines }: { total: string | undefined; lines: readonly { amount?: string }[] }) {
  if (lines.length === 0) return null;
  const partsFen = sumFen(lines.map((line) => wanTextToFen(line.amount) ?? 0));
  const totalFen = wanTextToFen(total);
  const differs = totalFen !== null && totalFen !== partsFen;
  return (
    <p className={`derived${differs ? " derived-differs" : ""}`}>
      <span className="field-label">各行合计</span>{" "}
      <span className="num">{showAmount(partsFen, { grouped: true })} 万元</span>
      {differs && (
        <span className="field-error">与合计相差 {showAmount((totalFen ?? 0) - partsFen, { grouped: true })} 万元</span>
      )}
    </p>
  );
}
