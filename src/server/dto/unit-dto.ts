/** Answers about the unit tree and its users. */
import { z } from "zod";
import { OkDto, RoleDto } from "./common-dto.ts";

export const UnitDto = z.strictObject({
  id: z.string(),
  parentId: z.string().nullable(),
  name: z.string(),
  kind: z.enum(["finance", "department", "unit", "subunit"]),
  code: z.string().nullable(),
  /** 0 for the actor's own unit when it is a root; the tree's depth below it otherwise. */
  depth: z.number().int(),
});
export type UnitDto = z.infer<typeof UnitDto>;

export const UnitsDto = z.strictObject({ units: z.array(UnitDto) });
export type UnitsDto = z.infer<typeof UnitsDto>;

export const UserDto = z.strictObject({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: RoleDto,
  roleName: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  disabled: z.boolean(),
});
export type UserDto = z.infer<typeof UserDto>;

export const UsersDto = z.strictObject({ users: z.array(UserDto) });
export type UsersDto = z.infer<typeof UsersDto>;

/** A user's new role, as PUT /api/users/:userId/role answers. */
export const ChangedRoleDto = OkDto.extend({ role: RoleDto, roleName: z.string() });

/** A unit's new name, as PUT /api/units/:unitId/name answers. */
export const RenamedUnitDto = OkDto.extend({ name: z.string() });
