/**
 * Runs one LibreOffice process with a time limit. soffice is a shell script that starts oosplash, which starts
 * soffice.bin, so the process is started in its own process group and the whole group is killed on timeout —
 * killing only the script's pid would leave soffice.bin running and holding its profile.
 * @module
 */
import { spawn } from "node:child_process";

export interface SofficeRunOptions {
  command: string;
  args: readonly string[];
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  /** Called with the process-group id while the process runs, and with undefined when it has ended. */
  onGroup?: (pgid: number | undefined) => void;
}

export interface SofficeRunResult {
  exitCode: number | null;
  timedOut: boolean;
  /** stdout and stderr together, last few kilobytes only (soffice is chatty on some errors). */
  output: string;
}

const OUTPUT_TAIL = 4096;

/**
 * Starts soffice and resolves when it has ended (or was killed at the time limit).
 * @throws the spawn error (code ENOENT when soffice is not installed) — the caller turns it into a Chinese message.
 */
export function runSoffice(options: SofficeRunOptions): Promise<SofficeRunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(options.command, [...options.args], {
      env: options.env,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    let timedOut = false;
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString("utf8")).slice(-OUTPUT_TAIL);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    if (child.pid !== undefined) options.onGroup?.(child.pid);
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, options.timeoutMs);
    child.once("error", (error) => {
      clearTimeout(timer);
      options.onGroup?.(undefined);
      reject(error);
    });
    child.once("close", (code) => {
      clearTimeout(timer);
      options.onGroup?.(undefined);
      resolve({ exitCode: code, timedOut, output });
    });
  });
}

/** SIGKILL to a whole process group; a group that is already gone is fine. */
export function killGroup(pgid: number | undefined): void {
  if (pgid === undefined) return;
  try {
    process.kill(-pgid, "SIGKILL");
  } catch {
    // ESRCH: the group has already exited.
  }
}
