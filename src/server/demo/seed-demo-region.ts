/**
 * The demo region: a finance bureau, a 主管部门 and the five sample units with their reports (each scored under
 * the profile its own form follows), and one account per role. Idempotent: a second run finds everything in place
 * and changes nothing. Passwords are random, made on the first run and kept in the data folder (mode 0600) so that
 * later starts can print them again; none is in the repository.
 * @module
 */
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Role } from "../../storage/database-schema.ts";
import { hashPassword } from "../security/password.ts";
import { ROLE_NAMES } from "../../core/workflow/roles.ts";
import { derivedColumns } from "../reports/derived-columns.ts";
import { profileOf } from "../reports/profile-of.ts";
import { requireValidDataset } from "../reports/require-valid-dataset.ts";
import type { Services } from "../services/services.ts";

/** The sample units, by example file: display name and the profile their forms follow. */
const SAMPLE_UNITS: Record<string, { name: string; profileId: string }> = {
  "liangshan-2023.json": { name: "凉山州科学技术协会", profileId: "sichuan" },
  "leshan-shizhong-2022.json": { name: "乐山市市中区科学技术协会", profileId: "sichuan" },
  "lingling-2024.json": { name: "永州市零陵区科学技术协会", profileId: "hunan" },
  "linze-2023.json": { name: "临泽县科学技术协会", profileId: "national" },
  "xizang-2024.json": { name: "西藏自治区科学技术协会", profileId: "national" },
};

export interface DemoAccount {
  username: string;
  password: string;
  role: Role;
  roleName: string;
  unitName: string;
}

export async function seedDemoRegion(
  services: Services,
  options: { examplesDir: string; dataDir: string },
): Promise<DemoAccount[]> {
  const { units, users, reports } = services;
  const ensureUnit = async (name: string, kind: "finance" | "department" | "unit", parentId: string | null) =>
    (await units.findByName(name)) ?? (await units.create({ name, kind, parentId }));

  const finance = await ensureUnit("演示地区财政局", "finance", null);
  const department = await ensureUnit("演示地区科学技术协会（主管部门）", "department", finance.id);
  const sampleUnits: Record<string, string> = {};
  for (const file of readdirSync(options.examplesDir)
    .filter((f) => f in SAMPLE_UNITS)
    .sort()) {
    const sample = SAMPLE_UNITS[file] as { name: string; profileId: string };
    const unit = await ensureUnit(sample.name, "unit", department.id);
    sampleUnits[file] = unit.id;
    const dataset = requireValidDataset(JSON.parse(readFileSync(join(options.examplesDir, file), "utf8")));
    if (await reports.findByUnitYear(unit.id, dataset.year)) continue;
    const profile = profileOf(sample.profileId);
    await reports.create({
      unitId: unit.id,
      year: dataset.year,
      profileId: profile.id,
      dueAt: `${dataset.year + 1}-04-30T16:00:00.000Z`,
      dataset: JSON.stringify(dataset),
      ...derivedColumns(dataset, profile),
      reason: "import",
      summary: `演示数据：${file}`,
      userId: null,
    });
  }

  const fillerUnit = sampleUnits["liangshan-2023.json"] ?? department.id;
  const accounts: { username: string; role: Role; unitId: string; unitName: string }[] = [
    {
      username: "demo-filler",
      role: "filler",
      unitId: fillerUnit,
      unitName: SAMPLE_UNITS["liangshan-2023.json"]?.name ?? department.name,
    },
    {
      username: "demo-unit-reviewer",
      role: "unitReviewer",
      unitId: fillerUnit,
      unitName: SAMPLE_UNITS["liangshan-2023.json"]?.name ?? department.name,
    },
    {
      username: "demo-department-reviewer",
      role: "departmentReviewer",
      unitId: department.id,
      unitName: department.name,
    },
    { username: "demo-finance-reviewer", role: "financeReviewer", unitId: finance.id, unitName: finance.name },
    { username: "demo-admin", role: "admin", unitId: finance.id, unitName: finance.name },
  ];
  const passwordFile = join(options.dataDir, "demo-accounts.json");
  const saved: Record<string, string> = existsSync(passwordFile)
    ? (JSON.parse(readFileSync(passwordFile, "utf8")) as Record<string, string>)
    : {};
  const result: DemoAccount[] = [];
  for (const account of accounts) {
    let password = saved[account.username];
    const existing = await users.findByUsername(account.username);
    if (!existing || password === undefined) {
      if (existing) continue; // made by an earlier run whose password file is gone: leave it alone
      password = randomBytes(9).toString("base64url");
      await users.create({
        username: account.username,
        displayName: `演示${ROLE_NAMES[account.role]}`,
        passwordHash: await hashPassword(password),
        role: account.role,
        unitId: account.unitId,
      });
      saved[account.username] = password;
    }
    result.push({
      username: account.username,
      password,
      role: account.role,
      roleName: ROLE_NAMES[account.role],
      unitName: account.unitName,
    });
  }
  writeFileSync(passwordFile, `${JSON.stringify(saved, null, 2)}\n`, { mode: 0o600 });
  return result;
}
