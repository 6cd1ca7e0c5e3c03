/** The report progress display: a bar redrawn in place on a terminal, one line per unit anywhere else. */
import { describe, expect, it } from "vitest";
import { createReportProgress, isInteractive } from "./report-progress.ts";

function recorder(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, stream: { isTTY, columns: 80, write: (text: string) => chunks.push(text) } };
}

describe("createReportProgress", () => {
  it("on a terminal redraws one bar, keeps failures above it, and ends on a fresh line", () => {
    const { chunks, stream } = recorder(true);
    const progress = createReportProgress({ total: 4, stream, interactive: true });
    progress.start();
    progress.unitDone({ label: "凉山州科学技术协会 2023年度", ok: true, detail: "6 个文件" });
    progress.unitDone({ label: "bad.json", ok: false, detail: "数据集无效" });
    progress.finish();
    expect(chunks).toEqual([
      "\r\x1b[2K生成文档 [░░░░░░░░░░░░░░░░░░░░░░░░] 0/4 0%",
      "\r\x1b[2K生成文档 [██████░░░░░░░░░░░░░░░░░░] 1/4 25%  凉山州科学技术协会 2023年度",
      "\r\x1b[2K✗ bad.json：数据集无效\n",
      "\r\x1b[2K生成文档 [████████████░░░░░░░░░░░░] 2/4 50%  bad.json",
      "\n",
    ]);
  });

  it("cuts a long unit name to the terminal width", () => {
    const { chunks, stream } = recorder(true);
    const progress = createReportProgress({ total: 1, stream: { ...stream, columns: 60 }, interactive: true });
    progress.unitDone({ label: "某某省某某市某某县科学技术协会 2023年度", ok: true, detail: "" });
    expect(chunks[0]).toBe("\r\x1b[2K生成文档 [████████████████████████] 1/1 100%  某某省某某市…");
  });

  it("elsewhere writes one plain line per unit and no control characters", () => {
    const { chunks, stream } = recorder(false);
    const progress = createReportProgress({ total: 2, stream, interactive: false });
    progress.start();
    progress.unitDone({ label: "凉山州科学技术协会 2023年度", ok: true, detail: "6 个文件" });
    progress.unitDone({ label: "bad.json", ok: false, detail: "数据集无效" });
    progress.finish();
    expect(chunks.join("")).toBe("[1/2] ✓ 凉山州科学技术协会 2023年度：6 个文件\n[2/2] ✗ bad.json：数据集无效\n");
  });

  it("treats a CI terminal as not interactive", () => {
    const before = process.env.CI;
    process.env.CI = "true";
    expect(isInteractive({ isTTY: true, write: () => true })).toBe(false);
    process.env.CI = "";
    expect(isInteractive({ isTTY: true, write: () => true })).toBe(true);
    expect(isInteractive({ isTTY: false, write: () => true })).toBe(false);
    process.env.CI = before;
    if (before === undefined) delete process.env.CI;
  });
});
