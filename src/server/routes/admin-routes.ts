/** Administration beyond accounts: a user's role, a unit's name. Each route is one use case in src/server/admin/. */
import { z } from "zod";
import { changeUserRole } from "../admin/change-user-role.ts";
import { renameUnit } from "../admin/rename-unit.ts";
import { defineRoute } from "../api-route.ts";
import { RoleDto } from "../dto/common-dto.ts";
import { ChangedRoleDto, RenamedUnitDto } from "../dto/unit-dto.ts";
import type { Services } from "../services/services.ts";

export function adminRoutes(services: Services) {
  return [
    defineRoute({
      method: "put",
      path: "/api/users/:userId/role",
      summary: "修改用户角色（管理员，本辖区内；不能改自己的）",
      tag: "单位与用户",
      access: "signedIn",
      response: ChangedRoleDto,
      body: z.object({ role: RoleDto }).strict(),
      async handle({ actor, params, body }) {
        return {
          ok: true,
          ...(await changeUserRole(services, { actor, userId: params.userId as string, role: body.role })),
        };
      },
    }),
    defineRoute({
      method: "put",
      path: "/api/units/:unitId/name",
      summary: "重命名单位（管理员，本辖区内）",
      tag: "单位与用户",
      access: "signedIn",
      response: RenamedUnitDto,
      body: z.object({ name: z.string().trim().min(1, "单位名称不能为空").max(200) }).strict(),
      async handle({ actor, params, body }) {
        return {
          ok: true,
          ...(await renameUnit(services, { actor, unitId: params.unitId as string, name: body.name })),
        };
      },
    }),
  ];
}
