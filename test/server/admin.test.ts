/**
 * Administration on SQLite and PostgreSQL: a 管理员 changes the role of a user of their subtree and renames its
 * units; a 填报人, and a 管理员 of another region, are refused and every row of the database stays as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../../src/server/security/password.ts";
import type { ApiClient, ApiResponse } from "../support/api-client.ts";
import { expectRefusedUnchanged } from "../support/database-snapshot.ts";
import { DIALECTS, startTestRegion, type TestRegion } from "../support/server-harness.ts";

const PASSWORD = "admin-test-password-1";

describe.each(DIALECTS)("administration on %s", (dialect) => {
  let region: TestRegion;
  let admin: ApiClient;
  let filler: ApiClient;
  let otherAdmin: ApiClient;
  let fillerUnitId: string;
  let serial = 0;

  const refused = (attempt: () => Promise<ApiResponse>, status: number) =>
    expectRefusedUnchanged(region, attempt, status);
  async function newFiller() {
    return region.services.users.create({
      username: `admin-case-${serial++}`,
      displayName: "角色测试",
      passwordHash: await hashPassword(PASSWORD),
      role: "filler",
      unitId: fillerUnitId,
    });
  }

  beforeAll(async () => {
    region = await startTestRegion(dialect);
    admin = await region.signedIn("admin");
    filler = await region.signedIn("filler");
    fillerUnitId = (await region.services.users.findByUsername(region.accounts.filler?.username as string))
      ?.unit_id as string;
    await region.services.users.create({
      username: "other-admin",
      displayName: "另一地区管理员",
      passwordHash: await hashPassword(PASSWORD),
      role: "admin",
      unitId: region.other.unitId,
    });
    otherAdmin = region.client();
    expect((await otherAdmin.signIn("other-admin", PASSWORD)).status).toBe(200);
  }, 120_000);
  afterAll(async () => region?.close());

  it("a 管理员 changes a user's role; the user's next request acts with the new role", async () => {
    const user = await newFiller();
    const session = region.client();
    expect((await session.signIn(user.username, PASSWORD)).status).toBe(200);
    expect((await session.get("/api/users")).status).toBe(403);
    const changed = await admin.put(`/api/users/${user.id}/role`, { role: "admin" });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body.roleName).toBe("管理员");
    expect((await region.services.users.find(user.id))?.role).toBe("admin");
    expect((await session.get("/api/users")).status).toBe(200);
  });

  it("a 填报人, another region's 管理员, an unknown role, one's own role: refused, nothing changed", async () => {
    const user = await newFiller();
    const adminId = (await region.services.users.findByUsername(region.accounts.admin?.username as string))?.id;
    expect(
      (await refused(() => filler.put(`/api/users/${user.id}/role`, { role: "admin" }), 403)).body.error,
    ).toContain("无权修改用户角色");
    await refused(() => otherAdmin.put(`/api/users/${user.id}/role`, { role: "admin" }), 404);
    await refused(() => admin.put(`/api/users/${user.id}/role`, { role: "king" }), 400);
    expect((await refused(() => admin.put(`/api/users/${adminId}/role`, { role: "filler" }), 400)).body.error).toBe(
      "不能修改自己的角色",
    );
  });

  it("a 管理员 renames a unit of their subtree; the tree shows the new name", async () => {
    const renamed = await admin.put(`/api/units/${fillerUnitId}/name`, { name: "  更名后的科协 " });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    const units = (await admin.get("/api/units")).body.units as { id: string; name: string }[];
    expect(units.find((u) => u.id === fillerUnitId)?.name).toBe("更名后的科协");
  });

  it("renaming: a 填报人, another region's 管理员, an empty name: refused, nothing changed", async () => {
    await refused(() => filler.put(`/api/units/${fillerUnitId}/name`, { name: "填报人改名" }), 403);
    await refused(() => otherAdmin.put(`/api/units/${fillerUnitId}/name`, { name: "越权改名" }), 404);
    await refused(() => admin.put(`/api/units/${fillerUnitId}/name`, { name: "   " }), 400);
  });
});
