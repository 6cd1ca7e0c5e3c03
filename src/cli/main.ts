/**
 * The `jixiao` command line: validate, score, audit and check-text over files, calling the same core functions as
 * the server. Exit codes: 0 clean, 1 findings of severity error, 2 invalid input. Input problems are printed in
 * Chinese with the file and the JSON path or line; an unexpected failure prints one line, never a stack trace.
 * @module
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { packagePath } from "../project-files.ts";
import { InputError } from "./cli-error.ts";
import type { CommandResult } from "./commands/command-result.ts";

// Every command is loaded when it is asked for, so `jixiao validate` does not pay for the audit catalogue, the
// document builders or the server (the start of a one-file command is most of its time).

function usage(profileIds: readonly string[]): string {
  return `用法：jixiao <命令> [选项]

命令：
  validate <数据集.json…>            校验数据集格式
  score <数据集.json>                计算建议得分（含计分规则说明）、小计、总分和等级
  audit <数据集.json…>               一致性审核（合计、占比、增减率、权重、得分、等级、原因、单位、年份…）
  check-text <报告.txt|.docx…>       检查报告正文中的数字（无需数据集）
  import <文件|文件夹> [--out 数据集.json] [--unit 元|万元] [--profile 编号]
                                    从 Word/WPS/Excel/PDF/文本 导入数据集，并给出导入报告（--profile：另给建议得分）
  check <文件…>                      导入 + 计分 + 一致性审核 + 正文检查，问题按原文位置（表2 第5行、第3页、第12段）列出
  checks                            列出全部审核项（代码、级别、名称）
  profiles                          列出内置规则方案
  schema                            输出数据集 JSON Schema
  report <数据集.json|文件夹> --out <文件夹>
                                    生成文档（Word、Excel；--pdf 另转 PDF；--bundle 另打 ZIP 公开包）；
                                    给出文件夹时批量生成其中每个 .json，每个单位一个子文件夹
  demo                              对五个样例单位计分并审核
  serve [--db sqlite:路径|postgres://…] [--host 127.0.0.1] [--port 3000] [--demo] [--init] [--trust-proxy 地址,…] [--no-jobs] [--processes N]
                                    启动网页服务（--demo：载入演示地区与各角色演示账号；--init：在空的数据库文件中新建地区；
                                    --trust-proxy：可信反向代理的地址，其 X-Forwarded-For/-Proto 才被采信；
                                    --no-jobs：只处理网页请求，文档和校验任务交给 worker；
                                    --processes N：N 个服务进程共用端口，仅限 PostgreSQL）
  worker [--db sqlite:路径|postgres://…] [--threads N]
                                    后台进程：只运行文档任务和校验任务（可在同一 PostgreSQL 上运行多个）
  backup [--db sqlite:路径] --out <文件>   在线备份 SQLite 数据库（PostgreSQL 给出 pg_dump 用法）
  restore [--db sqlite:路径] --from <文件> 从备份恢复（先停止服务；恢复前检查完整性）

选项：
  --profile <编号|文件>   规则方案：${profileIds.join("、")}（默认 national），或自定义方案 JSON 文件
  --json                  输出机器可读的 JSON
  --year <年度>           check-text：报告年度（默认从正文推断）
  --incomplete            check-text：正文为节选或印得不全，不核对跨句的合计与恒等式
  --out <文件>            schema：写入文件；report：输出文件夹（不存在时创建）
  --only <类别,…>         report：只生成 自评报告、项目表、决算说明 中的几类
  --pdf                   report：同时用 LibreOffice 转为 PDF
  --bundle                report：另写一个 ZIP（全部文档 + manifest.json）

退出码：0 无错误；1 发现错误级问题（report：有文档未能生成）；2 输入无效`;
}

async function usageText(): Promise<string> {
  const { builtinProfileIds } = await import("../core/profiles/builtin-profiles.ts");
  return usage(builtinProfileIds());
}

async function readProfileOption(option: string | undefined) {
  return (await import("./read-inputs.ts")).readProfile(option);
}

function parseYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{4}$/.test(text)) throw new InputError(`--year 应为四位年度，如 2023，收到“${text}”`);
  return Number(text);
}

async function run(argv: readonly string[]): Promise<CommandResult> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      profile: { type: "string" },
      json: { type: "boolean", default: false },
      year: { type: "string" },
      out: { type: "string" },
      only: { type: "string" },
      pdf: { type: "boolean", default: false },
      bundle: { type: "boolean", default: false },
      db: { type: "string" },
      host: { type: "string" },
      port: { type: "string" },
      demo: { type: "boolean", default: false },
      "no-jobs": { type: "boolean", default: false },
      processes: { type: "string" },
      threads: { type: "string" },
      init: { type: "boolean", default: false },
      "trust-proxy": { type: "string" },
      from: { type: "string" },
      unit: { type: "string" },
      verbose: { type: "boolean", default: false },
      incomplete: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const [command, ...files] = positionals;
  const json = values.json ?? false;
  if (values.help || command === undefined || command === "help")
    return { exitCode: command === undefined && !values.help ? 2 : 0, output: await usageText() };
  const needFiles = async (min: number) => {
    if (files.length < min) throw new InputError(`命令 ${command} 需要文件参数\n\n${await usageText()}`);
  };
  switch (command) {
    case "validate":
      await needFiles(1);
      return (await import("./commands/validate-command.ts")).runValidate(files, json);
    case "score":
      await needFiles(1);
      if (files.length > 1) throw new InputError("score 一次只计一个数据集");
      return (await import("./commands/score-command.ts")).runScore(
        files[0] as string,
        await readProfileOption(values.profile),
        json,
      );
    case "audit":
      await needFiles(1);
      return (await import("./commands/audit-command.ts")).runAudit(
        files,
        await readProfileOption(values.profile),
        json,
      );
    case "check-text":
      await needFiles(1);
      return (await import("./commands/check-text-command.ts")).runCheckText(files, parseYear(values.year), json, {
        incomplete: values.incomplete ?? false,
        ...(values.profile ? { precisionNotice: (await readProfileOption(values.profile)).prose.precisionNotice } : {}),
      });
    case "import": {
      await needFiles(1);
      if (files.length > 1) throw new InputError("import 一次只接受一个文件或一个文件夹");
      const { runImport, parseAmountUnit } = await import("./commands/import-command.ts");
      const profile = values.profile === undefined ? undefined : await readProfileOption(values.profile);
      return runImport({
        input: files[0] as string,
        out: values.out,
        unit: parseAmountUnit(values.unit),
        json,
        verbose: values.verbose ?? false,
        profile,
      });
    }
    case "check": {
      await needFiles(1);
      const { runCheck } = await import("./commands/check-command.ts");
      const { parseAmountUnit } = await import("./commands/import-command.ts");
      return runCheck({
        files,
        profile: await readProfileOption(values.profile),
        year: parseYear(values.year),
        unit: parseAmountUnit(values.unit),
        json,
      });
    }
    case "checks": {
      const { describeCatalogue } = await import("../core/audit/catalogue.ts");
      return {
        exitCode: 0,
        output: json
          ? JSON.stringify(describeCatalogue(), null, 2)
          : describeCatalogue()
              .map((c) => `${c.code}\t${c.severity}\t${c.title}`)
              .join("\n"),
      };
    }
    case "profiles": {
      const { builtinProfileIds, getBuiltinProfile } = await import("../core/profiles/builtin-profiles.ts");
      return {
        exitCode: 0,
        output: builtinProfileIds()
          .map((id) => `${id}\t${getBuiltinProfile(id)?.name ?? ""}`)
          .join("\n"),
      };
    }
    case "schema": {
      const { datasetJsonSchema } = await import("../core/dataset/json-schema.ts");
      const schema = JSON.stringify(datasetJsonSchema(), null, 2);
      if (values.out) {
        writeFileSync(values.out, `${schema}\n`);
        return { exitCode: 0, output: `已写出 ${values.out}` };
      }
      return { exitCode: 0, output: schema };
    }
    case "report":
      await needFiles(1);
      if (files.length > 1) throw new InputError("report 一次只接受一个数据集文件或一个文件夹");
      // Loaded on demand: the document builders (docx, exceljs) would slow every other command's start.
      return import("./commands/report-command.ts").then(async ({ runReport }) =>
        runReport({
          input: files[0] as string,
          out: values.out,
          profile: await readProfileOption(values.profile),
          only: values.only,
          pdf: values.pdf ?? false,
          bundle: values.bundle ?? false,
        }),
      );
    case "serve":
      return import("./commands/serve-command.ts").then(({ runServe }) =>
        runServe({
          db: values.db,
          host: values.host,
          port: values.port,
          demo: values.demo ?? false,
          noJobs: values["no-jobs"] ?? false,
          init: values.init ?? false,
          trustProxy: values["trust-proxy"],
          processes: values.processes,
        }),
      );
    case "worker":
      return import("./commands/worker-command.ts").then(({ runWorker }) =>
        runWorker({ db: values.db, threads: values.threads }),
      );
    case "backup":
      return import("./commands/backup-command.ts").then(({ runBackup }) =>
        runBackup({ db: values.db, out: values.out }),
      );
    case "restore":
      return import("./commands/backup-command.ts").then(({ runRestore }) =>
        runRestore({ db: values.db, from: values.from }),
      );
    case "demo":
      return (await import("./commands/demo-command.ts")).runDemo(packagePath("examples"));
    default:
      throw new InputError(`未知命令“${command}”\n\n${await usageText()}`);
  }
}

/** Runs the CLI and resolves to the exit code; output goes to stdout, input problems to stderr (or stdout as JSON). */
export async function main(argv: readonly string[]): Promise<number> {
  const json = argv.includes("--json");
  try {
    const result = await run(argv);
    process.stdout.write(`${result.output}\n`);
    return result.exitCode;
  } catch (error) {
    if (error instanceof InputError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      const details = error instanceof InputError ? error.details : [];
      const message = error instanceof InputError ? error.message : `参数有误：${(error as Error).message}`;
      if (json) process.stdout.write(`${JSON.stringify({ error: message, issues: details }, null, 2)}\n`);
      else process.stderr.write(`${[message, ...details.map((d) => `  ${d.location}：${d.message}`)].join("\n")}\n`);
      return 2;
    }
    process.stderr.write(`内部错误：${(error as Error).message}（请将输入文件与此信息反馈给开发者）\n`);
    return 2;
  }
}
