/**
 * The pieces every answer of the API is made of, as zod schemas: the documentation of the answers (their JSON
 * Schema in the OpenAPI document) and their TypeScript types (z.infer) at once. The files of src/server/dto import
 * only zod and pure core modules, so that the web app imports their types as they are.
 * @module
 */
import { z } from "zod";
import { STATUS_ORDER } from "../../core/workflow/workflow.ts";
import { ROLES } from "../../core/workflow/roles.ts";
import { builtinProfileIds } from "../../core/profiles/builtin-profiles.ts";

/** An ISO 8601 time in UTC, as stored ("2026-03-31T08:00:00.000Z"). */
export const DateTime = z.string().describe("ISO 8601 时间（UTC）");

/** A workflow status (core's STATUS_ORDER), with its name beside it wherever it is shown. */
export const ReportStatusDto = z.enum(
  STATUS_ORDER as [(typeof STATUS_ORDER)[number], ...(typeof STATUS_ORDER)[number][]],
);

export const RoleDto = z.enum(ROLES as [(typeof ROLES)[number], ...(typeof ROLES)[number][]]);

/** Money in integer 分, or null where there is none. */
/** A built-in rule profile's id, from core's registry (profiles/*.json), so a new profile needs no edit here. */
export const ProfileIdDto = z
  .enum(builtinProfileIds() as [string, ...string[]])
  .describe(`规则方案：${builtinProfileIds().join("、")}`);

export const Fen = z.number().int().nullable().describe("金额（整数分）");

/** An exact decimal as text ("99.825"): never a binary float. */
export const DecimalText = z.string().describe("精确小数（文本）");

/** The answer of a step that only confirms it was done. */
export const OkDto = z.strictObject({ ok: z.literal(true) });

/**
 * Every refusal and failure of the API (any status but 200): a Chinese message for the user, where the problem lies
 * when there is such a place, and what a client needs besides (every located issue of invalid input; the versions of
 * a stale write). Written by the one error handler of create-app.ts.
 */
export const ErrorDto = z
  .strictObject({
    error: z.string(),
    /** A dataset path ("projects[2].name"), an input field, a header. */
    location: z.string().optional(),
    /** e.g. `{ issues: [{ location, message }] }`, or `{ yourVersion, currentVersion }` for a stale version. */
    details: z.unknown().optional(),
  })
  .meta({ id: "Error" });
export type ErrorDto = z.infer<typeof ErrorDto>;

/** The id of what was just made. */
export const CreatedDto = z.strictObject({ id: z.string() });
export type CreatedDto = z.infer<typeof CreatedDto>;
