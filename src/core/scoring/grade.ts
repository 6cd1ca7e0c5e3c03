/** The grade (优/良/中/差 by default) of a total on the 100-point scale, by the profile's half-open bands. */
import type { Dec } from "../numbers/decimal.ts";
import type { RuleProfile } from "../profiles/profile-schema.ts";

export function gradeOf(total: Dec, profile: RuleProfile): string {
  for (const band of profile.gradeBands) {
    if (total.greaterThanOrEqualTo(band.min)) return band.grade;
  }
  return profile.gradeBands[profile.gradeBands.length - 1]?.grade ?? "";
}
