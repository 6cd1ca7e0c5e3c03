/**
 * `jixiao report` as a user runs it: the real bin/jixiao.mjs in its own process, real files in temporary folders,
 * LibreOffice for --pdf, exit codes, progress on stderr and the summary on stdout.
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = new URL("..", import.meta.url).pathname;
const LIANGSHAN = join(ROOT, "examples/liangshan-2023.json");
const LINGLING = join(ROOT, "examples/lingling-2024.json");

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the command asynchronously, so that long --pdf runs do not block the other test files' workers. */
function jixiao(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, "bin/jixiao.mjs"), ...args], {
      cwd: ROOT,
      env: { ...process.env, CI: "", ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), 170_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "jixiao-report-"));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** Every file under `dir`, as paths relative to it. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

function pdfText(path: string): string {
  const result = spawnSync("pdftotext", [path, "-"], { encoding: "utf8" });
  expect(result.status).toBe(0);
  return result.stdout.replace(/\s+/g, "");
}

const isOfficePackage = (path: string) =>
  Object.keys(unzipSync(new Uint8Array(readFileSync(path)))).includes("[Content_Types].xml");

describe("jixiao report <dataset.json>", () => {
  it("writes 凉山's Word and Excel documents into --out, creating it, and lists them in the summary", async () => {
    const out = join(tempDir(), "新建的输出");
    const run = await jixiao(["report", "examples/liangshan-2023.json", "--out", out, "--profile", "sichuan"]);
    expect(run.stderr).toMatch(/^\[1\/1\] ✓ 凉山州科学技术协会 2023年度：\d+ 个文件\n$/);
    expect(run.code).toBe(0);
    const files = listFiles(out);
    expect(files.length).toBeGreaterThan(0);
    expect(run.stdout).toMatch(
      new RegExp(`^已生成 1/1 个单位的文档，共 ${files.length} 个文件（.+），用时 \\d+\\.\\d 秒\n输出文件夹：${out}\n`),
    );
    for (const name of files) {
      expect(name).toMatch(/^凉山州科学技术协会2023年度.+\.(docx|xlsx)$/);
      expect(run.stdout).toContain(`  ${name}`);
      expect(isOfficePackage(join(out, name))).toBe(true);
    }
  });

  it("with --pdf, gives every Word and Excel file a PDF whose text carries the unit; with --bundle, a ZIP whose manifest matches", async () => {
    const out = tempDir();
    // 项目表 alone keeps LibreOffice's share of the test short, and has a .docx and an .xlsx of the same title.
    const run = await jixiao(["report", LIANGSHAN, "--out", out, "--pdf", "--bundle", "--only", "项目表"]);
    expect(run.code).toBe(0);
    const files = listFiles(out);
    expect(files).toContain("凉山州科学技术协会2023年度部门预算项目支出绩效自评表.pdf");
    expect(files).toContain("凉山州科学技术协会2023年度部门预算项目支出绩效自评表（Excel）.pdf");
    const office = files.filter((f) => /\.(docx|xlsx)$/.test(f));
    const pdfs = files.filter((f) => f.endsWith(".pdf"));
    expect(office.length).toBeGreaterThan(0);
    expect(pdfs).toHaveLength(office.length);
    for (const pdf of pdfs) {
      expect(readFileSync(join(out, pdf)).subarray(0, 5).toString()).toBe("%PDF-");
      expect(pdfText(join(out, pdf))).toContain("凉山州科学技术协会");
    }
    const zipName = "凉山州科学技术协会2023年度绩效公开材料.zip";
    expect(files).toContain(zipName);
    const entries = unzipSync(new Uint8Array(readFileSync(join(out, zipName))));
    const manifest = JSON.parse(strFromU8(entries["manifest.json"]!));
    expect(manifest.dataset).toEqual({ formatVersion: 2, unit: "凉山州科学技术协会", year: 2023 });
    expect(manifest.profile.id).toBe("national");
    expect(manifest.files.map((f: { name: string }) => f.name).sort()).toEqual([...office, ...pdfs].sort());
    for (const described of manifest.files as { name: string; sha256: string; bytes: number }[]) {
      const onDisk = readFileSync(join(out, described.name));
      expect(onDisk.byteLength).toBe(described.bytes);
      expect(createHash("sha256").update(onDisk).digest("hex")).toBe(described.sha256);
      expect(createHash("sha256").update(entries[described.name]!).digest("hex")).toBe(described.sha256);
    }
  }, 180_000);

  it("replaces the files of an earlier run and leaves no temporary file behind", async () => {
    const out = tempDir();
    expect((await jixiao(["report", LIANGSHAN, "--out", out])).code).toBe(0);
    const first = listFiles(out);
    expect((await jixiao(["report", LIANGSHAN, "--out", out])).code).toBe(0);
    expect(listFiles(out)).toEqual(first);
    expect(readdirSync(out).filter((name) => name.startsWith("."))).toEqual([]);
  }, 120_000);
});

describe("jixiao report <folder>", () => {
  it("generates every unit of the folder into its own sub-folder, one progress line each, and skips an invalid dataset with its JSON path", async () => {
    const input = tempDir();
    copyFileSync(LIANGSHAN, join(input, "a-liangshan.json"));
    copyFileSync(LINGLING, join(input, "b-lingling.json"));
    const broken = JSON.parse(readFileSync(LIANGSHAN, "utf8"));
    broken.projects[0].evaluation.indicators[1].weight = "十分";
    writeFileSync(join(input, "c-broken.json"), JSON.stringify(broken));
    writeFileSync(join(input, "readme.txt"), "不是数据集");
    const out = tempDir();
    const run = await jixiao(["report", input, "--out", out]);
    expect(run.code).toBe(2);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^\[1\/3\] ✓ 凉山州科学技术协会 2023年度：\d+ 个文件$/);
    expect(lines[1]).toMatch(/^\[2\/3\] ✓ 永州市零陵区科学技术协会 2024年度：/);
    expect(lines[2]).toBe(`[3/3] ✗ ${join(input, "c-broken.json")}：数据集无效`);
    expect(run.stdout).toContain("已生成 2/3 个单位的文档");
    expect(run.stdout).toContain(
      `✗ ${join(input, "c-broken.json")}\n    数据集无效\n      projects[0].evaluation.indicators[1].weight：权重应为不小于 0 的数字，如 10`,
    );
    expect(existsSync(join(out, "c-broken"))).toBe(false);
    const liangshan = listFiles(join(out, "a-liangshan"));
    expect(liangshan.length).toBeGreaterThan(0);
    for (const name of liangshan) expect(isOfficePackage(join(out, "a-liangshan", name))).toBe(true);
  }, 120_000);
});

describe("jixiao report: units without files", () => {
  it("乐山 and 临泽, whose datasets are text only, each get their report; a dataset with nothing to print is not counted as done", async () => {
    for (const example of ["leshan-shizhong-2022", "linze-2023"]) {
      const out = tempDir();
      const run = await jixiao(["report", join(ROOT, `examples/${example}.json`), "--out", out]);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^已生成 1\/1 个单位的文档，共 1 个文件（docx 1）/);
      expect(listFiles(out).filter((name) => name.endsWith("部门整体支出绩效自评报告.docx"))).toHaveLength(1);
    }
    const dir = tempDir();
    const empty = join(dir, "empty.json");
    writeFileSync(empty, JSON.stringify({ formatVersion: 1, year: 2023 }));
    const run = await jixiao(["report", empty, "--out", join(dir, "out")]);
    expect(run.stdout).toMatch(/^已生成 0\/1 个单位的文档，共 0 个文件/);
    expect(run.stdout).toContain("没有可生成的文档");
  }, 120_000);
});

describe("jixiao report: refused before any work", () => {
  it("an unknown --only value: exit 2, the valid names listed, no --out folder made", async () => {
    const out = join(tempDir(), "out");
    const run = await jixiao(["report", LIANGSHAN, "--out", out, "--only", "项目表，预算表"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("--only 中的“预算表”不是文档类别，可用：自评报告、项目表、决算说明\n");
    expect(existsSync(out)).toBe(false);
  });

  it("an invalid dataset: exit 2 with the JSON path, no --out folder made", async () => {
    const dir = tempDir();
    const file = join(dir, "bad.json");
    writeFileSync(
      file,
      JSON.stringify({
        formatVersion: 1,
        year: 2023,
        projects: [{ name: "p", evaluation: { indicators: [{ level1: "产出", level3: "x", weight: "十" }] } }],
      }),
    );
    const out = join(dir, "out");
    const run = await jixiao(["report", file, "--out", out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `${file}：数据集无效\n  projects[0].evaluation.indicators[0].weight：权重应为不小于 0 的数字，如 10\n`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it("--out naming a file, or a folder below a file: exit 2, the file untouched", async () => {
    const dir = tempDir();
    const file = join(dir, "已有文件.txt");
    writeFileSync(file, "原内容");
    const onFile = await jixiao(["report", LIANGSHAN, "--out", file]);
    expect(onFile.code).toBe(2);
    expect(onFile.stderr).toBe(`--out ${file}：不是文件夹（已存在同名文件），请指定一个文件夹\n`);
    expect(readFileSync(file, "utf8")).toBe("原内容");
    const below = await jixiao(["report", LIANGSHAN, "--out", join(file, "子文件夹")]);
    expect(below.code).toBe(2);
    expect(below.stderr).toBe(
      `--out ${join(file, "子文件夹")}：无法创建输出文件夹（路径中有一段是文件，不是文件夹）\n`,
    );
    expect(readdirSync(dir)).toEqual(["已有文件.txt"]);
  });

  it("a read-only --out: exit 2 (/proc cannot hold files, even for root)", async () => {
    const run = await jixiao(["report", LIANGSHAN, "--out", "/proc/self"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^--out \/proc\/self：输出文件夹不可写（.+）\n$/);
  });

  it("no --out, or a missing input: exit 2 with the reason", async () => {
    const noOut = await jixiao(["report", LIANGSHAN]);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toBe("report 需要 --out <输出文件夹>\n");
    const missing = await jixiao(["report", "no-such.json", "--out", tempDir()]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("no-such.json：文件或文件夹不存在\n");
    const empty = tempDir();
    mkdirSync(join(empty, "sub"));
    const noJson = await jixiao(["report", empty, "--out", tempDir()]);
    expect(noJson.code).toBe(2);
    expect(noJson.stderr).toBe(`${empty}：文件夹中没有 .json 数据集文件\n`);
  });

  it("--pdf without LibreOffice: exit 1 with the install hint, and nothing written", async () => {
    const out = tempDir();
    const run = await jixiao(["report", LIANGSHAN, "--out", out, "--pdf"], { JIXIAO_SOFFICE: "/nonexistent/soffice" });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("无法生成 PDF：未找到 LibreOffice（/nonexistent/soffice）");
    expect(run.stdout).toContain("bash scripts/setup.sh");
    expect(readdirSync(out)).toEqual([]);
    expect(statSync(out).isDirectory()).toBe(true);
  });
});
