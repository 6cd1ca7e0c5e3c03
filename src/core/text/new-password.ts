/**
 * What a new password must be — a user's own change, a 管理员's new user or reset, typed or generated — decided once:
 * the server's schema (src/server/security/password.ts) and the web's forms both read it.
 * @module
 */
export const NEW_PASSWORD_RULE = {
  min: 10,
  max: 200,
  tooShort: "密码至少 10 位",
  tooLong: "密码最多 200 位",
} as const;

/** Why `password` cannot be a new password (the message the server would give), or undefined when it can. */
export function newPasswordProblem(password: string): string | undefined {
  if (password.length < NEW_PASSWORD_RULE.min) return NEW_PASSWORD_RULE.tooShort;
  if (password.length > NEW_PASSWORD_RULE.max) return NEW_PASSWORD_RULE.tooLong;
  return undefined;
}
