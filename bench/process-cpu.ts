/** CPU time of a live process for the benchmarks, so that figures on a loaded machine say what the work cost. */
import { readFileSync } from "node:fs";

/** CPU seconds (user + system) a process has used so far, from /proc; NaN where there is no /proc. */
export function processCpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return Number.NaN;
  }
}

/** CPU seconds (user + system) one thread `tid` of process `pid` has used so far; NaN where there is no /proc. */
export function threadCpuSeconds(pid: number | undefined, tid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}
