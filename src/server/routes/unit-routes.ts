/**
 * The unit tree and the users in it; changing either is for a 管理员, and only within their own subtree. Each route
 * is one use case in src/server/units/ or src/server/users/.
 * @module
 */
import { z } from "zod";
import { defineRoute } from "../api-route.ts";
import { CreatedDto } from "../dto/common-dto.ts";
import { UnitsDto, UsersDto } from "../dto/unit-dto.ts";
import { ROLES } from "../../core/workflow/roles.ts";
import { NEW_PASSWORD } from "../security/password.ts";
import type { Services } from "../services/services.ts";
import { createUnit } from "../units/create-unit.ts";
import { listUnits } from "../units/list-units.ts";
import { createUser } from "../users/create-user.ts";
import { listUsers } from "../users/list-users.ts";

export function unitRoutes(services: Services) {
  return [
    defineRoute({
      method: "get",
      path: "/api/units",
      summary: "本单位及下级单位（树形，按路径排序）",
      tag: "单位与用户",
      access: "signedIn",
      response: UnitsDto,
      async handle({ actor }) {
        return { units: await listUnits(services, { actor }) };
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/units",
      summary: "新建下级单位（管理员）",
      tag: "单位与用户",
      access: "signedIn",
      response: CreatedDto,
      body: z
        .object({
          parentId: z.string().min(1).max(100),
          name: z.string().trim().min(1).max(200),
          kind: z.enum(["department", "unit", "subunit"]),
          code: z.string().max(50).optional(),
        })
        .strict(),
      async handle({ actor, body }) {
        return createUnit(services, { actor, ...body });
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/users",
      summary: "本单位及下级单位的用户（管理员）",
      tag: "单位与用户",
      access: "signedIn",
      response: UsersDto,
      async handle({ actor }) {
        return { users: await listUsers(services, { actor }) };
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/users",
      summary: "新建用户（管理员；密码以 scrypt 散列保存）",
      tag: "单位与用户",
      access: "signedIn",
      response: CreatedDto,
      responses: { "409": "用户名已被使用" },
      body: z
        .object({
          username: z
            .string()
            .trim()
            .min(2)
            .max(50)
            .regex(/^[\w.@-]+$/, "用户名只能含字母、数字和 _ . @ -"),
          displayName: z.string().trim().min(1).max(100),
          password: NEW_PASSWORD,
          role: z.enum(ROLES as [string, ...string[]]),
          unitId: z.string().min(1).max(100),
        })
        .strict(),
      async handle({ actor, body }) {
        return createUser(services, { actor, ...body, role: body.role as (typeof ROLES)[number] });
      },
    }),
  ];
}
