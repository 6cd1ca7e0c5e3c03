/**
 * The page shell: who is signed in decides what is shown. Public pages (/public…) need no account; everything else
 * asks for a sign-in first. Each route is one page component; the pages of one role are in their own folders.
 */
import { type ReactNode, Suspense } from "react";
import { HomePage } from "../pages/HomePage.tsx";
import { LoginPage } from "../pages/LoginPage.tsx";
import { Layout } from "./Layout.tsx";
import { matchPath, usePath } from "./router.tsx";
import { SessionProvider, useSession } from "./session.tsx";
import { ROUTES } from "./routes.tsx";

export function App() {
  return (
    <SessionProvider>
      <Pages />
    </SessionProvider>
  );
}

function Pages() {
  const path = usePath();
  const { user } = useSession();
  const route = ROUTES.find((candidate) => matchPath(candidate.pattern, path));
  const params = route ? (matchPath(route.pattern, path) ?? {}) : {};

  if (route?.public) return <Layout>{page(route.render(params))}</Layout>;
  if (user === undefined) return <div className="page-loading">正在加载…</div>;
  if (user === null) return <LoginPage />;
  if (!route) return <Layout>{page(<HomePage />)}</Layout>;
  return <Layout>{page(route.render(params))}</Layout>;
}

function page(content: ReactNode) {
  return <Suspense fallback={<div className="page-loading">正在加载…</div>}>{content}</Suspense>;
}
