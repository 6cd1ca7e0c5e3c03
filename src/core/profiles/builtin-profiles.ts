/**
 * The rule profiles that ship with Jixiao, read from the data files in `profiles/` (data, not code: a user's own
 * profile file has exactly the same shape). `national` is the default.
 * @module
 */
import hunan from "../../../profiles/hunan.json" with { type: "json" };
import national from "../../../profiles/national.json" with { type: "json" };
import sichuan from "../../../profiles/sichuan.json" with { type: "json" };
import { RuleProfile } from "./profile-schema.ts";

export const DEFAULT_PROFILE_ID = "national";

const BUILTIN: Record<string, RuleProfile> = Object.fromEntries(
  [national, sichuan, hunan].map((raw) => {
    const profile = RuleProfile.parse(raw);
    return [profile.id, profile];
  }),
);

export function builtinProfileIds(): string[] {
  return Object.keys(BUILTIN);
}

/** A built-in profile by id, or undefined. */
export function getBuiltinProfile(id: string): RuleProfile | undefined {
  return BUILTIN[id];
}

export function defaultProfile(): RuleProfile {
  return BUILTIN[DEFAULT_PROFILE_ID] as RuleProfile;
}
