import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { proseCatalogue, severityOf } from "./prose-catalogue.ts";

describe("proseCatalogue", () => {
  it("has unique PROSE codes with a severity and a Chinese title", () => {
    const codes = proseCatalogue.map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const entry of proseCatalogue) {
      expect(entry.code).toMatch(/^PROSE-[A-Z]+(?:-[A-Z]+)*$/);
      expect(["error", "warning", "info"]).toContain(entry.severity);
      expect(entry.title).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it("lists every code the checks can emit, and no code that none emits", () => {
    const checksDir = new URL("./checks/", import.meta.url);
    const sources = [
      ...readdirSync(checksDir)
        .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
        .map((f) => readFileSync(new URL(f, checksDir), "utf8")),
      readFileSync(new URL("./report-percent.ts", import.meta.url), "utf8"),
    ].join("\n");
    const emitted = new Set(sources.match(/"PROSE-[A-Z-]+"/g)?.map((c) => c.slice(1, -1)));
    expect([...emitted].sort()).toEqual(proseCatalogue.map((e) => e.code).sort());
  });

  it("gives the catalogue severity", () => {
    expect(severityOf("PROSE-SUM")).toBe("error");
    expect(severityOf("PROSE-SUM-ROUNDING")).toBe("warning");
    expect(severityOf("PROSE-DISPLAY-ROUNDING")).toBe("info");
  });
});
