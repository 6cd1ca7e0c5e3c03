/**
 * Everyone's own account: change the password (the current one is asked; every other session ends), and the live
 * sessions — when and from where each began — each of which can be ended.
 */
import { type FormEvent, useState } from "react";
import { api } from "../../api/client.ts";
import type { EndedSessions, OwnSession, OwnSessions } from "../../api/types.ts";
import { usePageData } from "../../api/use-page-data.ts";
import { navigate } from "../../app/router.tsx";
import { useSession } from "../../app/session.tsx";
import { formatDateTime } from "../../components/format.ts";
import { PageMessages } from "../../components/PageMessages.tsx";
import { newPasswordProblem } from "../../../../src/core/text/new-password.ts";
import "../admin/admin.css";

async function loadSessions(): Promise<OwnSession[]> {
  return (await api.get<OwnSessions>("/api/account/sessions")).sessions;
}

export default function AccountPage() {
  const { user, signOut } = useSession();
  const { data: sessions, error, notice, run, setError } = usePageData(loadSessions);

  const endSession = (session: OwnSession) =>
    run(async () => {
      await api.delete(`/api/account/sessions/${session.id}`);
      if (session.current) {
        await signOut().catch(() => undefined);
        navigate("/");
      }
      return "已结束该会话";
    });

  if (!user) return null;
  return (
    <section className="admin-page account-page">
      <h1>我的账户</h1>
      <p>
        {user.displayName}（{user.username}），{user.roleName}，{user.unit.name}
      </p>
      <PageMessages error={error} notice={notice} />
      <h2>修改密码</h2>
      <PasswordForm
        onChange={(body) =>
          run(async () => {
            const result = await api.post<EndedSessions>("/api/account/password", body);
            return `密码已修改；其他 ${result.endedSessions} 个会话已结束`;
          })
        }
        onProblem={setError}
      />
      <h2>登录会话</h2>
      {!sessions && !error && <p className="muted">正在加载…</p>}
      {sessions && (
        <>
          <table className="data-table sessions-table">
            <thead>
              <tr>
                <th>登录时间</th>
                <th>到期时间</th>
                <th>地址</th>
                <th>浏览器</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {sessions.map((session) => (
                <tr key={session.id}>
                  <td>
                    {formatDateTime(session.createdAt)}
                    {session.current && <strong>（本会话）</strong>}
                  </td>
                  <td>{formatDateTime(session.expiresAt)}</td>
                  <td>{session.address ?? "—"}</td>
                  <td className="small" title={session.userAgent ?? ""}>
                    {shortAgent(session.userAgent)}
                  </td>
                  <td>
                    <button type="button" onClick={() => void endSession(session)}>
                      {session.current ? "结束并退出" : "结束"}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {sessions.length > 1 && (
            <p>
              <button
                type="button"
                onClick={() =>
                  void run(async () => {
                    const result = await api.post<EndedSessions>("/api/account/sessions/end-others");
                    return `已结束其他 ${result.endedSessions} 个会话`;
                  })
                }
              >
                结束其他全部会话
              </button>
            </p>
          )}
        </>
      )}
    </section>
  );
}

/** The browser's name and version out of a user-agent string, enough to tell one's own devices apart. */
function shortAgent(agent: string | null): string {
  if (!agent) return "—";
  const match = /(Edg|Firefox|Chrome|Safari)\/([\d.]+)/.exec(agent);
  return match ? `${match[1]} ${match[2]?.split(".")[0]}` : agent.slice(0, 40);
}

function PasswordForm(props: {
  onChange(body: { currentPassword: string; newPassword: string }): Promise<boolean>;
  onProblem(message: string): void;
}) {
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [again, setAgain] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The server's rule, checked before anything is sent; then that both entries agree.
    const problem = newPasswordProblem(next) ?? (next !== again ? "两次输入的新密码不一致" : undefined);
    if (problem) return props.onProblem(problem);
    void props.onChange({ currentPassword: current, newPassword: next }).then((changed) => {
      if (!changed) return;
      setCurrent("");
      setNext("");
      setAgain("");
    });
  };
  return (
    <form className="admin-form stacked" onSubmit={submit} aria-label="修改密码">
      <label>
        当前密码
        <input
          type="password"
          required
          autoComplete="current-password"
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
        />
      </label>
      <label>
        新密码（至少 10 位）
        <input
          type="password"
          required
          autoComplete="new-password"
          value={next}
          onChange={(e) => setNext(e.target.value)}
        />
      </label>
      <label>
        再次输入新密码
        <input
          type="password"
          required
          autoComplete="new-password"
          value={again}
          onChange={(e) => setAgain(e.target.value)}
        />
      </label>
      <button type="submit" className="primary">
        修改密码
      </button>
    </form>
  );
}
