/**
 * What every document builder receives: the dataset, the rule profile, and what core computed from them (scores
 * and audit findings), so that every figure in a document comes from one computation and prose and tables cannot
 * disagree.
 * @module
 */
import type { Dataset } from "../core/dataset/schema.ts";
import type { Finding } from "../core/findings/finding.ts";
import type { RuleProfile } from "../core/profiles/profile-schema.ts";
import type { DatasetScores } from "../core/scoring/score-types.ts";
import type { SignOff } from "../core/workflow/current-sign-off.ts";

export interface DocumentInput {
  dataset: Dataset;
  profile: RuleProfile;
  scores: DatasetScores;
  findings: readonly Finding[];
  /** When the package is generated (shown in the manifest, not in the documents). */
  generatedAt: Date;
  /** The 单位负责人's sign-off of the report (from its workflow history): the signature blocks name and date it. */
  signOff?: SignOff;
}

/** One generated file of a unit's package. */
export interface GeneratedFile {
  /** File name inside the package, e.g. "凉山州科学技术协会2023年度部门决算情况说明.docx". */
  name: string;
  kind: DocumentKind;
  format: "docx" | "xlsx" | "pdf";
  data: Uint8Array;
}

/** The families of documents a unit hands in; `--only` picks among them by their Chinese names. */
export const DOCUMENT_KINDS = {
  selfEvaluationReport: "自评报告",
  projectTables: "项目表",
  finalAccounts: "决算说明",
} as const;
export type DocumentKind = keyof typeof DOCUMENT_KINDS;
