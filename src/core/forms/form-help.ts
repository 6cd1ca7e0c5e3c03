/**
 * The 填报说明 printed above a whole form of the workspace (a table or a group of fields), decided here with the fields'
 * own (field-help.ts) so that the page carries no rule text of its own. Keyed by the form's dataset path.
 * @module
 */
export const FORM_HELP = {
  publishedScores:
    "填报说明：照报告和附表原文，逐项抄录所印的得分与等级，按官方表格的顺序——先部门整体（部门整体支出绩效自评表或评价指标体系得分表），再各项目支出绩效自评表（按项目顺序）；有分项得分的（如凉山 27/20/30/14/6）逐项填在其下。系统将它们与按表计算的得分、等级核对（PUBLISHED-SCORE、GRADE）。",
  "publishedScores[].components": "得分的组成部分：照原文逐项填写名称、得分和分值；各部分得分之和应等于上面的得分。",
} as const satisfies Readonly<Record<string, string>>;

export type FormHelpKey = keyof typeof FORM_HELP;
