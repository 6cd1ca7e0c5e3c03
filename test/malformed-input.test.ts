/**
 * Bad input given to the `jixiao` command (in this process through main(argv); a few cases at the end through the
 * real process, which must answer alike): each case exits 2 with a Chinese message that says where the
 * problem is (file, JSON path, line and column, option), never a stack trace, and writes nothing.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { type CliRun, runCliInProcess, runCliProcess } from "./support/run-cli.ts";

const ROOT = new URL("..", import.meta.url).pathname;
const STACK_TRACE =
  /\n\s+at .+:\d+:\d+|TypeError|ReferenceError|RangeError: Maximum|node:internal|SyntaxError: Unexpected/;

/** In-process: main(argv) with its output captured; the real process is run by the cases at the end. */
const jixiao = runCliInProcess;

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
            {
              level1: "产出指标",
              level2: "数量指标",
              level3: "开展活动次数",
              operator: "≥",
              target: "10",
              unit: "次",
              actual: "12",
              weight: "50",
            },
            {
              level1: "效益指标",
              level2: "社会效益指标",
              level3: "群众满意度",
              operator: "≥",
              target: "90",
              unit: "%",
              actual: "95",
              weight: "40",
            },
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
  (dataset.projects as { evaluation: { indicators: Record<string, unknown>[] } }[])[0]?.evaluation.indicators[
    i
  ] as Record<string, unknown>;

/** The run was refused as invalid input, with `where` in the message and no stack trace. */
function expectRefused(run: CliRun, where: RegExp): void {
  expect(run.code, run.all).toBe(2);
  expect(run.all).toMatch(where);
  expect(run.all).not.toMatch(STACK_TRACE);
}

describe("the valid fixture", () => {
  it("is accepted, so every refusal below is caused by its one change", async () => {
    const run = await jixiao(
      "validate",
      datasetFile(() => {}),
    );
    expect(run.code, run.all).toBe(0);
  });
});

describe("bad JSON", () => {
  it("truncated JSON: line and column", async () => {
    expectRefused(
      await jixiao("validate", tempFile("d.json", '{\n  "formatVersion": 1,\n  "year": 20')),
      /第\d+行第\d+列.*不是合法的 JSON|不是合法的 JSON/s,
    );
  });
  it("a trailing comma", async () => {
    expectRefused(await jixiao("validate", tempFile("d.json", '{"formatVersion": 1, "year": 2023,}')), /第1行第\d+列/);
  });
  it("an empty file", async () => {
    expectRefused(await jixiao("validate", tempFile("d.json", "")), /d\.json.*(不是合法的 JSON|数据集无效)/s);
  });
  it("just null", async () => {
    expectRefused(await jixiao("validate", tempFile("d.json", "null")), /（根）/);
  });
  it("an array instead of an object", async () => {
    expectRefused(await jixiao("validate", tempFile("d.json", "[1,2,3]")), /（根）/);
  });
  it("a byte-order mark is accepted, as Windows editors write one", async () => {
    const run = await jixiao("validate", tempFile("d.json", `\uFEFF${JSON.stringify(validDataset())}`));
    expect(run.code, run.all).toBe(0);
  });
  it("JSON nested 100,000 levels deep: refused without a stack overflow trace", async () => {
    expectRefused(
      await jixiao("validate", tempFile("d.json", `${"[".repeat(100_000)}${"]".repeat(100_000)}`)),
      /d\.json/,
    );
  });
  it("NaN and Infinity are not JSON", async () => {
    expectRefused(await jixiao("validate", tempFile("d.json", '{"formatVersion": 1, "year": NaN}')), /第1行第\d+列/);
    expectRefused(
      await jixiao("validate", tempFile("d.json", '{"formatVersion": 1, "year": Infinity}')),
      /第1行第\d+列/,
    );
  });
  it("the --json form of a syntax error is JSON naming the place", async () => {
    const run = await jixiao("validate", "--json", tempFile("d.json", '{"year": }'));
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/第1行第\d+列/);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
  });
});

describe("wrong values, each named by its JSON path", () => {
  it("missing formatVersion", async () => {
    expectRefused(
      await jixiao(
        "validate",
        datasetFile((d) => delete d.formatVersion),
      ),
      /formatVersion/,
    );
  });
  it("an unknown formatVersion", async () => {
    expectRefused(
      await jixiao(
        "validate",
        datasetFile((d) => (d.formatVersion = 3)),
      ),
      /formatVersion/,
    );
  });
  it("the year as a string", async () => {
    expectRefused(
      await jixiao(
        "validate",
        datasetFile((d) => (d.year = "2023")),
      ),
      /year/,
    );
  });
  it("a year out of range", async () => {
    expectRefused(
      await jixiao(
        "validate",
        datasetFile((d) => (d.year = 1899)),
      ),
      /year/,
    );
  });
  it("a year with a fraction", async () => {
    expectRefused(
      await jixiao(
        "validate",
        datasetFile((d) => (d.year = 2023.5)),
      ),
      /year/,
    );
  });
  it("a number where text is expected (project name)", async () => {
    expectRefused(
      await jixiao(
        "validate",
        datasetFile((d) => ((d.projects as Record<string, unknown>[])[0]!.name = 42)),
      ),
      /projects\[0\]\.name/,
    );
  });
  it("an object where a list is expected (projects)", async () => {
    expectRefused(
      await jixiao(
        "validate",
        datasetFile((d) => (d.projects = { code: "P001" })),
      ),
      /projects/,
    );
  });
  it("a weight given as a JSON number instead of decimal text", async () => {
    expectRefused(
      await jixiao(
        "validate",
        datasetFile((d) => (indicator(d, 1).weight = 40)),
      ),
      /projects\[0\]\.evaluation\.indicators\[1\]\.weight/,
    );
  });
  it("a negative weight", async () => {
    const run = await jixiao(
      "validate",
      datasetFile((d) => (indicator(d, 1).weight = "-5")),
    );
    expectRefused(run, /projects\[0\]\.evaluation\.indicators\[1\]\.weight/);
    expect(run.all).toMatch(/不小于 0/);
  });
  it("a negative section weight", async () => {
    const run = await jixiao(
      "validate",
      datasetFile(
        (d) =>
          ((
            (d.projects as Record<string, unknown>[])[0]!.evaluation as Record<string, unknown>
          ).indicatorSectionWeight = "-90"),
      ),
    );
    expectRefused(run, /projects\[0\]\.evaluation\.indicatorSectionWeight/);
  });
  it("an unknown operator (≈)", async () => {
    expectRefused(
      await jixiao(
        "validate",
        datasetFile((d) => (indicator(d, 0).operator = "≈")),
      ),
      /projects\[0\]\.evaluation\.indicators\[0\]\.operator/,
    );
  });
  it("an unknown operator (!=)", async () => {
    expectRefused(
      await jixiao(
        "validate",
        datasetFile((d) => (indicator(d, 0).operator = "!=")),
      ),
      /indicators\[0\]\.operator/,
    );
  });
  it("a weight written as NaN text", async () => {
    expectRefused(
      await jixiao(
        "validate",
        datasetFile((d) => (indicator(d, 0).weight = "NaN")),
      ),
      /indicators\[0\]\.weight/,
    );
  });
  it("a weight written as Infinity text", async () => {
    expectRefused(
      await jixiao(
        "validate",
        datasetFile((d) => (indicator(d, 0).weight = "Infinity")),
      ),
      /indicators\[0\]\.weight/,
    );
  });
  it("a weight in exponent form (1e309)", async () => {
    expectRefused(
      await jixiao(
        "validate",
        datasetFile((d) => (indicator(d, 0).weight = "1e309")),
      ),
      /indicators\[0\]\.weight/,
    );
  });
  it("a huge amount (1e20 万元)", async () => {
    const run = await jixiao(
      "validate",
      datasetFile((d) => (d.budget = { initial: { total: "100000000000000000000" } })),
    );
    expectRefused(run, /budget\.initial\.total/);
  });
  it("a 12-digit 万元 amount, which no sum could hold exactly in 分 (issue 12 item 6)", async () => {
    const run = await jixiao(
      "validate",
      datasetFile((d) => (d.budget = { initial: { total: "123456789012" } })),
    );
    expectRefused(run, /budget\.initial\.total：金额过大：123456789012万元超过上限 9,999,999\.999999万元/);
  });
  it("an amount with more than six decimals (finer than a 分)", async () => {
    expectRefused(
      await jixiao(
        "validate",
        datasetFile((d) => (d.budget = { initial: { total: "1.1234567" } })),
      ),
      /budget\.initial\.total/,
    );
  });
  it("an amount with full-width digits is refused with its path (a dataset holds normalized numbers)", async () => {
    expectRefused(
      await jixiao(
        "validate",
        datasetFile((d) => (d.budget = { initial: { total: "８７４．０５" } })),
      ),
      /budget\.initial\.total/,
    );
  });
  it("an amount with a unit suffix is refused with its path", async () => {
    expectRefused(
      await jixiao(
        "validate",
        datasetFile((d) => (d.budget = { initial: { total: "874.05万元" } })),
      ),
      /budget\.initial\.total.*万元/s,
    );
  });
  it("an unknown key, so a typo is not silently ignored", async () => {
    expectRefused(
      await jixiao(
        "validate",
        datasetFile((d) => (d.projcets = [])),
      ),
      /projcets/,
    );
  });
  it("an unknown key inside an indicator", async () => {
    expectRefused(
      await jixiao(
        "validate",
        datasetFile((d) => (indicator(d, 0).wieght = "10")),
      ),
      /indicators\[0\]/,
    );
  });
  it("the same project twice (same code and name)", async () => {
    const run = await jixiao(
      "validate",
      datasetFile((d) => {
        const projects = d.projects as Record<string, unknown>[];
        projects.push({ ...projects[0] });
      }),
    );
    expectRefused(run, /projects\[1\]\.code/);
    expect(run.all).toMatch(/P001 科普活动.*重复/);
  });
  it("an activity table under its project's code with its own name is kept (as 凉山's 第38届 table)", async () => {
    const run = await jixiao(
      "validate",
      datasetFile((d) => {
        const projects = d.projects as Record<string, unknown>[];
        projects.push({ ...projects[0], name: "科普活动（青少年科技创新大赛）" });
      }),
    );
    expect(run.code, run.all).toBe(0);
  });
  it("a 10 MB project name: refused quickly with its path", async () => {
    const started = Date.now();
    const run = await jixiao(
      "validate",
      datasetFile((d) => ((d.projects as Record<string, unknown>[])[0]!.name = "名".repeat(10_000_000 / 3))),
    );
    expectRefused(run, /projects\[0\]\.name/);
    expect(Date.now() - started).toBeLessThan(30_000);
  });
  it("a file over 20 MB is refused before it is parsed", async () => {
    expectRefused(await jixiao("validate", tempFile("big.json", " ".repeat(21 * 1024 * 1024))), /文件过大/);
  });
  it("an override without its reason", async () => {
    expectRefused(
      await jixiao(
        "validate",
        datasetFile((d) => (indicator(d, 0).override = { score: "40" })),
      ),
      /indicators\[0\]\.override/,
    );
  });
  it("many bad values are listed each with its path, not just the first", async () => {
    const run = await jixiao(
      "validate",
      datasetFile((d) => {
        indicator(d, 0).weight = "-1";
        indicator(d, 1).operator = "≈";
      }),
    );
    expectRefused(run, /indicators\[0\]\.weight/);
    expect(run.all).toMatch(/indicators\[1\]\.operator/);
  });
  it("score refuses an invalid dataset the same way, without scoring", async () => {
    const run = await jixiao(
      "score",
      datasetFile((d) => (indicator(d, 0).weight = "-1")),
    );
    expectRefused(run, /indicators\[0\]\.weight/);
    expect(run.stdout).not.toMatch(/总分/);
  });
  it("audit refuses an invalid dataset the same way", async () => {
    expectRefused(
      await jixiao(
        "audit",
        "--json",
        datasetFile((d) => (d.year = "二〇二三")),
      ),
      /year/,
    );
  });
});

describe("files and paths", () => {
  it("a missing file", async () => {
    expectRefused(
      await jixiao("validate", join(tmpdir(), "no-such-file-jixiao.json")),
      /no-such-file-jixiao\.json.*不存在/s,
    );
  });
  it("a folder given as a dataset", async () => {
    expectRefused(await jixiao("validate", mkdtempSync(join(tmpdir(), "jixiao-dir-"))), /不是文件/);
  });
  it("no file at all", async () => {
    expectRefused(await jixiao("validate"), /需要|用法|数据集/);
  });
  it("an unknown command", async () => {
    expectRefused(await jixiao("publish", "x.json"), /publish/);
  });
  it("an unknown option", async () => {
    expectRefused(await jixiao("validate", "--frobnicate", "examples/lingling-2024.json"), /frobnicate/);
  });
  it("schema --out into a missing folder writes nothing and says where", async () => {
    const target = join(tmpdir(), `jixiao-missing-${process.pid}`, "sub", "schema.json");
    const run = await jixiao("schema", "--out", target);
    expectRefused(run, /schema\.json|--out/);
    expect(existsSync(target)).toBe(false);
  });
});

describe("report texts for check-text", () => {
  it("a .docx that is random bytes", async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
    expectRefused(await jixiao("check-text", tempFile("report.docx", bytes)), /report\.docx.*不是有效的 \.docx/s);
  });
  it("a zip without word/document.xml (an .xlsx renamed .docx)", async () => {
    const zip = zipSync({ "xl/workbook.xml": strToU8("<workbook/>") });
    expectRefused(await jixiao("check-text", tempFile("report.docx", zip)), /缺少 word\/document\.xml/);
  });
  it("a zip bomb: document.xml inflating past 200 MB is refused without unpacking it", async () => {
    const started = Date.now();
    const zip = zipSync({ "word/document.xml": new Uint8Array(220 * 1024 * 1024) }, { level: 9 });
    expect(zip.byteLength).toBeLessThan(1024 * 1024);
    const run = await jixiao("check-text", tempFile("bomb.docx", zip));
    expectRefused(run, /超过 200 MB/);
    expect(Date.now() - started).toBeLessThan(45_000);
  }, 90_000);
  it("a document.xml without a body", async () => {
    const zip = zipSync({ "word/document.xml": strToU8('<?xml version="1.0"?><w:document></w:document>') });
    expectRefused(await jixiao("check-text", tempFile("report.docx", zip)), /没有正文/);
  });
  it("a text file that is not UTF-8 (GBK bytes)", async () => {
    const gbk = Uint8Array.from([0xb1, 0xbe, 0xc4, 0xea, 0xd6, 0xa7, 0xb3, 0xf6, 0x0a]);
    expectRefused(await jixiao("check-text", tempFile("report.txt", gbk)), /report\.txt.*不是 UTF-8/s);
  });
  it("--year that is not a year", async () => {
    expectRefused(await jixiao("check-text", "--year", "去年", "seeds/004_a45521c9d62b1714.txt"), /--year|年度/);
  });
});

describe("rule profiles", () => {
  it("a profile file that does not exist", async () => {
    expectRefused(
      await jixiao("score", "examples/lingling-2024.json", "--profile", "./no-such-profile.json"),
      /no-such-profile\.json/,
    );
  });
  it("a profile file that is not JSON", async () => {
    expectRefused(
      await jixiao("score", "examples/lingling-2024.json", "--profile", tempFile("p.json", "{oops")),
      /规则方案不是合法的 JSON/,
    );
  });
  it("a profile with an unknown key", async () => {
    const profile = JSON.parse(JSON.stringify({ ...readBuiltin(), colour: "red" }));
    expectRefused(
      await jixiao("score", "examples/lingling-2024.json", "--profile", tempFile("p.json", JSON.stringify(profile))),
      /colour/,
    );
  });
  it("a profile with a negative execution weight", async () => {
    const profile = readBuiltin();
    (profile.execution as Record<string, unknown>).weight = "-10";
    expectRefused(
      await jixiao("score", "examples/lingling-2024.json", "--profile", tempFile("p.json", JSON.stringify(profile))),
      /execution\.weight/,
    );
  });
  it("a profile with grade bands out of order", async () => {
    const profile = readBuiltin();
    const bands = profile.gradeBands as unknown[];
    bands.reverse();
    expectRefused(
      await jixiao("score", "examples/lingling-2024.json", "--profile", tempFile("p.json", JSON.stringify(profile))),
      /gradeBands/,
    );
  });
});

/** The national profile file, to be spoiled by one change. */
function readBuiltin(): Record<string, unknown> {
  return JSON.parse(readFileSync(join(ROOT, "profiles/national.json"), "utf8")) as Record<string, unknown>;
}

describe("the real process answers as main(argv) does", () => {
  it("refuses truncated JSON, a negative weight and an unknown command with the same message and exit code", async () => {
    const truncated = tempFile("d.json", '{\n  "formatVersion": 1,\n  "year": 20');
    const negative = datasetFile((d) => (indicator(d, 1).weight = "-5"));
    for (const args of [
      ["validate", truncated],
      ["validate", negative],
      ["publish", "x.json"],
    ]) {
      const inProcess = await jixiao(...args);
      const spawned = runCliProcess(...args);
      expect(spawned.code, spawned.all).toBe(2);
      expect(spawned.all).not.toMatch(STACK_TRACE);
      expect(spawned.stdout).toBe(inProcess.stdout);
      expect(spawned.stderr).toBe(inProcess.stderr);
    }
  });

  it("survives JSON nested 100,000 levels deep without a stack trace", () => {
    expectRefused(
      runCliProcess("validate", tempFile("d.json", `${"[".repeat(100_000)}${"]".repeat(100_000)}`)),
      /d\.json/,
    );
  });
});
