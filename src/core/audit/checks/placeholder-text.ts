/**
 * PLACEHOLDER-TEXT: template text never filled in must not be published (rules §5.3): "增加/减少0万元，增长/下降0%",
 * "主要用于…（具体工作）", "20XX年", "X万元", a line that is only "……", a form's instruction left in its cell with its
 * word limit ("(200字以内)"). One finding per text, listing what was found.
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import type { AuditCheck } from "../audit-check.ts";
import { defineTextScreen, screenedTexts } from "../dataset-texts.ts";
import { PLACEHOLDER_PAIR } from "../printed-values.ts";

const PATTERNS: RegExp[] = [
  new RegExp(PLACEHOLDER_PAIR.source, "g"),
  /[（(]\s*具体[^（）()]{0,10}[）)]/g,
  /主要用于\s*(?:…+|\.{3,})/g,
  /20[Xx×]{2}\s*年/g,
  /(?<![A-Za-z])(?:XX|xx|××)(?![A-Za-z])/g,
  /(?<![A-Za-z\d])X\s*(?:万元|元|%|个|人|次)/g,
  /此处填写|请填写|填写说明/g,
  // A form's instruction left in its cell keeps its word limit: "说明……完成情况(100字以内)".
  /[（(]\s*(?:限|不超过)?\s*\d+\s*字(?:以内|以下)?\s*[）)]/g,
  /^\s*(?:…+|\.{3,})\s*$/gm,
];
/** All the patterns in one: most texts match none, and one pass over them says so. */
const ANY_PATTERN = new RegExp(PATTERNS.map((pattern) => `(?:${pattern.source})`).join("|"), "m");
/**
 * Full-width characters that normalizing could turn into part of a pattern (２０XX年, X％, ．．．). The Chinese comma
 * is not among them, so ordinary prose is tested as written and never copied to be normalized.
 */
const WIDTH_SENSITIVE = /[\uff10-\uff19．％＋－]/;
const SCREEN = defineTextScreen((text) => ANY_PATTERN.test(text) || WIDTH_SENSITIVE.test(text));

export const placeholderTextCheck: AuditCheck = {
  code: "PLACEHOLDER-TEXT",
  severity: "error",
  title: "模板占位文字未填写",
  run(context) {
    const findings: Finding[] = [];
    for (const field of screenedTexts(context, SCREEN)) {
      const { path, normalized } = field;
      if (!ANY_PATTERN.test(normalized)) continue;
      const found = new Set<string>();
      for (const pattern of PATTERNS) {
        for (const match of normalized.matchAll(pattern)) found.add(match[0].trim() || match[0]);
      }
      // "20XX年" also matches the bare "XX" pattern; report the longer piece only.
      const pieces = [...found].filter((f) => ![...found].some((g) => g !== f && g.includes(f)));
      if (pieces.length === 0) continue;
      const quoted = pieces.map((f) => `“${f}”`).join("、");
      findings.push({
        code: this.code,
        severity: this.severity,
        location: path,
        expected: "填写实际内容或删去该句",
        found: pieces.join("、"),
        message: `模板占位文字未填写：${quoted}，应填写实际内容或删去该句`,
      });
    }
    return findings;
  },
};
