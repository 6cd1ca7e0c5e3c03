/**
 * An error the CLI reports to the user as is (Chinese message, where it happened) with exit code 2 — never a stack
 * trace.
 * @module
 */
export class InputError extends Error {
  constructor(
    message: string,
    readonly details: readonly { location: string; message: string }[] = [],
  ) {
    super(message);
    this.name = "InputError";
  }
}
