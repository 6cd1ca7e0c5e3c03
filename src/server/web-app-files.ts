/**
 * The browser app's files (the Vite build in dist/web), served at "/". They are read once at start: the build is a
 * handful of small files, and keeping them in memory makes every page load a lookup. Hashed files under /assets/
 * are cached for a year; index.html never, so a new build is picked up at the next load. A path of one of the app's
 * pages gets index.html (the app routes in the browser); any other path too, but as a 404.
 * @module
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import { packagePath } from "../project-files.ts";

export const DEFAULT_WEB_ROOT = packagePath("dist", "web");

const MEDIA_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json; charset=utf-8",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

interface WebFile {
  body: Uint8Array;
  headers: Record<string, string>;
  /** 200, or 404 for the app page at a path the app has no page for (it then says so itself). */
  status: 200 | 404;
}

/** The first path segments of the app's pages (web/src/app/routes.tsx); other paths get the page with a 404. */
const APP_PAGES = new Set(["", "public", "reports", "review", "dashboard"]);

export interface WebAppFiles {
  /** The file for a request path, index.html for an app page, or null (no build, or a missing asset). */
  resolve(path: string): WebFile | null;
  readonly built: boolean;
}

export function loadWebAppFiles(root: string = DEFAULT_WEB_ROOT): WebAppFiles {
  const files = new Map<string, WebFile>();
  if (existsSync(join(root, "index.html"))) {
    for (const file of walk(root)) {
      const urlPath = `/${relative(root, file).split(sep).join("/")}`;
      const immutable = urlPath.startsWith("/assets/");
      files.set(urlPath, {
        status: 200,
        body: readFileSync(file),
        headers: {
          "content-type": MEDIA_TYPES[extname(file)] ?? "application/octet-stream",
          "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
        },
      });
    }
  }
  const index = files.get("/index.html") ?? null;
  return {
    built: index !== null,
    resolve(path) {
      const file = files.get(path);
      if (file) return file;
      // A missing hashed asset is a 404 (an old page asking for a file of an earlier build), not the app page.
      if (!index || path.startsWith("/assets/") || extname(path) !== "") return null;
      return APP_PAGES.has(path.split("/")[1] ?? "") ? index : { ...index, status: 404 };
    },
  };
}

function* walk(directory: string): Generator<string> {
  for (const name of readdirSync(directory)) {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** Shown at "/" when the app has not been built (a checkout where only the API was started). */
export const NOT_BUILT_PAGE = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>绩效</title>
<body style="font-family:sans-serif;padding:40px"><h1>网页尚未构建</h1>
<p>请先运行 <code>npm run build:web</code>（<code>npm start</code> 会自动构建）。接口仍可使用：<a href="/api/docs">/api/docs</a>。</p></body></html>`;
