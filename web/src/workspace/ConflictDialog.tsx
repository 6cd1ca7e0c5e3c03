/**
 * Someone else saved this report while the user was editing. Each field the user changed is shown with the user's
 * value and the one now saved; the user picks, per field, which to keep.
 */
import { useState } from "react";
import type { Dataset } from "../../../src/core/dataset/schema.ts";
import { describePath, describeValue } from "../components/field-labels.ts";
import type { Conflict } from "./use-report-editor.ts";
import "../components/dialog.css";

export function ConflictDialog({
  conflict,
  dataset,
  resolve,
}: {
  conflict: Conflict;
  dataset: Dataset;
  resolve(keepMine: ReadonlySet<string>): void;
}) {
  const [keepMine, setKeepMine] = useState<Set<string>>(() => new Set(conflict.fields.map((field) => field.path)));
  const toggle = (path: string, mine: boolean) =>
    setKeepMine((current) => {
      const next = new Set(current);
      if (mine) next.add(path);
      else next.delete(path);
      return next;
    });
  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="conflict-title">
        <h2 id="conflict-title">其他人已修改并保存了此报表（现为第 {conflict.theirVersion} 版）</h2>
        <p>您修改的以下字段，请逐项选择保留哪个值：</p>
        <table className="data-table conflict-table">
          <thead>
            <tr>
              <th>字段</th>
              <th>我的修改</th>
              <th>已保存的值</th>
            </tr>
          </thead>
          <tbody>
            {conflict.fields.map((field) => (
              <tr key={field.path} data-path={field.path}>
                <td className="small" title={field.path}>
                  {describePath(field.path, dataset)}
                </td>
                <td>
                  <label>
                    <input
                      type="radio"
                      name={`keep-${field.path}`}
                      checked={keepMine.has(field.path)}
                      onChange={() => toggle(field.path, true)}
                    />{" "}
                    {describeValue(field.mine)}
                  </label>
                </td>
                <td>
                  <label>
                    <input
                      type="radio"
                      name={`keep-${field.path}`}
                      checked={!keepMine.has(field.path)}
                      onChange={() => toggle(field.path, false)}
                    />{" "}
                    {describeValue(field.theirs)}
                  </label>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="dialog-actions">
          <button type="button" onClick={() => resolve(new Set())}>
            全部使用已保存的值
          </button>
          <button type="button" className="primary" onClick={() => resolve(keepMine)}>
            按所选保存
          </button>
        </div>
      </div>
    </div>
  );
}
