/**
 * The 管理员's users: everyone in their subtree, with role, unit and state; create a user (the initial password is
 * shown once), change a role, disable or enable, reset a password (shown once), lift a sign-in lock.
 */
import { type FormEvent, useCallback, useEffect, useState } from "react";
import { api } from "../../api/client.ts";
import type { Role } from "../../api/types.ts";
import { useUser } from "../../app/session.tsx";
import { ROLE_NAMES, ROLES } from "../../../../src/core/workflow/roles.ts";
import "./admin.css";
import { generatePassword } from "./generate-password.ts";
import { type UnitNode, indentedName } from "./unit-node.ts";

interface ManagedUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  roleName: string;
  unitId: string;
  unitName: string;
  disabled: boolean;
}

export default function UsersPage() {
  const me = useUser();
  const [users, setUsers] = useState<ManagedUser[] | null>(null);
  const [units, setUnits] = useState<UnitNode[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ text: string; password?: string } | null>(null);

  const load = useCallback(() => {
    Promise.all([api.get<{ users: ManagedUser[] }>("/api/users"), api.get<{ units: UnitNode[] }>("/api/units")])
      .then(([u, t]) => {
        setUsers(u.users);
        setUnits(t.units);
      })
      .catch((caught: Error) => setError(caught.message));
  }, []);
  useEffect(load, [load]);

  /** Runs one change; its error or its notice is shown above the list, which is then read again. */
  const run = async (change: () => Promise<{ text: string; password?: string }>) => {
    setError(null);
    setNotice(null);
    try {
      setNotice(await change());
      load();
    } catch (caught) {
      setError((caught as Error).message);
    }
  };

  if (me.role !== "admin") return <p className="muted">用户管理仅供管理员使用。</p>;
  return (
    <section className="admin-page">
      <h1>用户管理</h1>
      <p className="muted">本辖区（{me.unit.name}及下级单位）的全部用户。</p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {notice && (
        <p className="admin-notice" role="status">
          {notice.text}
          {notice.password && (
            <>
              ：<code data-testid="shown-password">{notice.password}</code>
              （只显示这一次，请转交本人并提醒其登录后修改）
            </>
          )}
        </p>
      )}
      <CreateUserForm units={units} onCreate={(body) => run(() => createUser(body))} />
      {!users && !error && <p className="muted">正在加载…</p>}
      {users && (
        <table className="data-table users-table">
          <thead>
            <tr>
              <th>用户名</th>
              <th>姓名</th>
              <th>单位</th>
              <th>角色</th>
              <th>状态</th>
              <th>操作</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} className={user.disabled ? "disabled-user" : ""} data-username={user.username}>
                <td>{user.username}</td>
                <td>{user.displayName}</td>
                <td>{user.unitName}</td>
                <td>
                  {user.id === me.id ? (
                    user.roleName
                  ) : (
                    <select
                      aria-label={`${user.username} 的角色`}
                      value={user.role}
                      onChange={(event) => {
                        const role = event.target.value as Role;
                        void run(async () => {
                          await api.put(`/api/users/${user.id}/role`, { role });
                          return { text: `已将 ${user.username} 的角色改为${ROLE_NAMES[role]}` };
                        });
                      }}
                    >
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {ROLE_NAMES[role]}
                        </option>
                      ))}
                    </select>
                  )}
                </td>
                <td>{user.disabled ? "已停用" : "正常"}</td>
                <td>
                  {user.id !== me.id && (
                    <span className="admin-actions">
                      <button
                        type="button"
                        onClick={() =>
                          void run(async () => {
                            await api.put(`/api/users/${user.id}/disabled`, { disabled: !user.disabled });
                            return { text: `已${user.disabled ? "启用" : "停用"} ${user.username}` };
                          })
                        }
                      >
                        {user.disabled ? "启用" : "停用"}
                      </button>
                      <button
                        type="button"
                        onClick={() => {
                          if (!window.confirm(`为 ${user.username} 重置密码？其全部会话将结束。`)) return;
                          const password = generatePassword();
                          void run(async () => {
                            await api.post(`/api/users/${user.id}/password`, { newPassword: password });
                            return { text: `已重置 ${user.username} 的密码，新密码`, password };
                          });
                        }}
                      >
                        重置密码
                      </button>
                      <button
                        type="button"
                        onClick={() =>
                          void run(async () => {
                            await api.delete(`/api/users/${user.id}/sign-in-lock`);
                            return { text: `已解除 ${user.username} 的登录锁定` };
                          })
                        }
                      >
                        解除锁定
                      </button>
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

interface NewUserBody {
  username: string;
  displayName: string;
  role: Role;
  unitId: string;
}

async function createUser(body: NewUserBody): Promise<{ text: string; password: string }> {
  const password = generatePassword();
  await api.post("/api/users", { ...body, password });
  return { text: `已新建用户 ${body.username}，初始密码`, password };
}

function CreateUserForm({ units, onCreate }: { units: UnitNode[]; onCreate(body: NewUserBody): Promise<void> }) {
  const [username, setUsername] = useState("");
  const [displayName, setDisplayName] = useState("");
  const [role, setRole] = useState<Role>("filler");
  const [unitId, setUnitId] = useState("");
  const chosenUnit = unitId || units[0]?.id || "";
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onCreate({ username: username.trim(), displayName: displayName.trim(), role, unitId: chosenUnit }).then(() => {
      setUsername("");
      setDisplayName("");
    });
  };
  return (
    <form className="admin-form" onSubmit={submit} aria-label="新建用户">
      <label>
        用户名
        <input required value={username} onChange={(e) => setUsername(e.target.value)} />
      </label>
      <label>
        姓名
        <input required value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
      </label>
      <label>
        角色
        <select aria-label="新用户角色" value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_NAMES[r]}
            </option>
          ))}
        </select>
      </label>
      <label>
        单位
        <select aria-label="新用户单位" value={chosenUnit} onChange={(e) => setUnitId(e.target.value)}>
          {units.map((unit) => (
            <option key={unit.id} value={unit.id}>
              {indentedName(unit)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="primary">
        新建用户
      </button>
    </form>
  );
}
