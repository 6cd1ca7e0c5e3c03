import { describe, expect, it } from "vitest";
import { newPasswordProblem } from "../../core/text/new-password.ts";
import { NEW_PASSWORD } from "./password.ts";

describe("the new-password rule", () => {
  it("refuses what the server refuses, with the server's message", () => {
    for (const password of ["", "short", "123456789", "x".repeat(201), "密码".repeat(4)]) {
      const server = NEW_PASSWORD.safeParse(password);
      expect(server.success).toBe(false);
      expect(newPasswordProblem(password)).toBe(server.error?.issues[0]?.message);
    }
    for (const password of ["1234567890", "typed-password-1", "x".repeat(200), "中文密码也可以用十位"]) {
      expect(NEW_PASSWORD.safeParse(password).success).toBe(true);
      expect(newPasswordProblem(password)).toBeUndefined();
    }
  });
});
