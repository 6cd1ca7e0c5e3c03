/**
 * The synthetic province of `npm run bench:region`, seeded into a migrated database: 1 财政厅, 20 cities (each a
 * 财政局), 10 主管部门 per city (200), and `units` units shared out among them, each with one report in a realistic
 * mix of states (草稿, 已提交, 已退回, 主管部门已通过, 财政已通过, 已公开) and a dataset drawn from the five examples'
 * shapes (one in five like 凉山, the biggest), every amount scaled by a factor of its own (bench/synthesize-unit.ts),
 * audited under its sample's profile on all cores as it is made. A module of its own so that the request paths can
 * be profiled against a province without running the whole benchmark.
 * @module
 */
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { type Kysely, sql } from "kysely";
import { AuditThreadPool } from "../src/server/jobs/audit-thread-pool.ts";
import { hashPassword } from "../src/server/security/password.ts";
import { requireValidDataset } from "../src/server/reports/require-valid-dataset.ts";
import type { DatabaseSchema, ReportStatus, UnitKind } from "../src/storage/database-schema.ts";
import { synthesizeUnit } from "./synthesize-unit.ts";

export const PROVINCE_PASSWORD = "bench-region-password";

const CITIES = [
  "成都市",
  "自贡市",
  "攀枝花市",
  "泸州市",
  "德阳市",
  "绵阳市",
  "广元市",
  "遂宁市",
  "内江市",
  "乐山市",
  "南充市",
  "眉山市",
  "宜宾市",
  "广安市",
  "达州市",
  "雅安市",
  "巴中市",
  "资阳市",
  "阿坝州",
  "甘孜州",
];
const DEPARTMENTS = [
  "科学技术协会",
  "教育局",
  "卫生健康委员会",
  "农业农村局",
  "交通运输局",
  "民政局",
  "文化广电旅游局",
  "生态环境局",
  "水利局",
  "自然资源局",
];
/** The five samples, the profile each one's forms follow, and whether documents are made of it. */
const SHAPES = [
  { file: "liangshan-2023.json", profileId: "sichuan", documents: true },
  { file: "lingling-2024.json", profileId: "hunan", documents: true },
  { file: "xizang-2024.json", profileId: "national", documents: true },
  { file: "leshan-shizhong-2022.json", profileId: "sichuan", documents: false },
  { file: "linze-2023.json", profileId: "national", documents: false },
].map((shape) => ({
  ...shape,
  raw: JSON.parse(
    readFileSync(fileURLToPath(new URL(`../examples/${shape.file}`, import.meta.url)), "utf8"),
  ) as unknown,
}));
/** Of every 20 reports: 7 草稿, 3 已提交, 2 已退回, 2 主管部门已通过, 1 财政已通过, 5 已公开. */
const STATE_MIX: ReportStatus[] = [
  ...Array<ReportStatus>(7).fill("draft"),
  ...Array<ReportStatus>(3).fill("submitted"),
  ...Array<ReportStatus>(2).fill("returned"),
  ...Array<ReportStatus>(2).fill("departmentApproved"),
  "financeApproved",
  ...Array<ReportStatus>(5).fill("published"),
];

export interface Province {
  cities: number;
  departments: { id: string; path: string; name: string }[];
  /** Published reports of a shape documents are made of (凉山, 零陵, 西藏). */
  documentable: string[];
  financeUserId: string;
  datasetBytes: number;
}

/**
 * Seeds the province; the users province-finance (财政厅 financeReviewer), department-reviewer (the first 主管部门)
 * and province-admin sign in with PROVINCE_PASSWORD.
 */
export async function seedProvince(db: Kysely<DatabaseSchema>, units: number): Promise<Province> {
  const now = new Date().toISOString();
  const unitRows: {
    id: string;
    parent_id: string | null;
    path: string;
    name: string;
    kind: UnitKind;
    code: null;
    version: number;
    created_at: string;
  }[] = [];
  const unit = (name: string, kind: UnitKind, parent: { id: string; path: string } | null) => {
    const id = crypto.randomUUID();
    const row = {
      id,
      parent_id: parent?.id ?? null,
      path: `${parent?.path ?? "/"}${id}/`,
      name,
      kind,
      code: null,
      version: 1,
      created_at: now,
    };
    unitRows.push(row);
    return row;
  };
  const province = unit("四川省财政厅", "finance", null);
  const departments: { id: string; path: string; name: string }[] = [];
  for (const city of CITIES) {
    const bureau = unit(`${city}财政局`, "finance", province);
    for (const name of DEPARTMENTS) departments.push(unit(`${city}${name}（主管部门）`, "department", bureau));
  }
  const leaves: { id: string; path: string; name: string }[] = [];
  for (let index = 0; index < units; index++) {
    const department = departments[index % departments.length] as (typeof departments)[number];
    leaves.push(
      unit(
        `${department.name.replace("（主管部门）", "")}所属单位${String(Math.floor(index / departments.length) + 1).padStart(3, "0")}`,
        "unit",
        department,
      ),
    );
  }
  for (let start = 0; start < unitRows.length; start += 1000)
    await db
      .insertInto("units")
      .values(unitRows.slice(start, start + 1000))
      .execute();

  const hash = await hashPassword(PROVINCE_PASSWORD);
  const firstDepartment = departments[0] as (typeof departments)[number];
  const users = [
    { username: "province-finance", role: "financeReviewer" as const, unitId: province.id },
    { username: "department-reviewer", role: "departmentReviewer" as const, unitId: firstDepartment.id },
    { username: "province-admin", role: "admin" as const, unitId: province.id },
  ];
  for (const user of users) {
    await db
      .insertInto("users")
      .values({
        id: crypto.randomUUID(),
        username: user.username,
        display_name: user.username,
        password_hash: hash,
        role: user.role,
        unit_id: user.unitId,
        disabled: 0,
        version: 1,
        created_at: now,
      })
      .execute();
  }
  const financeUserId = (
    await db.selectFrom("users").select("id").where("username", "=", "province-finance").executeTakeFirstOrThrow()
  ).id;

  // Reports, audited on all cores as they are made, inserted a batch at a time.
  const pool = new AuditThreadPool(availableParallelism());
  const documentable: string[] = [];
  let datasetBytes = 0;
  const BATCH = 100;
  for (let start = 0; start < units; start += BATCH) {
    const made = await Promise.all(
      leaves.slice(start, start + BATCH).map(async (leaf, offset) => {
        const index = start + offset;
        const shape = SHAPES[index % SHAPES.length] as (typeof SHAPES)[number];
        const raw = synthesizeUnit(shape.raw, index) as { unit: { name: string } };
        raw.unit = { ...raw.unit, name: leaf.name };
        const dataset = requireValidDataset(raw);
        const text = JSON.stringify(dataset);
        datasetBytes += text.length;
        const derived = await pool.audit(text, shape.profileId);
        // Spread independently of the shape (index % 5), so every state holds every shape.
        const status = STATE_MIX[scatter(index) % STATE_MIX.length] as ReportStatus;
        const submitted =
          status !== "draft"
            ? new Date(
                Date.parse(`${dataset.year + 1}-04-01T00:00:00Z`) + ((index * 3_600_000) % (60 * 86_400_000)),
              ).toISOString()
            : null;
        const id = crypto.randomUUID();
        if (status === "published" && shape.documents) documentable.push(id);
        return {
          report: {
            id,
            unit_id: leaf.id,
            year: dataset.year,
            status,
            profile_id: shape.profileId,
            dataset: text,
            version: 1,
            budget_fen: derived.budgetFen,
            executed_fen: derived.executedFen,
            audit: derived.audit,
            audit_key: derived.auditKey,
            audit_version: 1,
            total_score: derived.figures.totalScore,
            total_shown: derived.figures.totalShown,
            grade: derived.figures.grade,
            execution_rate: derived.figures.executionRate,
            execution_rate_shown: derived.figures.executionRateShown,
            error_count: derived.figures.errorCount,
            warning_count: derived.figures.warningCount,
            info_count: derived.figures.infoCount,
            audit_claimed_by: null,
            audit_claimed_until: null,
            due_at: `${dataset.year + 1}-04-30T16:00:00.000Z`,
            submitted_at: submitted,
            published_at: status === "published" ? now : null,
            created_at: now,
            updated_at: now,
            updated_by: null,
          },
          version: {
            report_id: id,
            version: 1,
            reason: "import",
            dataset: text,
            changes: "[]",
            changed_by: null,
            changed_at: now,
            summary: "基准数据",
          },
        };
      }),
    );
    await db
      .insertInto("reports")
      .values(made.map((each) => each.report))
      .execute();
    await db
      .insertInto("report_versions")
      .values(made.map((each) => each.version))
      .execute();
  }
  await pool.close();
  // ANALYZE after the bulk load, so that the planner knows the tables' sizes (autovacuum would, later).
  await sql`analyze`.execute(db);
  return { cities: CITIES.length, departments, documentable, financeUserId, datasetBytes };
}

/** A fixed scattering of 0, 1, 2, … (a multiplicative hash), so that consecutive units fall into unrelated states. */
function scatter(index: number): number {
  return Math.imul(index + 1, 2_654_435_761) >>> 16;
}
