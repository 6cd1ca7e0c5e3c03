/**
 * A fresh database without demo data needs a first 管理员: from JIXIAO_ADMIN_PASSWORD (and optionally
 * JIXIAO_ADMIN_USERNAME, JIXIAO_REGION_NAME) when set, else with a random one-time password printed once.
 * @module
 */
import { randomBytes } from "node:crypto";
import { hashPassword } from "./security/password.ts";
import type { Services } from "./services/services.ts";

export async function ensureFirstAdmin(
  services: Services,
  env: NodeJS.ProcessEnv,
): Promise<{ username: string; password: string | null } | null> {
  if ((await services.users.count()) > 0) return null;
  const username = env.JIXIAO_ADMIN_USERNAME?.trim() || "admin";
  const given = env.JIXIAO_ADMIN_PASSWORD;
  if (given !== undefined && given.length < 10) throw new Error("JIXIAO_ADMIN_PASSWORD 至少 10 位");
  const password = given ?? randomBytes(12).toString("base64url");
  const region = await services.units.create({
    name: env.JIXIAO_REGION_NAME?.trim() || "财政部门",
    kind: "finance",
    parentId: null,
  });
  await services.users.create({
    username,
    displayName: "管理员",
    passwordHash: await hashPassword(password),
    role: "admin",
    unitId: region.id,
  });
  return { username, password: given === undefined ? password : null };
}
