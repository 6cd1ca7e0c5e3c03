/**
 * `jixiao serve` in a child process, as a user starts it: resolves once the server prints that it listens, with its
 * URL and everything it printed. Used by the serve, process and server-benchmark tests.
 * @module
 */
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../../bin/jixiao.mjs", import.meta.url));

export interface ServeProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
}

export function spawnServe(
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; nodeArgs?: readonly string[]; timeoutMs?: number } = {},
): Promise<ServeProcess> {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), BIN, "serve", ...args], {
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`jixiao serve 未在 ${(options.timeoutMs ?? 60_000) / 1000} s 内启动：\n${output}`)),
      options.timeoutMs ?? 60_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /服务已启动：(http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match && output.includes("Ctrl-C")) {
        clearTimeout(timer);
        resolve({ child, url: match[1] as string, output: () => output });
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`jixiao serve 已退出（${code ?? signal}）：\n${output}`));
    });
  });
}
