/**
 * The HTTP application: security headers and body limits on everything, the session and CSRF checks, the API
 * routes (each validated with zod, then handed to its use case, which authorizes), the OpenAPI document, and Chinese
 * JSON errors — every AppError answered with its kind's status here, never a stack trace.
 * @module
 */
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { getCookie } from "hono/cookie";
import { secureHeaders } from "hono/secure-headers";
import type { z } from "zod";
import { StaleVersionError } from "../storage/reports-repository.ts";
import { type ApiRoute, type AppEnv, HTTP_STATUS_OF, isJsonOf } from "./api-route.ts";
import { AppError } from "./app-error.ts";
import { buildOpenApiDocument, OPENAPI_PAGE, OPENAPI_PAGE_SCRIPT } from "./openapi-document.ts";
import { allRoutes } from "./routes/all-routes.ts";
import { clientOf, DEFAULT_TRANSPORT, type TransportSettings } from "./security/client-address.ts";
import { readJsonBody } from "./security/read-json-body.ts";
import { SESSION_COOKIE } from "./routes/session-routes.ts";
import type { Services } from "./services/services.ts";
import { loadWebAppFiles, NOT_BUILT_PAGE, type WebAppFiles } from "./web-app-files.ts";

/** The largest request body: a whole dataset (the largest sample is under 2 MB) with room to spare. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/** /api/reports/<uuid> and below: the id of the report a request is about (a malformed id is left to the route). */
const REPORT_PATH = /^\/api\/reports\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:\/|$)/;

export interface AppOptions {
  /** The browser app's files (default: the build in dist/web, read once). */
  webApp?: WebAppFiles;
  /** Which proxies' X-Forwarded-For/-Proto are believed (default: none). */
  transport?: TransportSettings;
}

/** HSTS for a year, only on responses that went out over HTTPS (over plain HTTP a browser ignores it anyway). */
const HSTS = "max-age=31536000; includeSubDomains";

export function createApp(services: Services, options: AppOptions = {}): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const webApp = options.webApp ?? loadWebAppFiles();
  const routes = allRoutes(services);

  const transport = options.transport ?? DEFAULT_TRANSPORT;
  app.use("*", async (c, next) => {
    c.set("client", clientOf(c, transport));
    await next();
    if (c.get("client").https) c.header("strict-transport-security", HSTS);
  });
  // Private answers (and downloads) are never kept by a browser or a shared cache; the public pages decide their own.
  app.use("/api/*", async (c, next) => {
    await next();
    if (!c.req.path.startsWith("/api/public/")) c.header("cache-control", "no-store");
  });
  app.use(
    "*",
    secureHeaders({
      strictTransportSecurity: false,
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  const limitBody = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new AppError("too-large", `请求体过大（上限 ${MAX_BODY_BYTES / 1024 / 1024} MB）`);
    },
  });
  // A GET or HEAD has no body (the Node adapter gives it none), and asking for one makes the adapter build a whole
  // Fetch Request (with its AbortSignal) for nothing — on every read.
  app.use("/api/*", (c, next) => (c.req.method === "GET" || c.req.method === "HEAD" ? next() : limitBody(c, next)));

  // Who is calling: the session cookie, checked against the database on every request. A request about one report
  // gets the report's head in the same query (most requests are; on PostgreSQL each query is a round trip).
  app.use("/api/*", async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const reportId = REPORT_PATH.exec(c.req.path)?.[1];
    if (token && reportId) {
      const { actor, head } = await services.auth.actorWithReportHead(token, reportId);
      c.set("actor", actor);
      c.set("reportHead", head);
    } else {
      c.set("actor", token ? await services.auth.actorOf(token) : null);
    }
    await next();
  });

  // A state-changing request of a signed-in user must carry the session's CSRF token in a header, which another
  // site's page cannot read or set.
  app.use("/api/*", async (c, next) => {
    const actor = c.get("actor");
    if (actor && !SAFE_METHODS.has(c.req.method) && c.req.header("x-csrf-token") !== actor.csrfToken) {
      throw new AppError("forbidden", "请求缺少有效的 CSRF 令牌，请刷新页面后重试");
    }
    await next();
  });

  for (const route of routes) register(app, route);

  // Made once, on first request: the routes do not change while the process runs (about 110 KB, 30 ms to make).
  let openApiDocument: ReturnType<typeof buildOpenApiDocument> | undefined;
  app.get("/api/openapi.json", (c) => c.json((openApiDocument ??= buildOpenApiDocument(routes))));
  app.get("/api/docs", (c) => c.html(OPENAPI_PAGE));
  app.get("/api/docs.js", (c) =>
    c.body(OPENAPI_PAGE_SCRIPT, 200, { "content-type": "text/javascript; charset=utf-8" }),
  );
  app.all("/api/*", () => {
    throw new AppError("not-found", "没有这个接口");
  });

  // Everything else is the browser app.
  app.on(["GET", "HEAD"], "*", (c) => {
    const file = webApp.resolve(c.req.path);
    if (file) return c.body(file.body as Uint8Array<ArrayBuffer>, file.status, file.headers);
    if (!webApp.built) return c.html(NOT_BUILT_PAGE, 503);
    return c.text("没有这个文件", 404);
  });

  app.onError((error, c) => {
    if (error instanceof StaleVersionError) {
      return c.json(
        { error: error.message, details: { yourVersion: error.expected, currentVersion: error.current } },
        409,
      );
    }
    if (error instanceof AppError) {
      return c.json(
        {
          error: error.message,
          ...(error.location !== undefined ? { location: error.location } : {}),
          ...(error.details ? { details: error.details } : {}),
        },
        HTTP_STATUS_OF[error.code],
      );
    }
    console.error(`[jixiao] ${c.req.method} ${c.req.path}:`, error);
    return c.json({ error: "服务器内部错误，请稍后重试" }, 500);
  });
  return app;
}

function register(app: Hono<AppEnv>, route: ApiRoute): void {
  app.on(route.method.toUpperCase(), route.path, async (c) => {
    const actor = c.get("actor");
    if (route.access === "signedIn" && !actor) throw new AppError("unauthenticated", "请先登录");
    const params = c.req.param() as Record<string, string>;
    // No id contains a NUL (PostgreSQL cannot even compare text with one): "%00" in a path is not found.
    if (Object.values(params).some((value) => value.includes("\u0000")))
      throw new AppError("not-found", "请求的对象不存在");
    const body = route.body ? parseInput(route.body, await readJsonBody(c.req.raw), "请求体") : undefined;
    const query = route.query ? parseInput(route.query, c.req.query(), "查询参数") : undefined;
    const result = await route.handle({ c, actor: actor as never, body, query, params });
    if (result instanceof Response) return result;
    if (isJsonOf(result)) return c.body(result, 200, { "content-type": "application/json; charset=utf-8" });
    return c.json(result as object);
  });
}

function parseInput<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues
    .slice(0, 50)
    .map((issue) => ({ location: issue.path.join(".") || "（根）", message: issue.message }));
  throw new AppError("malformed", `${what}不合规：${issues[0]?.location} ${issues[0]?.message}`, {
    location: issues[0]?.location,
    details: { issues },
  });
}
