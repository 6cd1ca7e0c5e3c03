/** The rule profile a report is scored with, by its stored id (an unknown id falls back to the default profile). */
import { DEFAULT_PROFILE_ID, getBuiltinProfile } from "../../core/profiles/builtin-profiles.ts";
import type { RuleProfile } from "../../core/profiles/profile-schema.ts";

export function profileOf(id: string): RuleProfile {
  const profile = getBuiltinProfile(id) ?? getBuiltinProfile(DEFAULT_PROFILE_ID);
  if (!profile) throw new Error("内置规则方案缺失");
  return profile;
}
