/**
 * The jixiao command as a user runs it: a real process through bin/jixiao.mjs, real files, exit codes and output.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = new URL("..", import.meta.url).pathname;
const SEEDS = join(ROOT, "seeds");

function jixiao(...args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, "bin/jixiao.mjs"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tempFile(name: string, content: string | Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), "jixiao-cli-"));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe("jixiao validate", () => {
  it("accepts the five sample datasets", () => {
    const run = jixiao(
      "validate",
      "examples/xizang-2024.json",
      "examples/lingling-2024.json",
      "examples/leshan-shizhong-2022.json",
      "examples/linze-2023.json",
      "examples/liangshan-2023.json",
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("✓ examples/liangshan-2023.json：格式有效（凉山州科学技术协会 2023年度）");
  });
  it("names the JSON path of a bad value and exits 2", () => {
    const file = tempFile(
      "bad.json",
      JSON.stringify({
        formatVersion: 1,
        year: 2023,
        projects: [{ name: "p", evaluation: { indicators: [{ level1: "产出", level3: "x", weight: "十" }] } }],
      }),
    );
    const run = jixiao("validate", file, "--json");
    expect(run.code).toBe(2);
    const out = JSON.parse(run.stdout);
    expect(out.files[0].issues[0]).toEqual({
      location: "projects[0].evaluation.indicators[0].weight",
      message: "权重应为不小于 0 的数字，如 10",
    });
  });
  it("reports a JSON syntax error by line and never prints a stack trace", () => {
    const file = tempFile("broken.json", '{\n "formatVersion": 1,\n "year": 2023\n,,}');
    const run = jixiao("audit", file);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("数据集无效");
    expect(run.stderr).toMatch(/第4行第\d+列：不是合法的 JSON/);
    expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
  it("explains a missing file and an unknown command", () => {
    expect(jixiao("audit", "no-such-file.json").stderr).toContain("no-such-file.json：文件不存在或无法读取");
    const unknown = jixiao("frobnicate");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("未知命令“frobnicate”");
  });
});

describe("jixiao score", () => {
  it("reproduces 零陵's 98.25% and 9.8 under the 湖南 profile", () => {
    const run = jixiao("score", "examples/lingling-2024.json", "--profile", "hunan", "--json");
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    const department = out.tables[0];
    expect(department.execution.rate).toBe("98.25");
    expect(department.execution.score).toBe("9.8");
    expect(department.indicators).toHaveLength(10);
  });
  it("prints a readable Chinese table with the rule of each score", () => {
    const run = jixiao("score", "examples/liangshan-2023.json", "--profile", "sichuan");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("规则方案：四川");
    expect(run.stdout).toContain("完成值 90 / 指标值 95 × 权重 10 = 9.47");
  });
  it("refuses an unknown profile with the list of known ones", () => {
    const run = jixiao("score", "examples/lingling-2024.json", "--profile", "guangxi");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("未知的规则方案“guangxi”，可用：national、sichuan、hunan");
  });
});

describe("jixiao audit", () => {
  it("finds the 凉山 mistakes, exits 1, and gives JSON findings with code, severity, message, location", () => {
    const run = jixiao("audit", "examples/liangshan-2023.json", "--profile", "sichuan", "--json");
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout);
    const findings = out.files[0].findings as { code: string; severity: string; message: string; location: string }[];
    expect(findings.length).toBeGreaterThan(20);
    for (const f of findings) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(["code", "severity", "message", "location"]));
      expect(["error", "warning", "info"]).toContain(f.severity);
    }
    expect(findings.some((f) => f.code === "SCORE-OVER-WEIGHT")).toBe(true);
    expect(findings.some((f) => f.code === "TOTAL-SCORE")).toBe(true);
  });
  it("prints a Chinese table for people", () => {
    const run = jixiao("audit", "examples/lingling-2024.json", "--profile", "hunan");
    expect(run.stdout).toContain("级别");
    expect(run.stdout).toMatch(/错误 \d+ 项，警告 \d+ 项，提示 \d+ 项/);
  });
});

describe("jixiao check-text", () => {
  it("finds the 三公 decline printed as 647.24% in the 凉山 text, with the quote", () => {
    const run = jixiao("check-text", join(SEEDS, "004_a45521c9d62b1714.txt"), "--json");
    expect(run.code).toBe(1);
    const findings = JSON.parse(run.stdout).files[0].findings as { quote?: string; message: string }[];
    const sangong = findings.find((f) => f.quote?.includes("647.24%"));
    expect(sangong?.message).toContain("86.62%");
  });
  it("says clearly when a .docx is not one", () => {
    const file = tempFile("fake.docx", Buffer.from("PK\u0003\u0004 this is not really a zip"));
    const run = jixiao("check-text", file);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("不是有效的 .docx 文件");
  });
});

describe("jixiao demo and catalogue", () => {
  it("scores and audits the five sample units", () => {
    const run = jixiao("demo");
    expect(run.code).toBe(0);
    for (const unit of [
      "西藏自治区科学技术协会",
      "永州市零陵区科学技术协会",
      "乐山市市中区科学技术协会",
      "临泽县科学技术协会",
      "凉山州科学技术协会",
    ]) {
      expect(run.stdout).toContain(unit);
    }
  });
  it("lists every check code once", () => {
    const codes = (JSON.parse(jixiao("checks", "--json").stdout) as { code: string }[]).map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual(expect.arrayContaining(["WEIGHT-SUM", "SCORE-OVER-WEIGHT", "GRADE", "SHARE", "CHANGE-RATE"]));
  });
});
