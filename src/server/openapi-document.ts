/**
 * The OpenAPI 3.1 document of the API, made from the same route descriptions the server runs (api-route.ts) — the
 * zod schemas of each route's input and of its answer (the DTOs of src/server/dto) — and a page that shows it to a
 * person without any script from elsewhere. Schemas with an id (Dataset, Report, Scores, …) are written once under
 * components.schemas and referred to from each route. Every answer but a 200 is an ErrorDto.
 * @module
 */
import { z } from "zod";
import type { ApiRoute, FileResponse } from "./api-route.ts";
import { ErrorDto } from "./dto/common-dto.ts";

function openApiPath(path: string): string {
  return path.replace(/:(\w+)/g, "{$1}");
}

interface Parameter {
  name: string | undefined;
  in: "path" | "query" | "header";
  required: boolean;
  schema: unknown;
  description?: string;
}

/** Schemas with an id, by id, as the routes' schemas refer to them. */
type Components = Record<string, unknown>;

/**
 * The JSON Schema of `schema`, its named parts moved to `components` (zod puts them in $defs) and every reference
 * to them pointed there.
 */
function jsonSchemaOf(schema: z.ZodType, io: "input" | "output", components: Components): unknown {
  const {
    $schema: _,
    $defs,
    ...rest
  } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Record<string, unknown> & {
    $defs?: Record<string, unknown>;
  };
  const toComponents = (value: unknown): unknown =>
    JSON.parse(JSON.stringify(value).replaceAll('"#/$defs/', '"#/components/schemas/'));
  for (const [id, definition] of Object.entries($defs ?? {})) components[id] ??= toComponents(definition);
  return toComponents(rest);
}

/** The 200 answer of a route: its JSON body's schema, or the file it sends. */
function successOf(route: ApiRoute, components: Components) {
  const response = route.response;
  if (!isFileResponse(response))
    return {
      description: "成功",
      content: { "application/json": { schema: jsonSchemaOf(response, "output", components) } },
    };
  return {
    description: response.description,
    content: Object.fromEntries(
      response.file.map((type) => [
        type,
        {
          schema:
            type === "application/json" && response.schema
              ? jsonSchemaOf(response.schema, "output", components)
              : { type: "string", format: "binary" },
        },
      ]),
    ),
  };
}

/**
 * Whether the route writes against a version the client read (a `version` in its body, or the X-Report-Version
 * header of an upload): only those can answer 409 for a version conflict. Other conflicts are the route's own
 * `responses`.
 */
function checksVersion(route: ApiRoute): boolean {
  if (route.rawBody?.headers?.some((header) => header.name.toLowerCase() === "x-report-version")) return true;
  if (!route.body) return false;
  const schema = z.toJSONSchema(route.body, { io: "input", unrepresentable: "any" }) as {
    properties?: Record<string, unknown>;
  };
  return schema.properties?.version !== undefined;
}

export function isFileResponse(response: ApiRoute["response"]): response is FileResponse {
  return "file" in response && Array.isArray((response as FileResponse).file);
}

export function buildOpenApiDocument(routes: readonly ApiRoute[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  const components: Components = {};
  const error = { content: { "application/json": { schema: jsonSchemaOf(ErrorDto, "output", components) } } };
  const refusal = (description: string) => ({ description, ...error });
  for (const route of routes) {
    const path = openApiPath(route.path);
    const parameters: Parameter[] = [...route.path.matchAll(/:(\w+)/g)].map((m) => ({
      name: m[1],
      in: "path",
      required: true,
      schema: { type: "string" },
    }));
    if (route.query) {
      const schema = jsonSchemaOf(route.query, "input", components) as {
        properties?: Record<string, unknown>;
        required?: string[];
      };
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        parameters.push({ name, in: "query", required: schema.required?.includes(name) ?? false, schema: property });
      }
    }
    for (const header of route.rawBody?.headers ?? []) {
      parameters.push({
        name: header.name,
        in: "header",
        required: header.required,
        schema: { type: "string" },
        description: header.description,
      });
    }
    paths[path] ??= {};
    (paths[path] as Record<string, unknown>)[route.method] = {
      summary: route.summary,
      tags: [route.tag],
      security: route.access === "public" ? [] : [{ session: [] }],
      parameters,
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: {
                "application/json": { schema: jsonSchemaOf(route.body, "input", components) },
              },
            },
          }
        : route.rawBody
          ? {
              requestBody: {
                required: true,
                description: route.rawBody.description,
                content: Object.fromEntries(
                  route.rawBody.mediaTypes.map((type) => [type, { schema: { type: "string", format: "binary" } }]),
                ),
              },
            }
          : {}),
      responses: {
        "200": successOf(route, components),
        "400": refusal("输入不合规（details.issues 给出位置）"),
        ...(route.access === "public" ? {} : { "401": refusal("未登录"), "403": refusal("无权操作或 CSRF 令牌无效") }),
        "404": refusal("不存在或无权查看"),
        ...(checksVersion(route) ? { "409": refusal("版本冲突：数据已被他人修改") } : {}),
        "500": refusal("服务器内部错误"),
        ...Object.fromEntries(
          Object.entries(route.responses ?? {}).map(([status, description]) => [
            status,
            status === "200" ? { ...successOf(route, components), description } : refusal(description),
          ]),
        ),
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "绩效 Jixiao API",
      version: "0.1.0",
      description:
        "预算单位绩效自评、校验与公开的接口。会话用 HttpOnly Cookie；除登录外，改变数据的请求须带 X-CSRF-Token 头（登录或 GET /api/session 返回）。金额为整数分或精确小数文本。",
    },
    components: {
      schemas: components,
      securitySchemes: { session: { type: "apiKey", in: "cookie", name: "jixiao_session" } },
    },
    paths,
  };
}

/** A plain page that fetches /api/openapi.json and lists the operations (no external scripts: CSP is 'self'). */
export const OPENAPI_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>绩效 Jixiao API 文档</title>
<style>body{font-family:"Noto Sans CJK SC",sans-serif;margin:2em;max-width:70em}h2{border-bottom:1px solid #ccc}
.op{margin:.6em 0;padding:.4em .6em;border-left:4px solid #4a7}code{background:#f4f4f4;padding:0 .3em}
.m{display:inline-block;width:5em;font-weight:bold;text-transform:uppercase}pre{background:#f8f8f8;padding:.6em;overflow:auto;font-size:12px}</style>
</head><body><h1>绩效 Jixiao API</h1><p>机器可读文档：<a href="/api/openapi.json">/api/openapi.json</a></p><div id="ops">加载中…</div>
<script src="/api/docs.js"></script></body></html>`;

export const OPENAPI_PAGE_SCRIPT = `fetch("/api/openapi.json").then(r=>r.json()).then(doc=>{
const root=document.getElementById("ops");root.textContent="";
const p=document.createElement("p");p.textContent=doc.info.description;root.appendChild(p);
const byTag={};for(const [path,ops] of Object.entries(doc.paths))for(const [m,op] of Object.entries(ops))(byTag[op.tags[0]]??=[]).push([m,path,op]);
for(const [tag,ops] of Object.entries(byTag)){const h=document.createElement("h2");h.textContent=tag;root.appendChild(h);
for(const [m,path,op] of ops){const d=document.createElement("div");d.className="op";
const s=document.createElement("span");s.className="m";s.textContent=m;d.appendChild(s);
const c=document.createElement("code");c.textContent=path;d.appendChild(c);d.appendChild(document.createTextNode(" "+op.summary));
if(op.requestBody){const pre=document.createElement("pre");const json=op.requestBody.content["application/json"];
pre.textContent=json?JSON.stringify(json.schema,null,1):(op.requestBody.description||"")+"\\n"+Object.keys(op.requestBody.content).join(", ");d.appendChild(pre);}
root.appendChild(d);}}});`;
