/**
 * Talks to the server's JSON API. The session lives in an HttpOnly cookie the page never sees; the CSRF token the
 * server hands out at sign-in is kept here and sent with every state-changing request. Errors come back as ApiError
 * with the server's Chinese message (and its details, e.g. both versions of a 409): the server's ErrorDto.
 */
import type { ErrorDto } from "../../../src/server/dto/common-dto.ts";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

async function request(
  method: Method,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  const init: RequestInit = { method, headers: { ...headers }, credentials: "same-origin" };
  if (method !== "GET" && csrfToken) (init.headers as Record<string, string>)["x-csrf-token"] = csrfToken;
  if (body instanceof Blob || body instanceof ArrayBuffer) {
    init.body = body;
  } else if (body !== undefined) {
    (init.headers as Record<string, string>)["content-type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError(0, "无法连接服务器，请检查网络后重试");
  }
  if (!response.ok) {
    let message = `请求失败（${response.status}）`;
    let details: unknown;
    try {
      // Partial: a proxy in between may answer JSON of its own.
      const payload = (await response.json()) as Partial<ErrorDto>;
      if (payload.error) message = payload.error;
      details = payload.details;
    } catch {
      // Not JSON (a proxy's error page): the status line is all there is.
    }
    throw new ApiError(response.status, message, details);
  }
  return response;
}

export const api = {
  async get<T>(path: string): Promise<T> {
    return (await request("GET", path)).json() as Promise<T>;
  },
  async post<T>(path: string, body?: unknown, headers?: Record<string, string>): Promise<T> {
    return (await request("POST", path, body ?? {}, headers)).json() as Promise<T>;
  },
  async put<T>(path: string, body: unknown): Promise<T> {
    return (await request("PUT", path, body)).json() as Promise<T>;
  },
  async patch<T>(path: string, body: unknown): Promise<T> {
    return (await request("PATCH", path, body)).json() as Promise<T>;
  },
  async delete<T>(path: string): Promise<T> {
    return (await request("DELETE", path)).json() as Promise<T>;
  },
  /** A file from the API (a ZIP, an .xlsx, an attachment) as a Blob with the name the server gave it. */
  async download(path: string): Promise<{ blob: Blob; fileName: string }> {
    const response = await request("GET", path);
    const disposition = response.headers.get("content-disposition") ?? "";
    const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
    const plain = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
    const fileName = encoded ? decodeURIComponent(encoded) : (plain ?? "下载");
    return { blob: await response.blob(), fileName };
  },
};

/** Hands a Blob to the browser as a download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
