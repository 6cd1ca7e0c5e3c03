/**
 * A unit's whole document package — 自评报告, 项目表 and 决算说明 as Word and Excel files — from one dataset: it is
 * scored and audited once, and every builder receives those same results, so no two documents can disagree.
 * PDF twins and the publication ZIP are made from these files afterwards (`pdf/`, `bundle/`).
 * @module
 */
import { auditDataset, scoreAsAudited } from "../core/audit/run-audit.ts";
import type { Dataset } from "../core/dataset/schema.ts";
import type { Finding } from "../core/findings/finding.ts";
import { publishesDocument } from "../core/narrative/split-narrative-documents.ts";
import type { RuleProfile } from "../core/profiles/profile-schema.ts";
import type { SignOff } from "../core/workflow/current-sign-off.ts";
import type { DocumentInput, DocumentKind, GeneratedFile } from "./document-input.ts";
import { buildFinalAccountsDocx } from "./final-accounts/build-final-accounts-docx.ts";
import { buildProjectTablesDocx } from "./project-tables/build-project-tables-docx.ts";
import { buildProjectTablesXlsx } from "./project-tables/build-project-tables-xlsx.ts";
import { buildDepartmentEvaluationReportDocx } from "./self-evaluation/build-department-evaluation-report-docx.ts";
import { buildProjectReportsDocx } from "./self-evaluation/build-project-reports-docx.ts";
import { buildSelfEvaluationReportDocx } from "./self-evaluation/build-self-evaluation-report-docx.ts";
import { buildTablesXlsx } from "./xlsx/build-tables-xlsx.ts";

/** One document builder and the family its files belong to. */
export interface DocumentBuilder {
  /** The builder's function name, shown when it fails and in the benchmark's list of builders. */
  name: string;
  kind: DocumentKind;
  build: (input: DocumentInput) => Promise<GeneratedFile[]>;
  /** Whether the unit publishes this document; one it does not is made only when its family is asked for (`only`). */
  published?: (dataset: Dataset) => boolean;
}

/** Every builder of the package, in the order their files appear in it. */
export const DOCUMENT_BUILDERS: readonly DocumentBuilder[] = [
  { name: "buildSelfEvaluationReportDocx", kind: "selfEvaluationReport", build: buildSelfEvaluationReportDocx },
  {
    name: "buildDepartmentEvaluationReportDocx",
    kind: "selfEvaluationReport",
    build: buildDepartmentEvaluationReportDocx,
  },
  { name: "buildProjectReportsDocx", kind: "selfEvaluationReport", build: buildProjectReportsDocx },
  { name: "buildProjectTablesDocx", kind: "projectTables", build: buildProjectTablesDocx },
  { name: "buildProjectTablesXlsx", kind: "projectTables", build: buildProjectTablesXlsx },
  // All the other tables (基础数据表, 部门整体支出绩效自评表 …) as one workbook, handed in with the project tables.
  { name: "buildTablesXlsx", kind: "projectTables", build: buildTablesXlsx },
  {
    name: "buildFinalAccountsDocx",
    kind: "finalAccounts",
    build: buildFinalAccountsDocx,
    published: (dataset) => publishesDocument(dataset.narrative, "finalAccounts"),
  },
];

export interface BuildDocumentPackageOptions {
  dataset: Dataset;
  profile: RuleProfile;
  /** Only these families (all when absent or empty). */
  only?: readonly DocumentKind[];
  /** When the package is generated (default now). */
  generatedAt?: Date;
  /** The builders to run (default `DOCUMENT_BUILDERS`); tests and benchmarks pass their own. */
  builders?: readonly DocumentBuilder[];
  /**
   * The findings of an audit of this very dataset under this profile, made before (a report's stored audit of its
   * version): the dataset is then scored only, not audited again.
   */
  findings?: readonly Finding[];
  /**
   * The 单位负责人's sign-off of the report's current submission (`currentSignOff` of its history), where the
   * region asks for one: every signature block prints the 负责人 and the day of the sign-off.
   */
  signOff?: SignOff;
}

/**
 * Scores and audits the dataset (or takes the findings given), then runs every builder of `DOCUMENT_BUILDERS` the unit publishes (all those of
 * `only` when given). Nothing is computed when no builder is selected.
 * @returns the generated .docx and .xlsx files, builders in list order
 * @throws Error naming the builder that failed, with the builder's error as `cause`
 */
export async function buildDocumentPackage(options: BuildDocumentPackageOptions): Promise<GeneratedFile[]> {
  const only = options.only && options.only.length > 0 ? new Set(options.only) : undefined;
  const builders = (options.builders ?? DOCUMENT_BUILDERS).filter((builder) =>
    only ? only.has(builder.kind) : (builder.published?.(options.dataset) ?? true),
  );
  if (builders.length === 0) return [];
  // auditDataset scores the dataset (scoreDataset) and audits it with those very scores, so both come from one pass;
  // with the findings of that audit at hand, the scores it was made with are all that is computed.
  const { scores, findings } = options.findings
    ? { scores: scoreAsAudited(options.dataset, options.profile), findings: options.findings }
    : auditDataset(options.dataset, options.profile);
  const input: DocumentInput = {
    dataset: options.dataset,
    profile: options.profile,
    scores,
    findings,
    generatedAt: options.generatedAt ?? new Date(),
    ...(options.signOff ? { signOff: options.signOff } : {}),
  };
  const built = await Promise.all(
    builders.map((builder) =>
      builder.build(input).catch((error: unknown) => {
        throw new Error(`${builder.name} 生成文档失败：${(error as Error).message}`, { cause: error });
      }),
    ),
  );
  return built.flat();
}
