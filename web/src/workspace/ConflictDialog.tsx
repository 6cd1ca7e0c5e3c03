/**
 * Someone else saved this report while the user was editing. Each field the user changed is shown with the user's
 * value and the one now saved; the user picks, per field, which to keep.
 */
import { useState } from "react";
import type { Conflict } from "./use-report-editor.ts";

function show(value: unknown): string {
  if (value === undefined || value === null || value === "") return "（空）";
  return typeof value === "string" ? value : JSON.stringify(value);
}

export function ConflictDialog({ conflict, resolve }: { conflict: Conflict; resolve(keepMine: ReadonlySet<string>): void }) {
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
                <td className="small">{field.path}</td>
                <td>
                  <label>
                    <input type="radio" name={`keep-${field.path}`} checked={keepMine.has(field.path)} onChange={() => toggle(field.path, true)} /> {show(field.mine)}
                  </label>
                </td>
                <td>
                  <label>
                    <input type="radio" name={`keep-${field.path}`} checked={!keepMine.has(field.path)} onChange={() => toggle(field.path, false)} /> {show(field.theirs)}
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
