/** Signing in and out, and who is signed in (with the CSRF token the page must send back). */
import { deleteCookie, setCookie } from "hono/cookie";
import { getConnInfo } from "@hono/node-server/conninfo";
import { z } from "zod";
import { defineRoute } from "../api-route.ts";
import { HttpError } from "../http-error.ts";
import { ROLE_NAMES } from "../../core/workflow/roles.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";

export const SESSION_COOKIE = "jixiao_session";

const SignIn = z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) }).strict();

export function describeActor(actor: Pick<Actor, "user" | "unit">) {
  return {
    id: actor.user.id,
    username: actor.user.username,
    displayName: actor.user.display_name,
    role: actor.user.role,
    roleName: ROLE_NAMES[actor.user.role],
    unit: { id: actor.unit.id, name: actor.unit.name, kind: actor.unit.kind },
  };
}

function clientAddress(c: Parameters<typeof getConnInfo>[0]): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown";
  }
}

/** The host of an Origin header, or null for one that is not a URL ("null" from a sandboxed frame or a file). */
function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

export function sessionRoutes(services: Services) {
  return [
    defineRoute({
      method: "post",
      path: "/api/session",
      summary: "登录（成功后设置 HttpOnly 会话 Cookie，并返回 CSRF 令牌）",
      tag: "会话",
      access: "public",
      body: SignIn,
      async handle({ c, body }) {
        // Sign-in is the one state change without a session: refuse it from another site's page.
        const origin = c.req.header("origin");
        if (origin && hostOf(origin) !== c.req.header("host")) throw new HttpError(403, "不接受来自其他网站的登录请求");
        const { token, csrfToken } = await services.auth.signIn(body.username, body.password, clientAddress(c));
        const actor = await services.auth.actorOf(token);
        if (!actor) throw new HttpError(500, "会话创建失败");
        setCookie(c, SESSION_COOKIE, token, {
          httpOnly: true,
          sameSite: "Strict",
          path: "/",
          secure: new URL(c.req.url).protocol === "https:",
          maxAge: 12 * 3600,
        });
        return { user: describeActor(actor), csrfToken };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/session",
      summary: "当前登录用户及 CSRF 令牌",
      tag: "会话",
      access: "signedIn",
      async handle({ actor }) {
        return { user: describeActor(actor), csrfToken: actor.csrfToken };
      },
    }),
    defineRoute({
      method: "delete",
      path: "/api/session",
      summary: "退出登录（会话立即失效，任何服务器进程都不再接受）",
      tag: "会话",
      access: "signedIn",
      async handle({ c, actor }) {
        await services.auth.signOut(actor);
        deleteCookie(c, SESSION_COOKIE, { path: "/" });
        return { ok: true };
      },
    }),
  ];
}
