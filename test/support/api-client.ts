/**
 * A small API client for tests: keeps the session cookie and the CSRF token like a browser page would, and talks to
 * the app in-process (`app.request`, no socket) or to a real server over loopback (`baseUrl`).
 * @module
 */
import type { Hono } from "hono";

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export class ApiClient {
  cookie = "";
  csrfToken = "";

  constructor(private readonly target: { app: Hono<any> } | { baseUrl: string }) {}

  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    extraHeaders: Record<string, string> = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...extraHeaders };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrfToken && method !== "GET" && !("x-csrf-token" in extraHeaders))
      headers["x-csrf-token"] = this.csrfToken;
    let payload: string | undefined;
    if (body !== undefined) {
      headers["content-type"] ??= "application/json";
      payload = typeof body === "string" ? body : JSON.stringify(body);
    }
    const init: RequestInit = { method, headers, body: payload };
    const response =
      "app" in this.target
        ? await this.target.app.request(path, init)
        : await fetch(`${this.target.baseUrl}${path}`, init);
    const setCookie = response.headers.get("set-cookie");
    if (setCookie) {
      const pair = setCookie.split(";")[0] ?? "";
      this.cookie = /=$/.test(pair) || /Max-Age=0/i.test(setCookie) ? "" : pair;
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON (a file download): keep the text
    }
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  get<T = any>(path: string) {
    return this.request<T>("GET", path);
  }
  post<T = any>(path: string, body?: unknown) {
    return this.request<T>("POST", path, body ?? {});
  }
  put<T = any>(path: string, body: unknown) {
    return this.request<T>("PUT", path, body);
  }
  patch<T = any>(path: string, body: unknown) {
    return this.request<T>("PATCH", path, body);
  }
  delete<T = any>(path: string) {
    return this.request<T>("DELETE", path);
  }

  async signIn(username: string, password: string): Promise<ApiResponse> {
    const response = await this.post("/api/session", { username, password });
    if (response.status === 200) this.csrfToken = response.body.csrfToken;
    return response;
  }
}
