/**
 * Files not made by Jixiao's builders: LibreOffice turns HTML tables with real rowspans/colspans into .docx, .doc,
 * a .doc saved under the WPS name .wps, .xls, and prints a PDF; a seed text becomes a .docx. Each is imported as a
 * unit would hand it in.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { DatasetInput } from "../../src/core/dataset/schema.ts";
import { convertWithLibreOffice } from "../../src/import/convert-legacy-file.ts";
import { importDocuments, type ImportResult } from "../../src/import/import-document.ts";
import { readSourceBytes } from "../../src/import/read-source-file.ts";

const FIXTURES = new URL("./fixtures/", import.meta.url).pathname;
const SEEDS = new URL("../../seeds/", import.meta.url).pathname;
const html = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

const made = new Map<string, Uint8Array>();

async function importBytes(name: string, data: Uint8Array): Promise<ImportResult> {
  return importDocuments([await readSourceBytes(name, data)]);
}

beforeAll(async () => {
  const projectDocx = await convertWithLibreOffice(
    "project-table.html",
    html("project-table.html"),
    ".html",
    "docx:MS Word 2007 XML",
    "HTML (StarWriter)",
  );
  made.set("project.docx", projectDocx);
  made.set("project.doc", await convertWithLibreOffice("project.docx", projectDocx, ".docx", "doc:MS Word 97"));
  made.set("project.pdf", await convertWithLibreOffice("project.docx", projectDocx, ".docx", "pdf"));
  made.set(
    "accounts.xls",
    await convertWithLibreOffice(
      "final-accounts.html",
      html("final-accounts.html"),
      ".html",
      "xls:MS Excel 97",
      "calc_HTML_WebQuery",
    ),
  );
  made.set(
    "seed002.docx",
    await convertWithLibreOffice(
      "002.txt",
      new Uint8Array(readFileSync(join(SEEDS, "002_6691143b3720193a.txt"))),
      ".txt",
      "docx:MS Word 2007 XML",
      "Text (encoded):UTF8,LF,,,",
    ),
  );
}, 240_000);

function projectOf(dataset: DatasetInput | null) {
  const project = dataset?.projects?.[0];
  if (!project) throw new Error("no project");
  return project;
}

describe("foreign files", () => {
  it("a .docx made by LibreOffice from an HTML table with rowspans and colspans", async () => {
    const result = await importBytes("项目表.docx", made.get("project.docx") as Uint8Array);
    const project = projectOf(result.dataset);
    expect([project.code, project.name, project.department]).toEqual([
      "430000241234567",
      "县级科普活动经费",
      "某县科学技术协会",
    ]);
    expect(project.evaluation?.execution?.map((r) => [r.label, r.initial, r.adjusted, r.executed])).toEqual([
      ["总额", "12.5", "12.5", "11.8"],
      ["其中：财政资金", "12.5", "12.5", "11.8"],
      ["其他资金", undefined, undefined, undefined],
    ]);
    expect(
      project.evaluation?.indicators?.map((i) => [
        i.level1,
        i.level2,
        i.level3,
        i.operator ?? "",
        i.target,
        i.unit,
        i.actual,
        i.weight,
      ]),
    ).toEqual([
      ["产出指标", "数量指标", "科普讲座场次", "≥", "20", "场", "22", "40"],
      // The 一级 cell is merged down (rowspan=2): kept blank, and the report says it continues 产出指标.
      ["", "质量指标", "活动覆盖乡镇比例", "", "100", "%", "90", "30"],
      ["满意度指标", "服务对象满意度", "群众满意度", "≥", "90", "%", "95", "20"],
    ]);
    expect(project.evaluation?.printed).toEqual({ totalWeight: "100", totalScore: "96.44" });
    const log = result.files[0]?.log;
    expect(
      log?.interpreted.some((n) => /与上方合并，按上方“产出指标”计/.test(n.detail) && n.where === "表1 第9行"),
    ).toBe(true);
    expect(log?.interpreted.some((n) => /全角数字/.test(n.detail) && /１２．５０/.test(n.detail))).toBe(true);
    expect(result.dataset?.narrative?.map((s) => s.title)).toEqual([
      "湖南省某县科学技术协会2024年度项目支出绩效自评报告",
      "一、项目基本情况",
      "二、绩效目标完成情况",
    ]);
    expect(result.dataset?.publishedScores?.[0]).toMatchObject({ label: "项目", score: "95分" });
  });

  it("the same table as a Word 97 .doc, and that .doc saved under the WPS name .wps, converted by LibreOffice", async () => {
    for (const name of ["项目表.doc", "项目表.wps"]) {
      const result = await importBytes(name, made.get("project.doc") as Uint8Array);
      expect(result.files[0]?.document.convertedFrom, name).toBe(name.slice(-4));
      const project = projectOf(result.dataset);
      expect(
        project.evaluation?.indicators?.map((i) => i.level3),
        name,
      ).toEqual(["科普讲座场次", "活动覆盖乡镇比例", "群众满意度"]);
      expect(project.evaluation?.execution?.[0]?.executed, name).toBe("11.8");
    }
  });

  it("an .xls 收入支出决算总表 in 元 with merged headers, converted by LibreOffice", async () => {
    const result = await importBytes("决算总表.xls", made.get("accounts.xls") as Uint8Array);
    const fa = result.dataset?.finalAccounts;
    expect(fa?.income?.total).toBe("124.88");
    expect(fa?.income?.items?.map((i) => [i.name, i.source, i.amount])).toEqual([
      ["一般公共预算财政拨款收入", "generalBudget", "124.88"],
      ["其他收入", "other", "0"],
    ]);
    expect(fa?.expenditure?.items?.map((i) => [i.name, i.nature, i.amount])).toEqual([
      ["基本支出", "basic", "103"],
      ["项目支出", "project", "21.88"],
    ]);
    expect([
      fa?.income?.openingCarryOver?.amount,
      fa?.income?.grandTotal?.amount,
      fa?.expenditure?.closingCarryOver?.amount,
    ]).toEqual(["2", "126.88", "2"]);
    expect(result.files[0]?.log.interpreted.some((n) => /按金额单位“元”换算为 124\.88 万元/.test(n.detail))).toBe(true);
    expect(result.files[0]?.log.unrecognized).toEqual([]);
  });

  it("a PDF printed by LibreOffice: its prose and stated score are read, its table is named as not rebuildable", async () => {
    const result = await importBytes("项目表.pdf", made.get("project.pdf") as Uint8Array);
    expect(result.dataset?.narrative?.map((s) => s.title).slice(0, 3)).toEqual([
      "湖南省某县科学技术协会2024年度项目支出绩效自评报告",
      "一、项目基本情况",
      "二、绩效目标完成情况",
    ]);
    expect(result.dataset?.year).toBe(2024);
    const log = result.files[0]?.log;
    expect(log?.unrecognized.every((n) => /第1页/.test(n.where))).toBe(true);
  });

  it("a seed text made into a .docx by LibreOffice gives the sections the text gives", async () => {
    const fromDocx = await importBytes("002.docx", made.get("seed002.docx") as Uint8Array);
    const fromText = await importBytes(
      "002.txt",
      new Uint8Array(readFileSync(join(SEEDS, "002_6691143b3720193a.txt"))),
    );
    expect(fromDocx.dataset?.narrative?.map((s) => s.title)).toEqual(fromText.dataset?.narrative?.map((s) => s.title));
    const parts = (result: ImportResult) =>
      result.dataset?.budget?.initial?.items?.map((i) => [i.name, i.amount, i.printed?.share]);
    expect(parts(fromDocx)).toEqual(parts(fromText));
    expect(parts(fromDocx)?.length).toBeGreaterThan(2);
    expect(fromDocx.dataset?.budget?.initial?.total).toBe("163.68");
  });
});
