/**
 * An error that becomes an HTTP response: a status and a Chinese message (plus optional details such as the JSON
 * paths of invalid input). Anything else that escapes a route becomes a 500 with a generic message, never a stack.
 * @module
 */
export class HttpError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 423 | 429 | 500 | 503,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new HttpError(404, `${what}不存在或无权查看`);
export const forbidden = (why: string) => new HttpError(403, why);
