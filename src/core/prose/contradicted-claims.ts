/**
 * Statements in a unit's own text that the document's computed values contradict, and the text as the document
 * prints it. A generated document copies the unit's narrative beside sentences it computes itself; where the unit
 * wrote "自评得分99分" for a project whose table adds to 49.47, "“三公”经费支出总额较上年持平" for 0.68 against 0.67,
 * "本年单位预算未进行预算相关事项的调整" for a budget cut from 153.53 to 127.10 万元, or "得分为99分……评级为“优”"
 * beside a table that carries no weights (西藏), the document would say two things. The document prints the computed
 * value in the unit's sentence (or leaves the sentence out where nothing can be computed), and the audit
 * (STATED-CLAIM-CONTRADICTED) reports each claim at its sentence, so the unit corrects its text before publication.
 *
 * Decided here once: the department's self-evaluation report, the unit's own reports, the project reports and the
 * 决算说明 all print `correctContradictedClaims`, and the audit lists `findContradictedClaims` of the same texts.
 * The figures are read by the existing readers: scores, rates and deductions by `statedScoreConflict`, "持平" by the
 * flat-claims patterns, "未调整" by BUDGET-ADJUSTMENT-UNSTATED's pattern.
 * @module
 */
import { NO_ADJUSTMENT } from "../audit/checks/budget-adjustment-unstated.ts";
import type { Dataset } from "../dataset/schema.ts";
import { showMessageAmount } from "../display/show-number.ts";
import { wanToFen } from "../money/fen.ts";
import { sangongPriorTotal, sangongTotal } from "../narrative/final-accounts/describe-sangong.ts";
import { scoreFramework } from "../narrative/self-evaluation/framework-score.ts";
import { STATED_TOTAL, statedScoreConflict } from "../narrative/self-evaluation/reconcile-stated-scores.ts";
import { formatTrimmed } from "../numbers/decimal.ts";
import { normalizeWidth } from "../parse/normalize-text.ts";
import type { RuleProfile } from "../profiles/profile-schema.ts";
import type { DatasetScores, TableScore } from "../scoring/score-types.ts";
import { FLAT, LAST_YEAR_COMPARISON } from "./checks/flat-claims.ts";

export interface ClaimContext {
  dataset: Dataset;
  scores: DatasetScores;
  profile: RuleProfile;
  /**
   * The table the text reports on where a sentence names no project (the project's own report, the department's
   * report); absent: only sentences naming a project or the 部门整体 score are judged for scores.
   */
  subject?: TableScore | null;
  /**
   * The text is the subject's own (a project's report or 评价结论): another project it mentions ("围绕省科协天府科技云
   * 服务重点工作") does not make its score that project's.
   */
  ownReport?: boolean;
}

export interface ContradictedClaim {
  /** 1-based line of the text. */
  line: number;
  /** The sentence as the unit wrote it. */
  sentence: string;
  /** What it states ("自评得分99分", "持平", "未进行预算相关事项的调整"). */
  stated: string;
  /** What the document computes ("49.47分", "增加0.01万元", "无法计算得分"). */
  computed: string;
  /** The sentence as the document prints it; "" when it is left out (the computation gives no figure for it). */
  corrected: string;
}

const SENTENCE = /[^。！？!?]+[。！？!?]*[”’）)]*/g;
const CLAUSE = /[^，。；,;]+[，。；,;]*/g;
const GRADE = /(?:评级|等级)(?:评定)?(?:为|是)?\s*[“"]?(优秀|优|良好|良|中等|中|合格|不合格|差)[”"]?/g;
/** "部门整体绩效自评得分为97分": the department's own score (not "部门整体支出绩效管理工作……自评得分14分", a dimension's). */
const DEPARTMENT = /(?:部门整体|整体(?:支出)?绩效)[^，。；,;]{0,8}(?:得分|评分)/;
const SANGONG = /三公/;

/** Each statement of `text` the computed values contradict, in text order. */
export function findContradictedClaims(text: string, context: ClaimContext): ContradictedClaim[] {
  return correctContradictedClaims(text, context).claims;
}

/** `text` as the document prints it (computed values in place of contradicted ones), and the claims changed. */
export function correctContradictedClaims(
  text: string,
  context: ClaimContext,
): { text: string; claims: ContradictedClaim[] } {
  const claims: ContradictedClaim[] = [];
  const department = departmentSubject(context);
  const projects = projectKeys(context);
  const lines = text.split("\n").map((line, index) => {
    // A numbered item names its project once ("5.科普宣传活动业务经费自评得分99分。绩效自评综述：……自评得分99分。"):
    // the sentences after it in the line are about the same project.
    // A project the item mentions later ("该项目是凉山州级科普专项经费……") does not change whose item it is.
    let subject = context.subject ?? null;
    let named = false;
    return [...line.matchAll(SENTENCE)]
      .map(([sentence]) => {
        const naming = context.ownReport
          ? undefined
          : DEPARTMENT.test(sentence)
            ? department
            : namedProject(sentence, projects, context);
        if (naming !== undefined && !named) {
          subject = naming;
          named = true;
        }
        // A sentence may state several things ("……持平……未进行预算调整"): each is corrected in turn.
        let printed = sentence;
        for (let round = 0; round < 4 && printed !== ""; round++) {
          const claim = claimIn(printed, subject, context);
          if (!claim) break;
          claims.push({ line: index + 1, sentence, ...claim });
          printed = claim.corrected;
        }
        return printed;
      })
      .join("");
  });
  return { text: lines.join("\n"), claims };
}

type Claim = Omit<ContradictedClaim, "line" | "sentence">;

function claimIn(sentence: string, subject: TableScore | null, context: ClaimContext): Claim | null {
  if (subject) {
    const score = scoreClaim(sentence, subject, context.profile);
    if (score) return score;
  }
  return changeClaim(sentence, context.dataset);
}

/** A stated total, rate, deduction or grade the table's computation does not give. */
function scoreClaim(sentence: string, table: TableScore, profile: RuleProfile): Claim | null {
  const grades = [...sentence.matchAll(GRADE)];
  if (table.grade === null && table.missing.length > 0) {
    // Nothing can be computed: every score or grade the unit states stands alone, and the generated sentence
    // ("……无法计算得分和评定等级") says why. The sentence is left out.
    const stated = [...sentence.matchAll(STATED_TOTAL)][0]?.[0] ?? grades[0]?.[0];
    if (stated === undefined) return null;
    return { stated, computed: `无法计算得分（${table.missing.join("；")}）`, corrected: "" };
  }
  const conflict = statedScoreConflict(sentence, table, profile);
  if (conflict) {
    const figure = /(\d+(?:\.\d+)?)\s*(分|[%％])/.exec(conflict.stated);
    const computedFigure = computedFigureOf(conflict.computed, table, profile);
    const corrected =
      figure && computedFigure
        ? sentence.replace(conflict.stated, conflict.stated.replace(figure[0], computedFigure))
        : "";
    return { stated: conflict.stated, computed: conflict.computed, corrected };
  }
  for (const grade of grades) {
    if (table.grade === null || sameGrade(grade[1] ?? "", table.grade)) continue;
    return {
      stated: grade[0],
      computed: `“${table.grade}”`,
      corrected: sentence.replace(grade[0], grade[0].replace(grade[1] ?? "", table.grade)),
    };
  }
  return null;
}

/**
 * The figure printed in place of the stated one: a total on its table's scale ("119.47分（分值120分，折合百分制
 * 99.56分）"), a rate, a deduction.
 */
function computedFigureOf(computed: string, table: TableScore, profile: RuleProfile): string | null {
  const places = profile.rounding.totalDecimals;
  if (computed.startsWith(`${formatTrimmed(table.total, places)}分`)) {
    if (table.totalWeight.isZero() || table.totalWeight.equals(100)) return `${formatTrimmed(table.total, places)}分`;
    const onHundred = table.total.div(table.totalWeight).times(100);
    return `${formatTrimmed(table.total, places)}分（分值${formatTrimmed(table.totalWeight, places)}分，折合百分制${formatTrimmed(onHundred, places)}分）`;
  }
  const deduction = /^共扣(\d+(?:\.\d+)?分)$/.exec(computed);
  if (deduction) return deduction[1] ?? null;
  if (/^\d+(?:\.\d+)?%$/.test(computed)) return computed;
  return null;
}

function sameGrade(stated: string, computed: string): boolean {
  const base = (grade: string) => grade.replace(/^(优|良|中)(?:秀|好|等)$/, "$1");
  return base(stated) === base(computed);
}

/** "持平" for 三公 figures that differ, "未调整" for a budget that was adjusted: the clause gets the change. */
function changeClaim(sentence: string, dataset: Dataset): Claim | null {
  const clauses = [...sentence.matchAll(CLAUSE)].map(([clause]) => clause);
  for (const clause of clauses) {
    const text = normalizeWidth(clause);
    const flat =
      FLAT.test(text) && SANGONG.test(text) && LAST_YEAR_COMPARISON.test(text) ? sangongChange(dataset) : null;
    if (flat) {
      const body = clause.replace(/[，。；,;]+$/, "");
      const subject = body.replace(/(?:较|比|与)[^，。；]*?持平$/, "");
      const correctedClause = `${subject}较上年${flat}${clause.slice(body.length)}`;
      return { stated: body, computed: flat, corrected: sentence.replace(clause, correctedClause) };
    }
    const adjustment = NO_ADJUSTMENT.test(text) && /预算/.test(text) ? budgetAdjustment(dataset) : null;
    if (adjustment) {
      const body = clause.replace(/[，。；,;]+$/, "");
      return {
        stated: body,
        computed: adjustment,
        corrected: sentence.replace(clause, `${adjustment}${clause.slice(body.length)}`),
      };
    }
  }
  return null;
}

/** "增加0.01万元" from the 三公 total of the 决算, or null when the figures are equal or absent. */
function sangongChange(dataset: Dataset): string | null {
  const sangong = dataset.finalAccounts?.sangong;
  const prior = sangong ? sangongPriorTotal(sangong) : undefined;
  if (!sangong || prior === undefined) return null;
  const change = sangongTotal(sangong) - prior;
  if (change === 0) return null;
  return `${change > 0 ? "增加" : "减少"}${showMessageAmount(Math.abs(change))}万元`;
}

/** "本年预算由年初153.53万元调整为127.10万元" when the 年初 and 全年 budgets differ, or null. */
function budgetAdjustment(dataset: Dataset): string | null {
  const total = dataset.department?.evaluation?.execution.find((row) => row.role === "total");
  const general = dataset.finalAccounts?.generalBudget;
  const pairs = [
    [total?.initial, total?.adjusted],
    [general?.initialBudget, general?.adjustedBudget],
  ];
  for (const [initial, adjusted] of pairs) {
    if (initial === undefined || adjusted === undefined) continue;
    const from = wanToFen(initial);
    const to = wanToFen(adjusted);
    if (from !== to) return `本年预算由年初${showMessageAmount(from)}万元调整为${showMessageAmount(to)}万元`;
  }
  return null;
}

/** The department's computed score: its 部门整体支出绩效自评表, or its five-dimension framework (凉山 27/20/30/14/6). */
function departmentSubject(context: ClaimContext): TableScore | null {
  if (context.scores.department) return context.scores.department;
  const framework = context.dataset.department?.framework;
  if (!framework) return null;
  const scored = scoreFramework(framework, context.profile);
  return {
    path: "department.framework",
    execution: null,
    indicators: [],
    levels: [],
    subtotals: [],
    totalWeight: scored.weight,
    total: scored.total,
    grade: scored.grade,
    missing: scored.grade === null ? ["部门整体绩效框架有维度未评分"] : [],
  };
}

interface ProjectKey {
  key: string;
  index: number;
}

/**
 * The names a sentence may call each project by: "凉山州级科普专项经费" is also "凉山州级科普专项资金", "天府科技云服务
 * 项目" is "天府科技云服务"; a project named with its activity in brackets is called by the activity.
 */
function projectKeys(context: ClaimContext): ProjectKey[] {
  return context.dataset.projects.flatMap((project, index) => {
    const name = project.name.trim();
    const inner = /[（(]([^（）()]{4,})[）)]\s*$/.exec(name)?.[1];
    const core = (inner ?? name).replace(/^\d{4}年度?/, "").replace(/(?:项目)?(?:经费|资金)?(?:项目)?$/, "");
    return core.length >= 4 ? [{ key: core, index }] : [];
  });
}

/** The score of the project the sentence names (the longest name found), null for one without a table. */
function namedProject(
  sentence: string,
  keys: readonly ProjectKey[],
  context: ClaimContext,
): TableScore | null | undefined {
  let best: ProjectKey | undefined;
  for (const key of keys) if (sentence.includes(key.key) && key.key.length > (best?.key.length ?? 0)) best = key;
  return best === undefined ? undefined : (context.scores.projects[best.index] ?? null);
}
