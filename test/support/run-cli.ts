/**
 * Runs the `jixiao` command for a test: in this process through `main(argv)` (fast: no Node start, no module loading
 * per case), or as a real child process of bin/jixiao.mjs for the few cases that must prove the installed command
 * behaves the same. Both answer with the exit code and what was written to stdout and stderr.
 * @module
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { main } from "../../src/cli/main.ts";

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr together, for messages that may go to either. */
  all: string;
}

const ROOT = new URL("../..", import.meta.url).pathname;

/** `main(argv)` with stdout and stderr captured (the command writes only through process.stdout/stderr.write). */
export async function runCliInProcess(...args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const writeOut = process.stdout.write;
  const writeErr = process.stderr.write;
  const capture = (into: string[]) =>
    ((chunk: string | Uint8Array) => {
      into.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
      return true;
    }) as typeof process.stdout.write;
  process.stdout.write = capture(out);
  process.stderr.write = capture(err);
  let code: number;
  try {
    code = await main(args);
  } finally {
    process.stdout.write = writeOut;
    process.stderr.write = writeErr;
  }
  const stdout = out.join("");
  const stderr = err.join("");
  return { code, stdout, stderr, all: `${stdout}\n${stderr}` };
}

/** bin/jixiao.mjs as a child process, from the repository root. */
export function runCliProcess(...args: string[]): CliRun {
  const result = spawnSync(process.execPath, [join(ROOT, "bin/jixiao.mjs"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    code: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    all: `${result.stdout}\n${result.stderr}`,
  };
}
