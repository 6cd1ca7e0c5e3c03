/**
 * The 管理员's users: everyone in their subtree, with role, unit and state; create a user, change a role, disable or
 * enable, reset a password, lift a sign-in lock. A new or reset password is generated (and shown once) or typed by
 * the 管理员, checked by the server's rule before it is sent.
 */
import { type FormEvent, useState } from "react";
import { api } from "../../api/client.ts";
import type { ManagedUser, ManagedUsers, Role, Units } from "../../api/types.ts";
import { usePageData } from "../../api/use-page-data.ts";
import { useUser } from "../../app/session.tsx";
import { PageMessages } from "../../components/PageMessages.tsx";
import { NEW_PASSWORD_RULE, newPasswordProblem } from "../../../../src/core/text/new-password.ts";
import { ROLE_NAMES, ROLES } from "../../../../src/core/workflow/roles.ts";
import "./admin.css";
import { generatePassword } from "./generate-password.ts";
import { type UnitNode, indentedName } from "./unit-node.ts";

interface Notice {
  text: string;
  password?: string;
}

async function loadUsersAndUnits(): Promise<{ users: ManagedUser[]; units: UnitNode[] }> {
  const [u, t] = await Promise.all([api.get<ManagedUsers>("/api/users"), api.get<Units>("/api/units")]);
  return { users: u.users, units: t.units };
}

export default function UsersPage() {
  const me = useUser();
  const { data, error, notice, run } = usePageData<{ users: ManagedUser[]; units: UnitNode[] }, Notice>(
    loadUsersAndUnits,
  );
  const users = data?.users ?? null;
  const units = data?.units ?? [];
  const [resetting, setResetting] = useState<string | null>(null);

  if (me.role !== "admin") return <p className="muted">用户管理仅供管理员使用。</p>;
  return (
    <section className="admin-page">
      <h1>用户管理</h1>
      <p className="muted">本辖区（{me.unit.name}及下级单位）的全部用户。</p>
      <PageMessages
        error={error}
        notice={
          notice && (
            <>
              {notice.text}
              {notice.password && (
                <>
                  ：<code data-testid="shown-password">{notice.password}</code>
                  （只显示这一次，请转交本人并提醒其登录后修改）
                </>
              )}
            </>
          )
        }
      />
      <CreateUserForm units={units} onCreate={(body, typed) => run(() => createUser(body, typed))} />
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
                      <button type="button" onClick={() => setResetting(resetting === user.id ? null : user.id)}>
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
                  {resetting === user.id && (
                    <ResetPasswordForm
                      username={user.username}
                      onCancel={() => setResetting(null)}
                      onReset={async (typed) => {
                        const password = typed ?? generatePassword();
                        const done = await run(async () => {
                          await api.post(`/api/users/${user.id}/password`, { newPassword: password });
                          return typed === undefined
                            ? { text: `已重置 ${user.username} 的密码，新密码`, password }
                            : { text: `已将 ${user.username} 的密码重置为您输入的密码` };
                        });
                        if (done) setResetting(null);
                      }}
                    />
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

/** Creates the user with the password typed, or a generated one that is then shown once. */
async function createUser(body: NewUserBody, typed: string | undefined): Promise<Notice> {
  const password = typed ?? generatePassword();
  await api.post("/api/users", { ...body, password });
  return typed === undefined
    ? { text: `已新建用户 ${body.username}，初始密码`, password }
    : { text: `已新建用户 ${body.username}，初始密码为您输入的密码` };
}

/**
 * A password the 管理员 types instead of the generated one, checked by the rule the server applies (core's
 * newPasswordProblem): the problem is shown on the field and nothing is sent while there is one.
 */
function TypedPassword(props: { label: string; value: string; onChange(value: string): void; problem?: string }) {
  return (
    <label>
      {props.label}
      <input
        type="text"
        autoComplete="off"
        spellCheck={false}
        required
        value={props.value}
        aria-invalid={props.problem ? true : undefined}
        aria-describedby={props.problem ? `${props.label}-problem` : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {props.problem && (
        <span className="error small" id={`${props.label}-problem`}>
          {props.problem}
        </span>
      )}
    </label>
  );
}

/** 自行输入… and, when ticked, the field to type it in (“新密码” or “初始密码”). */
function PasswordChoiceFields({ choice, what }: { choice: PasswordChoice; what: string }) {
  return (
    <>
      <label className="inline-choice">
        <input type="checkbox" checked={choice.typing} onChange={(e) => choice.setTyping(e.target.checked)} />
        自行输入{what}
      </label>
      {choice.typing && (
        <TypedPassword
          label={`${what}（至少 ${NEW_PASSWORD_RULE.min} 位）`}
          value={choice.typed}
          onChange={choice.setTyped}
          problem={choice.problem}
        />
      )}
    </>
  );
}

type PasswordChoice = ReturnType<typeof usePasswordChoice>;

/** The password choice of a form: generated (the default) or typed; the typed one with its problem, if any. */
function usePasswordChoice() {
  const [typing, setTyping] = useState(false);
  const [typed, setTyped] = useState("");
  const [checked, setChecked] = useState(false);
  const problem = typing && checked ? newPasswordProblem(typed) : undefined;
  return {
    typing,
    setTyping,
    typed,
    setTyped,
    problem,
    /** The typed password to send (undefined: generate one), or null when it breaks the rule (now shown). */
    take(): string | undefined | null {
      if (!typing) return undefined;
      setChecked(true);
      return newPasswordProblem(typed) ? null : typed;
    },
    clear() {
      setTyped("");
      setChecked(false);
    },
  };
}

function ResetPasswordForm(props: {
  username: string;
  onReset(typed: string | undefined): Promise<void>;
  onCancel(): void;
}) {
  const choice = usePasswordChoice();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = choice.take();
    if (typed !== null) void props.onReset(typed);
  };
  return (
    <form className="admin-form" onSubmit={submit} aria-label={`重置 ${props.username} 的密码`}>
      <PasswordChoiceFields choice={choice} what="新密码" />
      <span className="muted small">{props.username} 的全部会话将结束。</span>
      <button type="submit" className="primary">
        确认重置
      </button>
      <button type="button" onClick={props.onCancel}>
        取消
      </button>
    </form>
  );
}

function CreateUserForm({
  units,
  onCreate,
}: {
  units: UnitNode[];
  onCreate(body: NewUserBody, typed: string | undefined): Promise<boolean>;
}) {
  const [username, setUsername] = useState("");
  const [displayName, setDisplayName] = useState("");
  const [role, setRole] = useState<Role>("filler");
  const [unitId, setUnitId] = useState("");
  const choice = usePasswordChoice();
  const chosenUnit = unitId || units[0]?.id || "";
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = choice.take();
    if (typed === null) return;
    void onCreate({ username: username.trim(), displayName: displayName.trim(), role, unitId: chosenUnit }, typed).then(
      (created) => {
        if (!created) return;
        setUsername("");
        setDisplayName("");
        choice.clear();
      },
    );
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
      <PasswordChoiceFields choice={choice} what="初始密码" />
      <button type="submit" className="primary">
        新建用户
      </button>
    </form>
  );
}
