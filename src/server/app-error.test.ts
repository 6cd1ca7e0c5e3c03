/** Each kind of AppError has its own HTTP status, and a status named by route code maps back to its kind. */
import { describe, expect, it } from "vitest";
import { codeOfStatus, HTTP_STATUS_OF } from "./api-route.ts";
import { APP_ERROR_CODES, AppError, invalidInput, notFound } from "./app-error.ts";
import { HttpError } from "./http-error.ts";

describe("AppError", () => {
  it("gives every kind one status of its own", () => {
    const statuses = APP_ERROR_CODES.map((code) => HTTP_STATUS_OF[code]);
    expect(new Set(statuses).size).toBe(APP_ERROR_CODES.length);
    expect(HTTP_STATUS_OF["not-found"]).toBe(404);
    expect(HTTP_STATUS_OF.locked).toBe(423);
    expect(HTTP_STATUS_OF.invalid).toBe(422);
  });

  it("maps a status named by route code back to its kind", () => {
    for (const code of APP_ERROR_CODES) expect(codeOfStatus(HTTP_STATUS_OF[code])).toBe(code);
    const error = new HttpError(429, "尝试次数过多");
    expect(error).toBeInstanceOf(AppError);
    expect([error.code, error.message]).toEqual(["rate-limited", "尝试次数过多"]);
  });

  it("names the first located issue of invalid input and keeps them all", () => {
    const issues = [
      { location: "projects[2].name", message: "不能为空" },
      { location: "year", message: "应为整数" },
    ];
    const error = invalidInput("数据集不合规：", issues);
    expect([error.code, error.message, error.location]).toEqual([
      "invalid",
      "数据集不合规：projects[2].name 不能为空",
      "projects[2].name",
    ]);
    expect(error.details).toEqual({ issues });
    expect(notFound("报表").message).toBe("报表不存在或无权查看");
  });
});
