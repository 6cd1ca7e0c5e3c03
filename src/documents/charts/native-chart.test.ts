import { Document, Packer, Paragraph } from "docx";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { wanToFen } from "../../core/money/fen.ts";
import { type NativeChartSpec, nativeChart } from "./native-chart.ts";

async function chartXml(spec: NativeChartSpec): Promise<string> {
  const document = new Document({ sections: [{ children: [new Paragraph({ children: [nativeChart(spec)] })] }] });
  const parts = unzipSync(new Uint8Array(await Packer.toBuffer(document)));
  const chart = parts["word/charts/chart1.xml"];
  if (!chart) throw new Error("no chart part");
  return strFromU8(chart);
}

describe("nativeChart", () => {
  it("labels pie slices with the category, the amount in 万元 and the share rounded half-up", async () => {
    const xml = await chartXml({
      kind: "pie",
      title: "测试",
      categories: ["甲", "乙", "丙"],
      series: [{ name: "2023年", values: [wanToFen("1"), wanToFen("1"), wanToFen("1")] }],
    });
    expect(xml).toContain("<c:pieChart>");
    // 1/3 = 33.333…% → 33.33%: our own label, not the chart engine's percentage.
    expect(xml.match(/<a:t>33\.33%<\/a:t>/g)).toHaveLength(3);
    expect(xml).toContain("<a:t>1.00万元</a:t>");
    expect(xml).toContain('<c:dLblPos val="bestFit"/>');
  });

  it("draws bars from a zero axis with the exact 万元 values in the cache", async () => {
    const xml = await chartXml({
      kind: "bar",
      title: "变动",
      categories: ["2022年", "2023年"],
      series: [{ name: "合计", values: [wanToFen("877.47"), wanToFen("874.05")] }],
    });
    expect(xml).toContain('<c:barDir val="col"/>');
    expect(xml).toMatch(/<c:v>877\.47<\/c:v>[\s\S]*<c:v>874\.05<\/c:v>/);
    expect(xml).toContain('<c:min val="0"/>');
  });

  it("refuses a pie with more than one series", () => {
    expect(() =>
      nativeChart({
        kind: "pie",
        title: "错",
        categories: ["甲"],
        series: [
          { name: "a", values: [1] },
          { name: "b", values: [1] },
        ],
      }),
    ).toThrow(/只有一个数据系列/);
  });
});
