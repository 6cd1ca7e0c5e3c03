/**
 * One description per API route — method, path, who may call it, the zod schemas of its input — from which both
 * the Hono handlers and the OpenAPI document are made, so the document cannot drift from what the server accepts.
 * @module
 */
import type { ReportHead } from "../storage/reports-repository.ts";
import type { Context } from "hono";
import type { z } from "zod";
import type { AppErrorCode } from "./app-error.ts";
import type { ClientInfo } from "./security/client-address.ts";
import type { Actor } from "./services/auth-service.ts";

export type Access = "public" | "signedIn";

export interface RouteInput<B, Q> {
  c: Context<AppEnv>;
  body: B;
  query: Q;
  params: Record<string, string>;
}

export interface ApiRoute<B = unknown, Q = unknown, A extends Access = Access> {
  method: "get" | "post" | "put" | "patch" | "delete";
  /** Hono path, e.g. "/api/reports/:id". */
  path: string;
  summary: string;
  tag: string;
  access: A;
  body?: z.ZodType<B>;
  query?: z.ZodType<Q>;
  /**
   * A body that is not JSON (a file upload): the handler reads it itself (`c.req.arrayBuffer()`); this describes it
   * for the OpenAPI document.
   */
  rawBody?: RawBody;
  /** Statuses this route answers besides the common ones, with what they mean (for the OpenAPI document). */
  responses?: Record<string, string>;
  /** Returns the JSON body (status 200), or a Response of its own. */
  handle(input: RouteInput<B, Q> & { actor: A extends "signedIn" ? Actor : Actor | null }): Promise<unknown>;
}

export interface RawBody {
  /** The media types accepted as the body. */
  mediaTypes: readonly string[];
  description: string;
  /** Request headers that go with the body, e.g. the file name. */
  headers?: readonly { name: string; description: string; required: boolean }[];
}

export interface AppEnv {
  Variables: {
    actor: Actor | null;
    /** For a request about one report (/api/reports/:id…): its head, read with the session in one query. */
    reportHead: ReportHead | undefined;
    /** The client's address and whether it came over HTTPS (trusted-proxy headers applied; see client-address.ts). */
    client: ClientInfo;
  };
}

export function defineRoute<B = undefined, Q = undefined, A extends Access = "signedIn">(
  route: ApiRoute<B, Q, A>,
): ApiRoute {
  return route as unknown as ApiRoute;
}

/** A JSON response from text that is already JSON (a stored dataset or audit), sent without parsing it again. */
export function jsonText(c: Context, text: string, headers: Record<string, string> = {}): Response {
  return c.body(text, 200, { "content-type": "application/json; charset=utf-8", ...headers });
}

/** The HTTP status of each kind of AppError: the one place where refusals become statuses (see create-app's onError). */
export const HTTP_STATUS_OF = {
  malformed: 400,
  unauthenticated: 401,
  forbidden: 403,
  "not-found": 404,
  conflict: 409,
  "too-large": 413,
  "unsupported-type": 415,
  invalid: 422,
  locked: 423,
  "rate-limited": 429,
  internal: 500,
  unavailable: 503,
} as const satisfies Record<AppErrorCode, number>;

export type AppErrorStatus = (typeof HTTP_STATUS_OF)[AppErrorCode];

/** The AppError code answered with `status` (each status belongs to one code). */
export function codeOfStatus(status: AppErrorStatus): AppErrorCode {
  return (Object.keys(HTTP_STATUS_OF) as AppErrorCode[]).find((code) => HTTP_STATUS_OF[code] === status) ?? "internal";
}
