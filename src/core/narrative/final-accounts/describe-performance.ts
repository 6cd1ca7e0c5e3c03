/**
 * 十（四）预算绩效管理情况. The unit's own section, where its 决算说明 has one (凉山's: the 事前评估 and 监控 counts,
 * each score with its 绩效自评综述), is printed as it wrote it, a score the computation contradicts printed as
 * computed (`core/prose/contradicted-claims`; the audit's STATED-CLAIM-CONTRADICTED reports the unit's sentence).
 * Otherwise it is generated: that the unit evaluated its spending, how many project tables it filled, and the
 * published self-evaluation scores — each score once, though a report may state it in three places.
 * @module
 */
import type { PublishedScore } from "../../dataset/schema.ts";
import { correctContradictedClaims } from "../../prose/contradicted-claims.ts";
import { splitNarrativeDocuments } from "../split-narrative-documents.ts";
import { type FinalAccountsBlock, paragraph } from "./final-accounts-blocks.ts";
import type { FinalAccountsContext } from "./final-accounts-context.ts";

const OWN_SECTION = /^[（(]四[）)]\s*预算绩效管理情况/;

/** The paragraphs of 十（四）. */
export function describePerformance(context: FinalAccountsContext): FinalAccountsBlock[] {
  const own = ownSection(context);
  if (own !== "")
    return own
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => paragraph(line.trim()));
  const { dataset } = context;
  const tables = dataset.projects.filter((p) => p.evaluation !== undefined).length;
  let opening = `根据预算绩效管理要求，${context.unitName}组织对${context.year}年度一般公共预算支出开展绩效自评`;
  opening += tables > 0 ? `，共填报项目支出绩效自评表${tables}张。` : "。";
  const scores = distinctScores(dataset.publishedScores).filter((s) => s.score !== undefined);
  if (scores.length === 0) return [paragraph(`${opening}数据中未提供绩效自评得分。`)];
  return [
    paragraph(`${opening}绩效自评结果如下：`),
    ...scores.map((score, i) => paragraph(`${i + 1}.${scoreSentence(score)}`)),
  ];
}

/** The unit's own 十（四） of its 决算说明, its scores as computed when the context has them; "" when it wrote none. */
function ownSection(context: FinalAccountsContext): string {
  const { dataset, scored } = context;
  const section = splitNarrativeDocuments(dataset.narrative)
    .filter((document) => document.kind === "finalAccounts")
    .flatMap((document) => document.sections)
    .find((s) => OWN_SECTION.test(s.title.trim()));
  const text = section?.text.trim() ?? "";
  if (text === "" || !scored) return text;
  return correctContradictedClaims(text, { dataset, ...scored, subject: scored.scores.department }).text;
}

/** "凉山州科学技术协会部门整体绩效自评得分97分，其中：部门预算总体绩效27分，…。" */
function scoreSentence(score: PublishedScore): string {
  const label = score.label.replace(/^[⑴-⒇(（]?\d*[)）]?\s*/, "").trim();
  const points = withPoints(score.score ?? "");
  const suffix = /得分$/.test(label) ? "" : /自评$/.test(label) ? "得分" : "自评得分";
  let text = `${label}${suffix}${points}`;
  if (score.grade) text += `，评价等级为“${score.grade}”`;
  if (score.components.length > 0) {
    text += `，其中：${score.components.map((c) => `${c.label}${withPoints(c.score)}`).join("，")}`;
  }
  return `${text}。`;
}

function withPoints(printed: string): string {
  const trimmed = printed.trim();
  return /分$/.test(trimmed) ? trimmed : `${trimmed}分`;
}

/**
 * One entry per project and score: "专项“凉山州科学技术协会换届选举”项目", "⑴凉山州科学技术协会换届选举项目" and
 * "凉山州科学技术协会换届选举项目" are the same project, so a score printed in three places is listed once.
 */
function distinctScores(scores: readonly PublishedScore[]): PublishedScore[] {
  const seen = new Set<string>();
  return scores.filter((score) => {
    const key = `${projectKey(score.label)}|${withPoints(score.score ?? "")}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function projectKey(label: string): string {
  return label
    .replace(/^[⑴-⒇(（]?\d*[)）]?\s*/, "")
    .replace(/^专项/, "")
    .replace(/[“”"'‘’\s]/g, "")
    .replace(/(?:项目)?(?:绩效)?(?:自评)?(?:得分)?$/, "");
}
