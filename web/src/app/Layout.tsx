/**
 * The frame around every page: the product name, the pages this role uses, the notification bell, who is signed
 * in, sign-out.
 */
import type { ReactNode } from "react";
import type { Role } from "../api/types.ts";
import { NotificationBell } from "./NotificationBell.tsx";
import { Link, navigate, usePath } from "./router.tsx";
import { useSession } from "./session.tsx";

const NAV_BY_ROLE: Record<Role, { to: string; label: string }[]> = {
  filler: [{ to: "/", label: "我的报表" }],
  unitReviewer: [{ to: "/", label: "本单位报表" }],
  unitLeader: [
    { to: "/review", label: "待签字" },
    { to: "/", label: "本单位报表" },
  ],
  departmentReviewer: [
    { to: "/review", label: "审核队列" },
    { to: "/", label: "全部报表" },
    { to: "/admin/years", label: "报送年度" },
  ],
  financeReviewer: [
    { to: "/dashboard", label: "地区总览" },
    { to: "/review", label: "审核队列" },
    { to: "/", label: "全部报表" },
    { to: "/admin/years", label: "报送年度" },
  ],
  admin: [
    { to: "/dashboard", label: "地区总览" },
    { to: "/", label: "全部报表" },
    { to: "/admin/users", label: "用户" },
    { to: "/admin/units", label: "单位" },
    { to: "/admin/years", label: "报送年度" },
  ],
};

export function Layout({ children }: { children: ReactNode }) {
  const { user, signOut } = useSession();
  const path = usePath();
  const nav = user ? NAV_BY_ROLE[user.role] : [];
  return (
    <div className="app">
      <header className="app-header">
        <Link to={user ? "/" : "/public"} className="brand">
          绩效<span className="brand-sub">预算绩效自评与决算公开</span>
        </Link>
        <nav className="app-nav" aria-label="主导航">
          {nav.map((item) => (
            <Link key={item.to} to={item.to} className={isCurrent(path, item.to) ? "current" : ""}>
              {item.label}
            </Link>
          ))}
          <Link to="/public" className={path.startsWith("/public") ? "current" : ""}>
            公开报表
          </Link>
        </nav>
        <div className="app-user">
          {user ? (
            <>
              <NotificationBell />
              <Link to="/account">
                {user.displayName}（{user.roleName}，{user.unit.name}）
              </Link>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  void signOut().then(() => navigate("/"));
                }}
              >
                退出
              </button>
            </>
          ) : (
            <Link to="/">登录</Link>
          )}
        </div>
      </header>
      <main className="app-main">{children}</main>
    </div>
  );
}

function isCurrent(path: string, to: string): boolean {
  const [pathname = ""] = path.split("?");
  return to === "/" ? pathname === "/" : pathname.startsWith(to);
}
