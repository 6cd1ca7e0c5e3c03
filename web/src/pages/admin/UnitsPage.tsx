/**
 * The 管理员's unit tree: their unit and every unit below it, indented by depth; rename a unit, add one under it.
 * Units are not deleted or deactivated here: reports and users point at them, and the data model has no such state.
 */
import { type FormEvent, useState } from "react";
import { api } from "../../api/client.ts";
import type { Units } from "../../api/types.ts";
import { usePageData } from "../../api/use-page-data.ts";
import { useUser } from "../../app/session.tsx";
import { PageMessages } from "../../components/PageMessages.tsx";
import "./admin.css";
import { RegionSettingsPanel } from "./RegionSettingsPanel.tsx";
import { type UnitNode, UNIT_KIND_NAMES } from "./unit-node.ts";

/** The kinds a unit may have below a parent of this kind (a 财政部门's children are 主管部门 or 单位). */
const CHILD_KINDS: Record<string, string[]> = {
  finance: ["department", "unit"],
  department: ["unit"],
  unit: ["subunit"],
  subunit: ["subunit"],
};

async function loadUnits(): Promise<UnitNode[]> {
  return (await api.get<Units>("/api/units")).units;
}

export default function UnitsPage() {
  const me = useUser();
  const { data, error, notice, run: runChange } = usePageData(loadUnits);
  const units = data;
  const [editing, setEditing] = useState<{ id: string; mode: "rename" | "add" } | null>(null);
  const run = async (change: () => Promise<string>) => {
    if (await runChange(change)) setEditing(null);
  };

  if (me.role !== "admin") return <p className="muted">单位管理仅供管理员使用。</p>;
  const baseDepth = Math.min(...(units ?? []).map((u) => u.depth));
  return (
    <section className="admin-page">
      <h1>单位管理</h1>
      <p className="muted">{me.unit.name}及其下级单位。</p>
      <PageMessages error={error} notice={notice} />
      {units && <RegionSettingsPanel atRoot={units.some((u) => u.id === me.unit.id && u.parentId === null)} />}
      {!units && !error && <p className="muted">正在加载…</p>}
      {units && (
        <table className="data-table unit-tree">
          <thead>
            <tr>
              <th>单位</th>
              <th>类型</th>
              <th>编码</th>
              <th>操作</th>
            </tr>
          </thead>
          <tbody>
            {units.map((unit) => (
              <tr key={unit.id} className="unit-tree-row" data-unit={unit.name}>
                <td style={{ paddingLeft: `${0.6 + (unit.depth - baseDepth) * 1.6}rem` }}>
                  {editing?.id === unit.id && editing.mode === "rename" ? (
                    <NameForm
                      label="新名称"
                      initial={unit.name}
                      onSave={(name) =>
                        run(async () => {
                          await api.put(`/api/units/${unit.id}/name`, { name });
                          return `已将“${unit.name}”更名为“${name.trim()}”`;
                        })
                      }
                      onCancel={() => setEditing(null)}
                    />
                  ) : (
                    unit.name
                  )}
                  {editing?.id === unit.id && editing.mode === "add" && (
                    <AddUnitForm
                      parent={unit}
                      onAdd={(body) =>
                        run(async () => {
                          await api.post("/api/units", { parentId: unit.id, ...body });
                          return `已在“${unit.name}”下新建“${body.name}”`;
                        })
                      }
                      onCancel={() => setEditing(null)}
                    />
                  )}
                </td>
                <td>{UNIT_KIND_NAMES[unit.kind] ?? unit.kind}</td>
                <td>{unit.code ?? "—"}</td>
                <td>
                  <span className="admin-actions">
                    <button type="button" onClick={() => setEditing({ id: unit.id, mode: "rename" })}>
                      重命名
                    </button>
                    <button type="button" onClick={() => setEditing({ id: unit.id, mode: "add" })}>
                      新建下级单位
                    </button>
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function NameForm(props: { label: string; initial: string; onSave(name: string): void; onCancel(): void }) {
  const [name, setName] = useState(props.initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSave(name);
  };
  return (
    <form className="admin-form" onSubmit={submit}>
      <label>
        {props.label}
        <input autoFocus value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <button type="submit" className="primary">
        保存
      </button>
      <button type="button" onClick={props.onCancel}>
        取消
      </button>
    </form>
  );
}

function AddUnitForm(props: {
  parent: UnitNode;
  onAdd(body: { name: string; kind: string; code?: string }): void;
  onCancel(): void;
}) {
  const kinds = CHILD_KINDS[props.parent.kind] ?? ["unit"];
  const [name, setName] = useState("");
  const [kind, setKind] = useState(kinds[0] as string);
  const [code, setCode] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onAdd({ name: name.trim(), kind, ...(code.trim() ? { code: code.trim() } : {}) });
  };
  return (
    <form className="admin-form" onSubmit={submit} aria-label="新建下级单位">
      <label>
        下级单位名称
        <input autoFocus required value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        类型
        <select value={kind} onChange={(e) => setKind(e.target.value)}>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {UNIT_KIND_NAMES[k]}
            </option>
          ))}
        </select>
      </label>
      <label>
        编码（可空）
        <input value={code} onChange={(e) => setCode(e.target.value)} />
      </label>
      <button type="submit" className="primary">
        新建
      </button>
      <button type="button" onClick={props.onCancel}>
        取消
      </button>
    </form>
  );
}
