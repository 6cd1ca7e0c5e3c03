/**
 * The 单位负责人's sign-off in the signature blocks: given, every report of the package (the 部门整体 report, the
 * unit's own reports, the generated project reports) names the 负责人 and the day of the sign-off under the unit;
 * absent, the blocks are as before (the unit and its filing date).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Dataset } from "../../core/dataset/schema.ts";
import { getBuiltinProfile } from "../../core/profiles/builtin-profiles.ts";
import type { RuleProfile } from "../../core/profiles/profile-schema.ts";
import { buildDocumentPackage } from "../build-package.ts";
import { readDocxText } from "../read-docx-text.ts";

function example(name: string): Dataset {
  return Dataset.parse(JSON.parse(readFileSync(new URL(`../../../examples/${name}.json`, import.meta.url), "utf8")));
}

const signOff = { leader: "王明", signedAt: "2025-07-14T17:30:00.000Z" };

async function reportTexts(name: string, profile: string, withSignOff: boolean): Promise<Map<string, string>> {
  const files = await buildDocumentPackage({
    dataset: example(name),
    profile: getBuiltinProfile(profile) as RuleProfile,
    only: ["selfEvaluationReport"],
    ...(withSignOff ? { signOff } : {}),
  });
  return new Map(files.map((file) => [file.name, readDocxText(file.data)]));
}

describe("the 单位负责人's sign-off in the signature block", () => {
  it("零陵: the 负责人 and the sign-off day (in Beijing) under the unit, instead of the unit's filing date", async () => {
    const [signed] = [...(await reportTexts("lingling-2024", "hunan", true)).values()];
    expect(signed).toContain("\n永州市零陵区科学技术协会\n单位负责人：王明\n2025年7月15日\n附件1");
    expect(signed).not.toContain("\n永州市零陵区科学技术协会\n2025年7月10日\n附件1");
    const [plain] = [...(await reportTexts("lingling-2024", "hunan", false)).values()];
    expect(plain).toContain("\n永州市零陵区科学技术协会\n2025年7月10日\n附件1");
    expect(plain).not.toContain("单位负责人");
  });

  it("凉山: every report of the package, the unit's own and the generated ones alike", async () => {
    const signed = await reportTexts("liangshan-2023", "sichuan", true);
    const plain = await reportTexts("liangshan-2023", "sichuan", false);
    expect(signed.size).toBe(plain.size);
    expect(signed.size).toBeGreaterThan(20);
    for (const [name, text] of signed) {
      expect(text, name).toContain("凉山州科学技术协会\n单位负责人：王明\n2025年7月15日");
      expect(plain.get(name), name).not.toContain("单位负责人：");
    }
    // Without the sign-off, the unit's own date (2024年1月15日) stands where it had one; with it, the sign-off day.
    const dated = [...plain].filter(([, text]) => text.includes("凉山州科学技术协会\n2024年1月15日"));
    expect(dated.length).toBeGreaterThan(0);
    for (const [name] of dated) expect(signed.get(name), name).not.toContain("凉山州科学技术协会\n2024年1月15日");
  });
});
