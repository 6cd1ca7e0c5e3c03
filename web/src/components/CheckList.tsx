/**
 * The check list shown before a step that locks or exposes a report (提交审核, 公开): each item ✓ met, ✗ not met and
 * blocking, or ! a reminder. The items are made by submit-checklist.ts (and publish-checklist.ts from it).
 */
import type { CheckItem } from "../workspace/submit-checklist.ts";
import "./check-list.css";

export function CheckList({ items, testId }: { items: readonly CheckItem[]; testId: string }) {
  return (
    <table className="data-table checklist" data-testid={testId}>
      <tbody>
        {items.map((item) => (
          <tr key={item.label} className={item.ok ? "check-ok" : item.blocking ? "check-failed" : "check-warning"}>
            <td>{item.ok ? "✓" : item.blocking ? "✗" : "!"}</td>
            <td>{item.label}</td>
            <td>{item.detail}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Whether an item not met blocks the step. */
export function blocksStep(items: readonly CheckItem[]): boolean {
  return items.some((item) => !item.ok && item.blocking);
}
