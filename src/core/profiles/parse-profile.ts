/**
 * Validates a user's own rule profile (a JSON file with the shape of `profiles/national.json`), reporting every
 * problem in Chinese with its path. Never throws.
 * @module
 */
import { z } from "zod";
import { describeJsonErrorPlace, type InputIssue } from "../dataset/validate-dataset.ts";
import { formatPath } from "../dataset/dataset-path.ts";
import { RuleProfile } from "./profile-schema.ts";

z.config(z.locales.zhCN());

export type ProfileResult = { ok: true; profile: RuleProfile } | { ok: false; issues: InputIssue[] };

export function parseProfileJson(text: string): ProfileResult {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, issues: [{ location: describeJsonErrorPlace(text), message: "规则方案不是合法的 JSON" }] };
  }
  const result = RuleProfile.safeParse(value);
  if (!result.success) {
    return {
      ok: false,
      issues: result.error.issues.map((issue) => ({
        location: formatPath(issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))) || "（根）",
        message: issue.message,
      })),
    };
  }
  const bands = result.data.gradeBands.map((b) => Number(b.min));
  if (bands.some((min, i) => i > 0 && min >= (bands[i - 1] as number))) {
    return { ok: false, issues: [{ location: "gradeBands", message: "等级下限应自高到低排列" }] };
  }
  return { ok: true, profile: result.data };
}
