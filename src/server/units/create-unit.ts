/** A 管理员 adds a unit below one of their subtree. */
import type { UnitKind } from "../../storage/database-schema.ts";
import { assertCanRead, assertRole } from "../services/access.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";

export interface CreateUnitOptions {
  actor: Actor;
  parentId: string;
  name: string;
  kind: Exclude<UnitKind, "finance">;
  code?: string;
}

export async function createUnit(services: Services, options: CreateUnitOptions): Promise<{ id: string }> {
  assertRole(options.actor, ["admin"], "新建单位");
  assertCanRead(options.actor, await services.units.find(options.parentId), "上级单位");
  const unit = await services.units.create({
    name: options.name,
    kind: options.kind,
    parentId: options.parentId,
    code: options.code ?? null,
  });
  return { id: unit.id };
}
