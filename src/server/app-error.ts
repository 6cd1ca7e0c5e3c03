/**
 * The error a use case throws when it refuses: what kind of refusal it is, a Chinese message for the user, and where
 * the problem lies (a dataset path, a field, a header) when there is one. It knows nothing of HTTP, so use cases,
 * validators and the jobs that share them throw it alike; the API turns each kind into its status in one place
 * (`HTTP_STATUS_OF` in api-route.ts, applied by the error handler of create-app.ts). Anything else that escapes
 * becomes a 500 with a generic message, never a stack trace.
 * @module
 */
import type { InputIssue } from "../core/dataset/validate-dataset.ts";

/** The kinds of refusal, each answered with one HTTP status by the API. */
export const APP_ERROR_CODES = [
  /** The request itself is malformed: a missing header, an empty file, input that is not of the expected shape. */
  "malformed",
  /** Not signed in, or the name and password do not match. */
  "unauthenticated",
  /** Signed in, but this role or user may not do this. */
  "forbidden",
  /** Does not exist, or the caller may not see it (the same answer, so ids cannot be probed). */
  "not-found",
  /** The state does not allow it (already exists, not finished, wrong workflow status, another's version). */
  "conflict",
  /** Too large to be taken. */
  "too-large",
  /** A file of a kind that is not accepted. */
  "unsupported-type",
  /** Well-formed, but the content breaks a rule (the dataset schema, the submit gate); `details` locates it. */
  "invalid",
  /** The report is locked by its workflow status. */
  "locked",
  /** Too many attempts or tasks; try again later. */
  "rate-limited",
  /** Busy or not ready yet; try again later. */
  "unavailable",
  /** Something that should not happen did. */
  "internal",
] as const;

export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

export interface AppErrorOptions {
  /** Where the problem is: a dataset path ("projects[2].name"), an input field, a header. */
  location?: string;
  /** What a client needs besides the message, e.g. every located issue of an invalid dataset. */
  details?: unknown;
}

export class AppError extends Error {
  readonly location: string | undefined;
  readonly details: unknown;

  constructor(
    readonly code: AppErrorCode,
    message: string,
    options: AppErrorOptions = {},
  ) {
    super(message);
    this.name = "AppError";
    this.location = options.location;
    this.details = options.details;
  }
}

/** "not found", for what does not exist and for what the caller may not see alike. */
export const notFound = (what: string) => new AppError("not-found", `${what}不存在或无权查看`);
export const forbidden = (why: string) => new AppError("forbidden", why);

/** An "invalid" refusal naming its first issue in the message and listing them all in `details.issues`. */
export function invalidInput(prefix: string, issues: readonly InputIssue[]): AppError {
  const first = issues[0];
  return new AppError("invalid", `${prefix}${first?.location ?? ""} ${first?.message ?? ""}`.trim(), {
    location: first?.location,
    details: { issues },
  });
}
