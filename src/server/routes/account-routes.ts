/**
 * Accounts: a user's own password and sessions; a 管理员's reset, disabling and unlocking of the users in their
 * subtree. Each route is one use case in src/server/accounts/.
 * @module
 */
import { deleteCookie, getCookie } from "hono/cookie";
import { z } from "zod";
import { changeOwnPassword } from "../accounts/change-own-password.ts";
import { endOtherSessions } from "../accounts/end-other-sessions.ts";
import { endOwnSession } from "../accounts/end-own-session.ts";
import { listOwnSessions } from "../accounts/list-own-sessions.ts";
import { readSignInLocks } from "../accounts/read-sign-in-locks.ts";
import { resetUserPassword } from "../accounts/reset-user-password.ts";
import { setUserDisabled } from "../accounts/set-user-disabled.ts";
import { unlockSignIn } from "../accounts/unlock-sign-in.ts";
import { defineRoute } from "../api-route.ts";
import {
  EndedOwnSessionDto,
  EndedSessionsDto,
  OwnSessionsDto,
  SignInLocksDto,
  SignInUnlockedDto,
  UserDisabledDto,
} from "../dto/session-dto.ts";
import { NEW_PASSWORD } from "../security/password.ts";
import type { Services } from "../services/services.ts";
import { DEVICE_COOKIE, SESSION_COOKIE } from "./session-routes.ts";

export function accountRoutes(services: Services) {
  return [
    defineRoute({
      method: "post",
      path: "/api/account/password",
      summary: "修改自己的密码（需当前密码；本会话以外的会话全部结束）",
      tag: "账户",
      access: "signedIn",
      response: EndedSessionsDto,
      body: z.object({ currentPassword: z.string().min(1).max(200), newPassword: NEW_PASSWORD }).strict(),
      responses: { "403": "当前密码不正确", "429": "尝试次数过多，已暂时锁定" },
      async handle({ c, actor, body }) {
        const client = { address: c.get("client").address, deviceToken: getCookie(c, DEVICE_COOKIE) };
        return { ok: true, ...(await changeOwnPassword(services, { actor, client, ...body })) };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/account/sessions",
      summary: "自己的有效会话（何时、从何处登录；current 为本会话）",
      tag: "账户",
      access: "signedIn",
      response: OwnSessionsDto,
      async handle({ actor }) {
        return { sessions: await listOwnSessions(services, { actor }) };
      },
    }),
    defineRoute({
      method: "delete",
      path: "/api/account/sessions/:sessionId",
      summary: "结束自己的一个会话（结束本会话即退出登录）",
      tag: "账户",
      access: "signedIn",
      response: EndedOwnSessionDto,
      async handle({ c, actor, params }) {
        const { current } = await endOwnSession(services, { actor, sessionId: params.sessionId as string });
        if (current && getCookie(c, SESSION_COOKIE)) deleteCookie(c, SESSION_COOKIE, { path: "/" });
        return { ok: true, current };
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/account/sessions/end-others",
      summary: "结束自己除本会话以外的全部会话",
      tag: "账户",
      access: "signedIn",
      response: EndedSessionsDto,
      async handle({ actor }) {
        return { ok: true, ...(await endOtherSessions(services, { actor })) };
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/users/:userId/password",
      summary: "重置用户密码（管理员；该用户的会话全部结束，登录锁定解除）",
      tag: "单位与用户",
      access: "signedIn",
      response: EndedSessionsDto,
      body: z.object({ newPassword: NEW_PASSWORD }).strict(),
      async handle({ actor, params, body }) {
        return {
          ok: true,
          ...(await resetUserPassword(services, { actor, userId: params.userId as string, ...body })),
        };
      },
    }),
    defineRoute({
      method: "put",
      path: "/api/users/:userId/disabled",
      summary: "停用或启用用户（管理员；停用即结束其全部会话）",
      tag: "单位与用户",
      access: "signedIn",
      response: UserDisabledDto,
      body: z.object({ disabled: z.boolean() }).strict(),
      async handle({ actor, params, body }) {
        return { ok: true, ...(await setUserDisabled(services, { actor, userId: params.userId as string, ...body })) };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/users/:userId/sign-in-lock",
      summary:
        "用户当前的登录锁定（管理员；scope：address 某地址、newBrowsers 未登录过的浏览器、ownBrowser 其本人浏览器）",
      tag: "单位与用户",
      access: "signedIn",
      response: SignInLocksDto,
      async handle({ actor, params }) {
        return { locks: await readSignInLocks(services, { actor, userId: params.userId as string }) };
      },
    }),
    defineRoute({
      method: "delete",
      path: "/api/users/:userId/sign-in-lock",
      summary: "解除用户的登录锁定（管理员）",
      tag: "单位与用户",
      access: "signedIn",
      response: SignInUnlockedDto,
      async handle({ actor, params }) {
        return { ok: true, ...(await unlockSignIn(services, { actor, userId: params.userId as string })) };
      },
    }),
  ];
}
