/**
 * Scores and findings (GET /api/reports/:id/scores, and inside the whole-report answers): every score exact as text,
 * with the value rounded as the documents print it beside it (…Shown), so that a client never does arithmetic on
 * binary floats nor parses a printed figure back.
 * @module
 */
import { z } from "zod";
import { DecimalText } from "./common-dto.ts";

export const FindingDto = z
  .strictObject({
    code: z.string().describe("检查代码，如 SUM-PARTS"),
    severity: z.enum(["error", "warning", "info"]),
    message: z.string(),
    location: z.string().describe("数据集路径（a.b[2].c），或叙述中的“第N行”"),
    quote: z.string().optional(),
    expected: z.string().optional(),
    found: z.string().optional(),
    line: z.number().int().optional(),
  })
  .meta({ id: "Finding" });
export type FindingDto = z.infer<typeof FindingDto>;

export const ExecutionScoreDto = z.strictObject({
  rate: DecimalText.nullable(),
  /** "98.25%", or "—" for a zero budget. */
  rateShown: z.string(),
  score: DecimalText.nullable(),
  weight: DecimalText,
  explanation: z.string(),
});

export const IndicatorScoreDto = z.strictObject({
  path: z.string(),
  weight: DecimalText,
  suggested: DecimalText.nullable(),
  final: DecimalText.nullable(),
  finalShown: z.string().nullable(),
  status: z.string().describe("met, missed, qualitative, unscored, …（见 core/scoring/score-types.ts）"),
  overridden: z.boolean(),
  explanation: z.string(),
});

export const SubtotalDto = z.strictObject({
  level1: z.string(),
  level2: z.string().nullable(),
  weight: DecimalText,
  score: DecimalText,
});

export const TableScoreDto = z
  .strictObject({
    path: z.string(),
    total: DecimalText,
    totalShown: z.string(),
    totalWeight: DecimalText,
    grade: z.string().nullable(),
    execution: ExecutionScoreDto.nullable(),
    indicators: z.array(IndicatorScoreDto),
    subtotals: z.array(SubtotalDto),
  })
  .meta({ id: "TableScore" });
export type TableScoreDto = z.infer<typeof TableScoreDto>;

export const ScoresDto = z
  .strictObject({
    profile: z.strictObject({ id: z.string(), name: z.string() }),
    department: TableScoreDto.nullable(),
    /** One per project, in dataset order; null where a project has no evaluation table. */
    projects: z.array(TableScoreDto.nullable()),
    findings: z.array(FindingDto),
    counts: z.strictObject({ error: z.number().int(), warning: z.number().int(), info: z.number().int() }),
  })
  .meta({ id: "Scores" });
export type ScoresDto = z.infer<typeof ScoresDto>;
