/**
 * `jixiao demo`: the main job on the demo data — scores and audits the five sample units in `examples/` and
 * prints one line per unit. (The web server takes this place once it exists.)
 * @module
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { auditDataset } from "../../core/audit/run-audit.ts";
import { countBySeverity } from "../../core/findings/finding.ts";
import { formatFixed } from "../../core/numbers/decimal.ts";
import { getBuiltinProfile } from "../../core/profiles/builtin-profiles.ts";
import { formatTable } from "../format-table.ts";
import { readDataset } from "../read-inputs.ts";
import type { CommandResult } from "./command-result.ts";

/** Which built-in profile each sample unit's own form follows. */
function profileFor(file: string) {
  if (/liangshan|leshan/.test(file)) return getBuiltinProfile("sichuan");
  if (/lingling/.test(file)) return getBuiltinProfile("hunan");
  return getBuiltinProfile("national");
}

export function runDemo(examplesDir: string): CommandResult {
  const files = readdirSync(examplesDir)
    .filter((f) => f.endsWith(".json"))
    .sort();
  const rows = files.map((name) => {
    const file = join(examplesDir, name);
    const dataset = readDataset(file);
    const profile = profileFor(name);
    if (!profile) throw new Error("内置规则方案缺失");
    const { scores, findings } = auditDataset(dataset, profile);
    const counts = countBySeverity(findings);
    const department = scores.department;
    return [
      dataset.unit?.name ?? name,
      String(dataset.year),
      profile.id,
      department?.grade
        ? `${formatFixed(department.total, profile.rounding.totalDecimals)}（${department.grade}）`
        : "—",
      String(scores.projects.filter(Boolean).length),
      String(counts.error),
      String(counts.warning),
      String(counts.info),
    ];
  });
  const table = formatTable(
    [
      { header: "单位" },
      { header: "年度" },
      { header: "规则方案" },
      { header: "部门整体得分" },
      { header: "项目表", align: "right" },
      { header: "错误", align: "right" },
      { header: "警告", align: "right" },
      { header: "提示", align: "right" },
    ],
    rows,
  );
  const hint =
    "逐项查看：npx jixiao audit examples/liangshan-2023.json --profile sichuan；计分：npx jixiao score examples/lingling-2024.json --profile hunan";
  return { exitCode: 0, output: `Jixiao 演示：五个样例单位的计分与一致性审核\n\n${table}\n\n${hint}` };
}
