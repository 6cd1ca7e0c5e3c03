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

/**
 * A route's answer when it is not JSON: a file, of one of these media types (a download, a PDF, a workbook). Its
 * OpenAPI response is the binary body; when it is JSON text sent as it is stored (a dataset to download), `schema`
 * describes it.
 */
export interface FileResponse {
  file: readonly string[];
  description: string;
  schema?: z.ZodType;
}

export interface ApiRoute<B = unknown, Q = unknown, A extends Access = Access, R = unknown> {
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
  /**
   * What the route answers with status 200: the zod schema of its JSON body (a DTO of src/server/dto, whose type the
   * handler must return and the web imports), or the file it sends. Every route has one; any other status answers
   * with ErrorDto.
   */
  response: z.ZodType<R> | FileResponse;
  /** Statuses this route answers besides the common ones, with what they mean (for the OpenAPI document). */
  responses?: Record<string, string>;
  /**
   * Returns the JSON body (status 200) in the shape of `response` — as a value, or already serialized as a
   * `JsonOf<R>` (a kept summary, a stored report), sent as it is — or a Response of its own (a file).
   */
  handle(
    input: RouteInput<B, Q> & { actor: A extends "signedIn" ? Actor : Actor | null },
  ): Promise<NoInfer<R> | JsonOf<NoInfer<R>> | Response>;
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

export function defineRoute<B = undefined, Q = undefined, A extends Access = "signedIn", R = unknown>(
  route: ApiRoute<B, Q, A, R>,
): ApiRoute {
  return route as unknown as ApiRoute;
}

declare const JSON_OF: unique symbol;

/**
 * JSON that is already text or bytes (a stored dataset, a kept summary) and is a `T`: what a use case answers when
 * it does not parse what it sends. Made by `jsonOf` where the JSON is put together, so the use case's signature
 * names its DTO and a route answering with it is checked against its `response` like any other.
 */
export type JsonOf<T> = (string | Uint8Array<ArrayBuffer>) & { readonly [JSON_OF]: T };

/** Text stays text (it can be put inside other JSON), bytes stay bytes. */
export function jsonOf<T>(json: string): JsonOf<T> & string;
export function jsonOf<T>(json: Uint8Array<ArrayBuffer>): JsonOf<T> & Uint8Array<ArrayBuffer>;
export function jsonOf<T>(json: string | Uint8Array<ArrayBuffer>): JsonOf<T> {
  return json as JsonOf<T>;
}

/** Whether a route's answer is serialized JSON (a JsonOf) rather than a value to serialize. */
export function isJsonOf(answer: unknown): answer is JsonOf<unknown> {
  return typeof answer === "string" || answer instanceof Uint8Array;
}

/** A JSON response from text that is already JSON (a stored dataset or audit), sent without parsing it again. */
export function jsonText(c: Context, json: JsonOf<unknown>, headers: Record<string, string> = {}): Response {
  return c.body(json, 200, { "content-type": "application/json; charset=utf-8", ...headers });
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
