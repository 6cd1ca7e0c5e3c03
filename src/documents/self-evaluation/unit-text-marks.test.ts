/**
 * The unit's run-in headings a transcription marks bold ("**2、多层次开展科普工作。**", 乐山) print bold, without
 * their asterisks.
 */
import { readFileSync } from "node:fs";
import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { Dataset } from "../../core/dataset/schema.ts";
import { getBuiltinProfile } from "../../core/profiles/builtin-profiles.ts";
import type { RuleProfile } from "../../core/profiles/profile-schema.ts";
import { buildDocumentPackage } from "../build-package.ts";
import { readDocxText } from "../read-docx-text.ts";

describe("the unit's bold marks", () => {
  it("乐山: **2、多层次开展科普工作。** prints bold, with no asterisks anywhere", async () => {
    const dataset = Dataset.parse(
      JSON.parse(readFileSync(new URL("../../../examples/leshan-shizhong-2022.json", import.meta.url), "utf8")),
    );
    expect(JSON.stringify(dataset.narrative)).toContain("**2、多层次开展科普工作。**");
    const [report] = await buildDocumentPackage({
      dataset,
      profile: getBuiltinProfile("sichuan") as RuleProfile,
      only: ["selfEvaluationReport"],
    });
    const text = readDocxText(report!.data);
    expect(text).toContain("\n2、多层次开展科普工作。一是开展科普");
    expect(text).toContain("\n3、强化科技人才工作。一是推进专家工");
    expect(text).not.toContain("*");
    const xml = strFromU8(unzipSync(report!.data)["word/document.xml"]!);
    expect(xml).toMatch(/<w:b\/>(?:<w:bCs\/>)?(?:<[^>]+>)*<\/w:rPr><w:t[^>]*>2、多层次开展科普工作。<\/w:t>/);
  });
});
