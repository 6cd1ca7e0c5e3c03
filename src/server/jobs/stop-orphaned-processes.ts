/**
 * Stops the processes a dead runner left working in its folder. A server killed with SIGKILL cannot stop the
 * LibreOffice (soffice) processes it started: they go on converting into the dead runner's work folder, and would
 * write it again after it was removed. Their command lines name that folder (the LibreOffice profile lives in it), so
 * they are found there. Linux (/proc) only; elsewhere nothing is found and the folder is only removed.
 * @module
 */
import { readdirSync, readFileSync } from "node:fs";

/** SIGKILLs every process of ours whose command line names `folder`; returns how many. */
export function stopProcessesUsing(folder: string): number {
  let stopped = 0;
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return 0;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    let commandLine: string;
    try {
      commandLine = readFileSync(`/proc/${entry}/cmdline`, "utf8");
    } catch {
      continue; // gone meanwhile, or not ours to read
    }
    if (!commandLine.includes(folder)) continue;
    try {
      process.kill(Number(entry), "SIGKILL");
      stopped++;
    } catch {
      // gone meanwhile, or not ours to stop
    }
  }
  return stopped;
}
