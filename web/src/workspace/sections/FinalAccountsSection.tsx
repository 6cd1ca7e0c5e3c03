/**
 * 决算: the totals of the final accounts, editable, with the sums of their parts beside them — the most common
 * mistake in the published documents is a total that is not the sum of its lines.
 */
import type { Dataset } from "../../../../src/core/dataset/schema.ts";
import { formatFenAsWan } from "../../components/format.ts";
import { MoneyField } from "../fields.tsx";
import type { PathSegment } from "../update-at.ts";
import { wanTextToFen } from "../wan-text.ts";

interface Props {
  dataset: Dataset;
  readOnly: boolean;
  onChange(path: readonly PathSegment[], value: unknown): void;
}

interface Line {
  name: string;
  amount?: string;
}

export function FinalAccountsSection({ dataset, readOnly, onChange }: Props) {
  const accounts = dataset.finalAccounts;
  if (!accounts) return <p className="muted">数据集中没有决算数据。</p>;
  const blocks: { title: string; path: PathSegment[]; total: string | undefined; lines: readonly Line[] }[] = [
    { title: "收入总计", path: ["finalAccounts", "income", "total"], total: accounts.income?.total, lines: (accounts.income?.items ?? []) as Line[] },
    { title: "支出总计", path: ["finalAccounts", "expenditure", "total"], total: accounts.expenditure?.total, lines: (accounts.expenditure?.items ?? []) as Line[] },
  ];
  return (
    <div>
      <h2>决算总体情况（万元）</h2>
      <div className="form-grid">
        <MoneyField label="收、支总计" path={["finalAccounts", "totals", "amount"]} value={accounts.totals?.amount} readOnly={readOnly} onChange={onChange} />
        <MoneyField label="财政拨款收、支总计" path={["finalAccounts", "fiscalAppropriation", "amount"]} value={accounts.fiscalAppropriation?.amount} readOnly={readOnly} onChange={onChange} />
        <MoneyField label="一般公共预算财政拨款支出" path={["finalAccounts", "generalBudget", "amount"]} value={accounts.generalBudget?.amount} readOnly={readOnly} onChange={onChange} />
      </div>
      {blocks.map((block) => {
        const partsFen = block.lines.reduce((sum, line) => sum + (wanTextToFen(line.amount) ?? 0), 0);
        const totalFen = wanTextToFen(block.total);
        const differs = totalFen !== null && block.lines.length > 0 && totalFen !== partsFen;
        return (
          <section key={block.title} className="card">
            <div className="form-grid">
              <MoneyField label={block.title} path={block.path} value={block.total} readOnly={readOnly} onChange={onChange} />
              <div className={`derived${differs ? " derived-differs" : ""}`}>
                <span className="field-label">各项合计</span>
                <span className="num">{block.lines.length > 0 ? `${formatFenAsWan(partsFen)} 万元` : "—"}</span>
                {differs && <span className="field-error">与总计相差 {formatFenAsWan((totalFen ?? 0) - partsFen)} 万元</span>}
              </div>
            </div>
            {block.lines.length > 0 && (
              <table className="data-table compact">
                <tbody>
                  {block.lines.map((line, index) => (
                    <tr key={index}>
                      <td>{line.name}</td>
                      <td className="num">{line.amount === undefined ? "—" : formatFenAsWan(wanTextToFen(line.amount))}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
    </div>
  );
}
