/**
 * One description per API route — method, path, who may call it, the zod schemas of its input — from which both
 * the Hono handlers and the OpenAPI document are made, so the document cannot drift from what the server accepts.
 * @module
 */
import type { Context } from "hono";
import type { z } from "zod";
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
  /** Returns the JSON body (status 200), or a Response of its own. */
  handle(input: RouteInput<B, Q> & { actor: A extends "signedIn" ? Actor : Actor | null }): Promise<unknown>;
}

export interface AppEnv {
  Variables: { actor: Actor | null };
}

export function defineRoute<B = undefined, Q = undefined, A extends Access = "signedIn">(route: ApiRoute<B, Q, A>): ApiRoute {
  return route as unknown as ApiRoute;
}

/** A JSON response from text that is already JSON (a stored dataset or audit), sent without parsing it again. */
export function jsonText(c: Context, text: string, headers: Record<string, string> = {}): Response {
  return c.body(text, 200, { "content-type": "application/json; charset=utf-8", ...headers });
}
