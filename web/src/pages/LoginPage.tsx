/** Sign-in: user name and password; the server's message is shown as it is (wrong password, locked, throttled). */
import { type FormEvent, useState } from "react";
import { ApiError } from "../api/client.ts";
import { Link } from "../app/router.tsx";
import { useSession } from "../app/session.tsx";

export function LoginPage() {
  const { signIn } = useSession();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(username.trim(), password);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "登录失败，请重试");
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="login-page">
      <form className="login-card" onSubmit={submit} aria-label="登录">
        <h1>绩效</h1>
        <p className="muted">预算绩效自评、校验、审核与决算公开</p>
        <label>
          用户名
          <input
            name="username"
            autoComplete="username"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            required
            autoFocus
          />
        </label>
        <label>
          密码
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </label>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? "正在登录…" : "登录"}
        </button>
        <p className="muted small">
          不需登录即可查看 <Link to="/public">已公开的报表</Link>
        </p>
      </form>
    </div>
  );
}
