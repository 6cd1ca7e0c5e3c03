/**
 * An AppError named by its HTTP status, for code of the HTTP layer that thinks in statuses (a route's header checks,
 * the body limits). The status is turned back into its AppError code through the one table of api-route.ts, so the
 * error handler answers it like any other AppError. Use cases throw AppError itself.
 * @module
 */
import { AppError } from "./app-error.ts";
import { codeOfStatus, type AppErrorStatus } from "./api-route.ts";

export class HttpError extends AppError {
  constructor(status: AppErrorStatus, message: string, details?: unknown) {
    super(codeOfStatus(status), message, { details });
  }
}
