/** Signing in and out, and who is signed in (with the CSRF token the page must send back). */
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { z } from "zod";
import { defineRoute } from "../api-route.ts";
import { readOwnSession } from "../accounts/read-own-session.ts";
import { signIn } from "../accounts/sign-in.ts";
import { signOut } from "../accounts/sign-out.ts";
import { AppError } from "../app-error.ts";
import { OkDto } from "../dto/common-dto.ts";
import { SessionDto } from "../dto/session-dto.ts";
import type { AppEnv } from "../api-route.ts";
import { SESSION_MS } from "../services/auth-service.ts";
import { DEVICE_MS } from "../../storage/trusted-devices-repository.ts";
import type { Services } from "../services/services.ts";

export const SESSION_COOKIE = "jixiao_session";
/** Marks a browser where the user signed in before (see AuthService): its sign-ins are throttled on their own. */
export const DEVICE_COOKIE = "jixiao_device";

const SignIn = z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) }).strict();

/** The session cookie: HttpOnly, SameSite=Strict, and Secure whenever the request came over HTTPS. */
export function setSessionCookie(c: Context<AppEnv>, token: string): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "Strict",
    path: "/",
    secure: c.get("client").https,
    maxAge: SESSION_MS / 1000,
  });
}

function setDeviceCookie(c: Context<AppEnv>, token: string): void {
  setCookie(c, DEVICE_COOKIE, token, {
    httpOnly: true,
    sameSite: "Strict",
    path: "/api/",
    secure: c.get("client").https,
    maxAge: DEVICE_MS / 1000,
  });
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
      response: SessionDto,
      body: SignIn,
      async handle({ c, body }) {
        // Sign-in is the one state change without a session: refuse it from another site's page.
        const origin = c.req.header("origin");
        if (origin && hostOf(origin) !== c.req.header("host"))
          throw new AppError("forbidden", "不接受来自其他网站的登录请求");
        const { token, newDeviceToken, session } = await signIn(services, {
          ...body,
          client: {
            address: c.get("client").address,
            deviceToken: getCookie(c, DEVICE_COOKIE),
            previousToken: getCookie(c, SESSION_COOKIE),
            userAgent: c.req.header("user-agent"),
          },
        });
        setSessionCookie(c, token);
        if (newDeviceToken) setDeviceCookie(c, newDeviceToken);
        return session;
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/session",
      summary: "当前登录用户及 CSRF 令牌",
      tag: "会话",
      access: "signedIn",
      response: SessionDto,
      async handle({ actor }) {
        return readOwnSession({ actor });
      },
    }),
    defineRoute({
      method: "delete",
      path: "/api/session",
      summary: "退出登录（会话立即失效，任何服务器进程都不再接受）",
      tag: "会话",
      access: "signedIn",
      response: OkDto,
      async handle({ c, actor }) {
        const answer = await signOut(services, { actor });
        deleteCookie(c, SESSION_COOKIE, { path: "/" });
        return answer;
      },
    }),
  ];
}
