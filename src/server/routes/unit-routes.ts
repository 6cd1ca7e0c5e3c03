/** The unit tree and the users in it; changing either is for a 管理员, and only within their own subtree. */
import { z } from "zod";
import { defineRoute } from "../api-route.ts";
import { HttpError } from "../http-error.ts";
import { hashPassword } from "../security/password.ts";
import { ROLE_NAMES, ROLES } from "../../core/workflow/roles.ts";
import { assertCanRead, assertRole } from "../services/access.ts";
import type { Services } from "../services/services.ts";

export function unitRoutes(services: Services) {
  return [
    defineRoute({
      method: "get",
      path: "/api/units",
      summary: "本单位及下级单位（树形，按路径排序）",
      tag: "单位与用户",
      access: "signedIn",
      async handle({ actor }) {
        const units = await services.units.listSubtree(actor.unit.path);
        return {
          units: units.map((u) => ({
            id: u.id,
            parentId: u.parent_id,
            name: u.name,
            kind: u.kind,
            code: u.code,
            depth: u.path.split("/").length - 3,
          })),
        };
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/units",
      summary: "新建下级单位（管理员）",
      tag: "单位与用户",
      access: "signedIn",
      body: z
        .object({
          parentId: z.string().min(1).max(100),
          name: z.string().trim().min(1).max(200),
          kind: z.enum(["department", "unit", "subunit"]),
          code: z.string().max(50).optional(),
        })
        .strict(),
      async handle({ actor, body }) {
        assertRole(actor, ["admin"], "新建单位");
        assertCanRead(actor, await services.units.find(body.parentId), "上级单位");
        const unit = await services.units.create({
          name: body.name,
          kind: body.kind,
          parentId: body.parentId,
          code: body.code ?? null,
        });
        return { id: unit.id };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/users",
      summary: "本单位及下级单位的用户（管理员）",
      tag: "单位与用户",
      access: "signedIn",
      async handle({ actor }) {
        assertRole(actor, ["admin"], "查看用户");
        const users = await services.users.listInSubtree(actor.unit.path);
        return {
          users: users.map((u) => ({
            id: u.id,
            username: u.username,
            displayName: u.display_name,
            role: u.role,
            roleName: ROLE_NAMES[u.role],
            unitId: u.unit_id,
            unitName: u.unit_name,
            disabled: u.disabled === 1,
          })),
        };
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/users",
      summary: "新建用户（管理员；密码以 scrypt 散列保存）",
      tag: "单位与用户",
      access: "signedIn",
      body: z
        .object({
          username: z
            .string()
            .trim()
            .min(2)
            .max(50)
            .regex(/^[\w.@-]+$/, "用户名只能含字母、数字和 _ . @ -"),
          displayName: z.string().trim().min(1).max(100),
          password: z.string().min(10, "密码至少 10 位").max(200),
          role: z.enum(ROLES as [string, ...string[]]),
          unitId: z.string().min(1).max(100),
        })
        .strict(),
      async handle({ actor, body }) {
        assertRole(actor, ["admin"], "新建用户");
        assertCanRead(actor, await services.units.find(body.unitId), "单位");
        if (await services.users.findByUsername(body.username))
          throw new HttpError(409, `用户名“${body.username}”已被使用`);
        const user = await services.users.create({
          username: body.username,
          displayName: body.displayName,
          passwordHash: await hashPassword(body.password),
          role: body.role as (typeof ROLES)[number],
          unitId: body.unitId,
        });
        return { id: user.id };
      },
    }),
  ];
}
