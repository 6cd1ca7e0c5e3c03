/**
 * Bad input given to the real `jixiao` process: each case exits 2 with a Chinese message that says where the
 * problem is (file, JSON path, line and column, option), never a stack trace, and writes nothing.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";

const ROOT = new URL("..", import.meta.url).pathname;
const STACK_TRACE = /\n\s+at .+:\d+:\d+|TypeError|ReferenceError|RangeError: Maximum|node:internal|SyntaxError: Unexpected/;

function jixiao(...args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, "bin/jixiao.mjs"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, all: `${result.stdout}\n${result.stderr}` };
}

function tempFile(name: string, content: string | Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), "jixiao-bad-"));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** A small valid dataset: one project with two scored indicators. */
function validDataset(): Record<string, unknown> {
  return {
    formatVersion: 1,
    year: 2023,
    unit: { name: "测试县科学技术协会" },
    projects: [
      {
        code: "P001",
        name: "科普活动",
        evaluation: {
          indicators: [
            { level1: "产出指标", level2: "数量指标", level3: "开展活动次数", operator: "≥", target: "10", unit: "次", actual: "12", weight: "50" },
            { level1: "效益指标", level2: "社会效益指标", level3: "群众满意度", operator: "≥", target: "90", unit: "%", actual: "95", weight: "40" },
          ],
        },
      },
    ],
  };
}

/** The valid dataset with `change` applied, written to a file. */
function datasetFile(change: (dataset: Record<string, unknown>) => void): string {
  const dataset = validDataset();
  change(dataset);
  return tempFile("dataset.json", JSON.stringify(dataset));
}

const indicator = (dataset: Record<string, unknown>, i: number) =>
  ((dataset.projects as { evaluation: { indicators: Record<string, unknown>[] } }[])[0]?.evaluation.indicators[i]) as Record<
    string,
    unknown
  >;

/** The run was refused as invalid input, with `where` in the message and no stack trace. */
function expectRefused(run: ReturnType<typeof jixiao>, where: RegExp): void {
  expect(run.code, run.all).toBe(2);
  expect(run.all).toMatch(where);
  expect(run.all).not.toMatch(STACK_TRACE);
}

describe("the valid fixture", () => {
  it("is accepted, so every refusal below is caused by its one change", () => {
    const run = jixiao("validate", datasetFile(() => {}));
    expect(run.code, run.all).toBe(0);
  });
});

describe("bad JSON", () => {
  it("truncated JSON: line and column", () => {
    expectRefused(jixiao("validate", tempFile("d.json", '{\n  "formatVersion": 1,\n  "year": 20')), /第\d+行第\d+列.*不是合法的 JSON|不是合法的 JSON/s);
  });
  it("a trailing comma", () => {
    expectRefused(jixiao("validate", tempFile("d.json", '{"formatVersion": 1, "year": 2023,}')), /第1行第\d+列/);
  });
  it("an empty file", () => {
    expectRefused(jixiao("validate", tempFile("d.json", "")), /d\.json.*(不是合法的 JSON|数据集无效)/s);
  });
  it("just null", () => {
    expectRefused(jixiao("validate", tempFile("d.json", "null")), /（根）/);
  });
  it("an array instead of an object", () => {
    expectRefused(jixiao("validate", tempFile("d.json", "[1,2,3]")), /（根）/);
  });
  it("a byte-order mark is accepted, as Windows editors write one", () => {
    const run = jixiao("validate", tempFile("d.json", `\uFEFF${JSON.stringify(validDataset())}`));
    expect(run.code, run.all).toBe(0);
  });
  it("JSON nested 100,000 levels deep: refused without a stack overflow trace", () => {
    expectRefused(jixiao("validate", tempFile("d.json", `${"[".repeat(100_000)}${"]".repeat(100_000)}`)), /d\.json/);
  });
  it("NaN and Infinity are not JSON", () => {
    expectRefused(jixiao("validate", tempFile("d.json", '{"formatVersion": 1, "year": NaN}')), /第1行第\d+列/);
    expectRefused(jixiao("validate", tempFile("d.json", '{"formatVersion": 1, "year": Infinity}')), /第1行第\d+列/);
  });
  it("the --json form of a syntax error is JSON naming the place", () => {
    const run = jixiao("validate", "--json", tempFile("d.json", '{"year": }'));
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/第1行第\d+列/);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
  });
});

describe("wrong values, each named by its JSON path", () => {
  it("missing formatVersion", () => {
    expectRefused(jixiao("validate", datasetFile((d) => delete d.formatVersion)), /formatVersion/);
  });
  it("an unknown formatVersion", () => {
    expectRefused(jixiao("validate", datasetFile((d) => (d.formatVersion = 3))), /formatVersion/);
  });
  it("the year as a string", () => {
    expectRefused(jixiao("validate", datasetFile((d) => (d.year = "2023"))), /year/);
  });
  it("a year out of range", () => {
    expectRefused(jixiao("validate", datasetFile((d) => (d.year = 1899))), /year/);
  });
  it("a year with a fraction", () => {
    expectRefused(jixiao("validate", datasetFile((d) => (d.year = 2023.5))), /year/);
  });
  it("a number where text is expected (project name)", () => {
    expectRefused(jixiao("validate", datasetFile((d) => ((d.projects as Record<string, unknown>[])[0]!.name = 42))), /projects\[0\]\.name/);
  });
  it("an object where a list is expected (projects)", () => {
    expectRefused(jixiao("validate", datasetFile((d) => (d.projects = { code: "P001" }))), /projects/);
  });
  it("a weight given as a JSON number instead of decimal text", () => {
    expectRefused(jixiao("validate", datasetFile((d) => (indicator(d, 1).weight = 40))), /projects\[0\]\.evaluation\.indicators\[1\]\.weight/);
  });
  it("a negative weight", () => {
    const run = jixiao("validate", datasetFile((d) => (indicator(d, 1).weight = "-5")));
    expectRefused(run, /projects\[0\]\.evaluation\.indicators\[1\]\.weight/);
    expect(run.all).toMatch(/不小于 0/);
  });
  it("a negative section weight", () => {
    const run = jixiao(
      "validate",
      datasetFile((d) => (((d.projects as Record<string, unknown>[])[0]!.evaluation as Record<string, unknown>).indicatorSectionWeight = "-90")),
    );
    expectRefused(run, /projects\[0\]\.evaluation\.indicatorSectionWeight/);
  });
  it("an unknown operator (≈)", () => {
    expectRefused(jixiao("validate", datasetFile((d) => (indicator(d, 0).operator = "≈"))), /projects\[0\]\.evaluation\.indicators\[0\]\.operator/);
  });
  it("an unknown operator (!=)", () => {
    expectRefused(jixiao("validate", datasetFile((d) => (indicator(d, 0).operator = "!="))), /indicators\[0\]\.operator/);
  });
  it("a weight written as NaN text", () => {
    expectRefused(jixiao("validate", datasetFile((d) => (indicator(d, 0).weight = "NaN"))), /indicators\[0\]\.weight/);
  });
  it("a weight written as Infinity text", () => {
    expectRefused(jixiao("validate", datasetFile((d) => (indicator(d, 0).weight = "Infinity"))), /indicators\[0\]\.weight/);
  });
  it("a weight in exponent form (1e309)", () => {
    expectRefused(jixiao("validate", datasetFile((d) => (indicator(d, 0).weight = "1e309"))), /indicators\[0\]\.weight/);
  });
  it("a huge amount (1e20 万元)", () => {
    const run = jixiao("validate", datasetFile((d) => (d.budget = { initial: { total: "100000000000000000000" } })));
    expectRefused(run, /budget\.initial\.total/);
  });
  it("a 12-digit 万元 amount, which no sum could hold exactly in 分 (issue 12 item 6)", () => {
    const run = jixiao("validate", datasetFile((d) => (d.budget = { initial: { total: "123456789012" } })));
    expectRefused(run, /budget\.initial\.total：金额过大：123456789012万元超过上限 9,999,999\.999999万元/);
  });
  it("an amount with more than six decimals (finer than a 分)", () => {
    expectRefused(jixiao("validate", datasetFile((d) => (d.budget = { initial: { total: "1.1234567" } }))), /budget\.initial\.total/);
  });
  it("an amount with full-width digits is refused with its path (a dataset holds normalized numbers)", () => {
    expectRefused(jixiao("validate", datasetFile((d) => (d.budget = { initial: { total: "８７４．０５" } }))), /budget\.initial\.total/);
  });
  it("an amount with a unit suffix is refused with its path", () => {
    expectRefused(jixiao("validate", datasetFile((d) => (d.budget = { initial: { total: "874.05万元" } }))), /budget\.initial\.total.*万元/s);
  });
  it("an unknown key, so a typo is not silently ignored", () => {
    expectRefused(jixiao("validate", datasetFile((d) => (d.projcets = []))), /projcets/);
  });
  it("an unknown key inside an indicator", () => {
    expectRefused(jixiao("validate", datasetFile((d) => (indicator(d, 0).wieght = "10"))), /indicators\[0\]/);
  });
  it("the same project twice (same code and name)", () => {
    const run = jixiao(
      "validate",
      datasetFile((d) => {
        const projects = d.projects as Record<string, unknown>[];
        projects.push({ ...projects[0] });
      }),
    );
    expectRefused(run, /projects\[1\]\.code/);
    expect(run.all).toMatch(/P001 科普活动.*重复/);
  });
  it("an activity table under its project's code with its own name is kept (as 凉山's 第38届 table)", () => {
    const run = jixiao(
      "validate",
      datasetFile((d) => {
        const projects = d.projects as Record<string, unknown>[];
        projects.push({ ...projects[0], name: "科普活动（青少年科技创新大赛）" });
      }),
    );
    expect(run.code, run.all).toBe(0);
  });
  it("a 10 MB project name: refused quickly with its path", () => {
    const started = Date.now();
    const run = jixiao("validate", datasetFile((d) => ((d.projects as Record<string, unknown>[])[0]!.name = "名".repeat(10_000_000 / 3))));
    expectRefused(run, /projects\[0\]\.name/);
    expect(Date.now() - started).toBeLessThan(30_000);
  });
  it("a file over 20 MB is refused before it is parsed", () => {
    expectRefused(jixiao("validate", tempFile("big.json", " ".repeat(21 * 1024 * 1024))), /文件过大/);
  });
  it("an override without its reason", () => {
    expectRefused(jixiao("validate", datasetFile((d) => (indicator(d, 0).override = { score: "40" }))), /indicators\[0\]\.override/);
  });
  it("many bad values are listed each with its path, not just the first", () => {
    const run = jixiao(
      "validate",
      datasetFile((d) => {
        indicator(d, 0).weight = "-1";
        indicator(d, 1).operator = "≈";
      }),
    );
    expectRefused(run, /indicators\[0\]\.weight/);
    expect(run.all).toMatch(/indicators\[1\]\.operator/);
  });
  it("score refuses an invalid dataset the same way, without scoring", () => {
    const run = jixiao("score", datasetFile((d) => (indicator(d, 0).weight = "-1")));
    expectRefused(run, /indicators\[0\]\.weight/);
    expect(run.stdout).not.toMatch(/总分/);
  });
  it("audit refuses an invalid dataset the same way", () => {
    expectRefused(jixiao("audit", "--json", datasetFile((d) => (d.year = "二〇二三"))), /year/);
  });
});

describe("files and paths", () => {
  it("a missing file", () => {
    expectRefused(jixiao("validate", join(tmpdir(), "no-such-file-jixiao.json")), /no-such-file-jixiao\.json.*不存在/s);
  });
  it("a folder given as a dataset", () => {
    expectRefused(jixiao("validate", mkdtempSync(join(tmpdir(), "jixiao-dir-"))), /不是文件/);
  });
  it("no file at all", () => {
    expectRefused(jixiao("validate"), /需要|用法|数据集/);
  });
  it("an unknown command", () => {
    expectRefused(jixiao("publish", "x.json"), /publish/);
  });
  it("an unknown option", () => {
    expectRefused(jixiao("validate", "--frobnicate", "examples/lingling-2024.json"), /frobnicate/);
  });
  it("schema --out into a missing folder writes nothing and says where", () => {
    const target = join(tmpdir(), `jixiao-missing-${process.pid}`, "sub", "schema.json");
    const run = jixiao("schema", "--out", target);
    expectRefused(run, /schema\.json|--out/);
    expect(existsSync(target)).toBe(false);
  });
});

describe("report texts for check-text", () => {
  it("a .docx that is random bytes", () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
    expectRefused(jixiao("check-text", tempFile("report.docx", bytes)), /report\.docx.*不是有效的 \.docx/s);
  });
  it("a zip without word/document.xml (an .xlsx renamed .docx)", () => {
    const zip = zipSync({ "xl/workbook.xml": strToU8("<workbook/>") });
    expectRefused(jixiao("check-text", tempFile("report.docx", zip)), /缺少 word\/document\.xml/);
  });
  it("a zip bomb: document.xml inflating past 200 MB is refused without unpacking it", () => {
    const started = Date.now();
    const zip = zipSync({ "word/document.xml": new Uint8Array(220 * 1024 * 1024) }, { level: 9 });
    expect(zip.byteLength).toBeLessThan(1024 * 1024);
    const run = jixiao("check-text", tempFile("bomb.docx", zip));
    expectRefused(run, /超过 200 MB/);
    expect(Date.now() - started).toBeLessThan(45_000);
  }, 90_000);
  it("a document.xml without a body", () => {
    const zip = zipSync({ "word/document.xml": strToU8('<?xml version="1.0"?><w:document></w:document>') });
    expectRefused(jixiao("check-text", tempFile("report.docx", zip)), /没有正文/);
  });
  it("a text file that is not UTF-8 (GBK bytes)", () => {
    const gbk = Uint8Array.from([0xb1, 0xbe, 0xc4, 0xea, 0xd6, 0xa7, 0xb3, 0xf6, 0x0a]);
    expectRefused(jixiao("check-text", tempFile("report.txt", gbk)), /report\.txt.*不是 UTF-8/s);
  });
  it("--year that is not a year", () => {
    expectRefused(jixiao("check-text", "--year", "去年", "seeds/004_a45521c9d62b1714.txt"), /--year|年度/);
  });
});

describe("rule profiles", () => {
  it("a profile file that does not exist", () => {
    expectRefused(jixiao("score", "examples/lingling-2024.json", "--profile", "./no-such-profile.json"), /no-such-profile\.json/);
  });
  it("a profile file that is not JSON", () => {
    expectRefused(jixiao("score", "examples/lingling-2024.json", "--profile", tempFile("p.json", "{oops")), /规则方案不是合法的 JSON/);
  });
  it("a profile with an unknown key", () => {
    const profile = JSON.parse(JSON.stringify({ ...readBuiltin(), colour: "red" }));
    expectRefused(jixiao("score", "examples/lingling-2024.json", "--profile", tempFile("p.json", JSON.stringify(profile))), /colour/);
  });
  it("a profile with a negative execution weight", () => {
    const profile = readBuiltin();
    (profile.execution as Record<string, unknown>).weight = "-10";
    expectRefused(
      jixiao("score", "examples/lingling-2024.json", "--profile", tempFile("p.json", JSON.stringify(profile))),
      /execution\.weight/,
    );
  });
  it("a profile with grade bands out of order", () => {
    const profile = readBuiltin();
    const bands = profile.gradeBands as unknown[];
    bands.reverse();
    expectRefused(jixiao("score", "examples/lingling-2024.json", "--profile", tempFile("p.json", JSON.stringify(profile))), /gradeBands/);
  });
});

/** The national profile file, to be spoiled by one change. */
function readBuiltin(): Record<string, unknown> {
  return JSON.parse(readFileSync(join(ROOT, "profiles/national.json"), "utf8")) as Record<string, unknown>;
}
