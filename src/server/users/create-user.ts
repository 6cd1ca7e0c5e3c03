/** A 管理员 adds a user to a unit of their subtree; the password is kept as a scrypt hash only. */
import type { Role } from "../../core/workflow/roles.ts";
import { AppError } from "../app-error.ts";
import { hashPassword } from "../security/password.ts";
import { assertCanRead, assertRole } from "../services/access.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";

export interface CreateUserOptions {
  actor: Actor;
  username: string;
  displayName: string;
  password: string;
  role: Role;
  unitId: string;
}

export async function createUser(services: Services, options: CreateUserOptions): Promise<{ id: string }> {
  assertRole(options.actor, ["admin"], "新建用户");
  assertCanRead(options.actor, await services.units.find(options.unitId), "单位");
  if (await services.users.findByUsername(options.username))
    throw new AppError("conflict", `用户名“${options.username}”已被使用`, { location: "username" });
  const user = await services.users.create({
    username: options.username,
    displayName: options.displayName,
    passwordHash: await hashPassword(options.password),
    role: options.role,
    unitId: options.unitId,
  });
  return { id: user.id };
}
