/**
 * Test servers on both databases: a fresh SQLite file, and a fresh database on the private PostgreSQL cluster the
 * global set-up started (see global-setup.ts). Each gets the demo region (the five sample units, one account per
 * role) plus a second, separate region, so tests can act across regions.
 * @module
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { inject } from "vitest";
import { createApp } from "../../src/server/create-app.ts";
import { type DemoAccount, seedDemoRegion } from "../../src/server/demo/seed-demo-region.ts";
import { hashPassword } from "../../src/server/security/password.ts";
import type { ThrottleSettings } from "../../src/server/services/auth-service.ts";
import { derivedColumns } from "../../src/server/reports/derived-columns.ts";
import { profileOf } from "../../src/server/reports/profile-of.ts";
import { requireValidDataset } from "../../src/server/reports/require-valid-dataset.ts";
import { createServices, type Services, stopServices } from "../../src/server/services/services.ts";
import { openDatabase } from "../../src/storage/open-database.ts";
import { ApiClient } from "./api-client.ts";
import { createTestDatabase } from "./postgres-cluster.ts";

export const EXAMPLES_DIR = fileURLToPath(new URL("../../examples", import.meta.url));
export const DIALECTS = ["sqlite", "postgres"] as const;
export type TestDialect = (typeof DIALECTS)[number];

export interface TestRegion {
  services: Services;
  app: ReturnType<typeof createApp>;
  accounts: Record<string, DemoAccount>;
  /** A second region's finance reviewer and filler, with password OTHER_PASSWORD. */
  other: { financeReviewer: string; filler: string; reportId: string; unitId: string };
  client(): ApiClient;
  /** A client signed in as the demo account of that role, or as the second region's finance reviewer or filler. */
  signedIn(role: DemoAccount["role"] | "otherFinance" | "otherFiller"): Promise<ApiClient>;
  close(): Promise<void>;
}

export const OTHER_PASSWORD = "other-region-password";
let databaseCounter = 0;

export async function databaseLocation(dialect: TestDialect): Promise<{ location: string; cleanup: () => void }> {
  if (dialect === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "jixiao-test-"));
    return {
      location: `sqlite:${join(dir, "jixiao.db")}`,
      cleanup: () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const url = await createTestDatabase(inject("postgresUrl"), `jx_${process.pid}_${Date.now()}_${databaseCounter++}`);
  return { location: url, cleanup: () => undefined };
}

export async function startTestRegion(
  dialect: TestDialect,
  options: { throttle?: ThrottleSettings } = {},
): Promise<TestRegion> {
  const { location, cleanup } = await databaseLocation(dialect);
  const database = await openDatabase(location, { poolSize: 10 });
  const services = createServices(database, { throttle: options.throttle });
  const dataDir = mkdtempSync(join(tmpdir(), "jixiao-demo-"));
  const accounts = Object.fromEntries(
    (await seedDemoRegion(services, { examplesDir: EXAMPLES_DIR, dataDir })).map((a) => [a.role, a]),
  );

  // The second region: its own finance bureau, one unit with a report, a finance reviewer and a filler.
  const otherFinance = await services.units.create({ name: "另一地区财政局", kind: "finance", parentId: null });
  const otherUnit = await services.units.create({ name: "另一地区某县科协", kind: "unit", parentId: otherFinance.id });
  const hash = await hashPassword(OTHER_PASSWORD);
  await services.users.create({
    username: "other-finance",
    displayName: "另一地区财政审核人",
    passwordHash: hash,
    role: "financeReviewer",
    unitId: otherFinance.id,
  });
  await services.users.create({
    username: "other-filler",
    displayName: "另一地区填报人",
    passwordHash: hash,
    role: "filler",
    unitId: otherUnit.id,
  });
  const otherDataset = requireValidDataset(cleanDataset(2023, otherUnit.name));
  const otherReport = await services.reports.create({
    unitId: otherUnit.id,
    year: 2023,
    profileId: "national",
    dataset: JSON.stringify(otherDataset),
    ...derivedColumns(otherDataset, profileOf("national")),
    reason: "create",
    summary: "新建",
    userId: null,
  });

  const app = createApp(services);
  return {
    services,
    app,
    accounts,
    other: { financeReviewer: "other-finance", filler: "other-filler", reportId: otherReport.id, unitId: otherUnit.id },
    client: () => new ApiClient({ app }),
    async signedIn(role) {
      const client = new ApiClient({ app });
      const [username, password] =
        role === "otherFinance"
          ? ["other-finance", OTHER_PASSWORD]
          : role === "otherFiller"
            ? ["other-filler", OTHER_PASSWORD]
            : [accounts[role]?.username, accounts[role]?.password];
      const response = await client.signIn(username as string, password as string);
      if (response.status !== 200)
        throw new Error(`sign-in as ${role} failed: ${response.status} ${JSON.stringify(response.body)}`);
      return client;
    },
    async close() {
      await stopServices(services);
      rmSync(dataDir, { recursive: true, force: true });
      cleanup();
    },
  };
}

/** A dataset with no error-level finding: one project table whose figures agree, as a clean submission needs. */
export function cleanDataset(year: number, unitName: string) {
  return {
    formatVersion: 1,
    year,
    unit: { name: unitName },
    projects: [
      {
        name: "科普宣传活动",
        code: "5134T0001",
        evaluation: {
          execution: [{ role: "total", label: "年度资金总额", initial: "10", adjusted: "10", executed: "9.8" }],
          indicators: [
            {
              level1: "产出指标",
              level2: "数量指标",
              level3: "开展科普活动次数",
              operator: "≥",
              target: "10",
              unit: "次",
              actual: "12",
              weight: "50",
            },
            {
              level1: "效益指标",
              level2: "社会效益指标",
              level3: "受益群众人次",
              operator: "≥",
              target: "2000",
              unit: "人次",
              actual: "2300",
              weight: "30",
            },
            {
              level1: "满意度指标",
              level2: "服务对象满意度指标",
              level3: "群众满意度",
              operator: "≥",
              target: "90",
              unit: "%",
              actual: "95",
              weight: "10",
            },
          ],
        },
      },
    ],
    narrative: [],
    publishedScores: [],
  };
}
