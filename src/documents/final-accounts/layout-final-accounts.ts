/**
 * Lays the blocks of the 决算说明 out as Word paragraphs in the official format: parts centred in 黑体 (第二部分 and
 * 第三部分 on a new page), 一、 headings in 黑体, （一） headings in 楷体, body in 仿宋 三号 with the fixed 28 pt line,
 * notes in 四号, and each chart centred with its caption "图1 收、支决算总计变动情况" under it.
 * @module
 */
import { AlignmentType, type FileChild, LineRuleType, Paragraph, TextRun } from "docx";
import type { Form } from "../../core/forms/form.ts";
import type {
  FinalAccountsBlock,
  FinalAccountsChart,
} from "../../core/narrative/final-accounts/final-accounts-blocks.ts";
import { nativeChart } from "../charts/native-chart.ts";
import { BODY_LINE, bodyParagraph, FONT, heading1, heading2, run, SIZE } from "../docx/official-format.ts";
import { renderFormBlock } from "../docx/render-form-table.ts";
import { chineseNumber } from "../../core/display/chinese-number.ts";

/** The Word paragraphs of the blocks, in order. */
export function layoutFinalAccounts(blocks: readonly FinalAccountsBlock[]): FileChild[] {
  let parts = 0;
  return blocks.flatMap((block): FileChild[] => {
    switch (block.kind) {
      case "part":
        parts++;
        return [partHeading(block.text, parts > 1)];
      case "heading1":
        return [heading1(block.text)];
      case "heading2":
        return [heading2(block.text)];
      case "paragraph":
        return [bodyParagraph([figureSafeRun(block.text, SIZE.sanhao)])];
      case "note":
        return [noteParagraph(block.text)];
      case "chart":
        return chartParagraphs(block.chart);
      default:
        return assertNever(block);
    }
  });
}

/**
 * The 附表 part: its heading (numbered in core, "第五部分 附表") on a new page with the list of the tables by name
 * ("一、收入支出决算总表" …, as seed 004 lists them: the year is in each table's own title), then each table on its own
 * page with its title, the 单位/金额单位 line, the grid and its notes. Nothing when there are no tables.
 */
export function layoutSchedules(forms: readonly Form[], heading: string): FileChild[] {
  if (forms.length === 0) return [];
  const list = forms.map((form, i) =>
    scheduleListItem(`${chineseNumber(i + 1)}、${form.title.replace(/（\d{4}年度）$/, "")}`),
  );
  return [
    partHeading(heading, true),
    ...list,
    ...forms.flatMap((form) => renderFormBlock(form, { newPage: true, titleSize: SIZE.sanhao })),
  ];
}

/** A block kind added to the model but not laid out here fails the type check instead of vanishing. */
function assertNever(block: never): never {
  throw new Error(`未知的文档块：${JSON.stringify(block)}`);
}

/** 第一部分 部门概况: centred 黑体 三号; later parts start a page, as the printed 说明 does. */
function partHeading(text: string, newPage: boolean): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { ...BODY_LINE, before: 280, after: 280 },
    pageBreakBefore: newPage,
    keepNext: true,
    children: [run(text, { font: FONT.heading1, bold: true })],
  });
}

/** One line of the list of 附表, two characters in; a name too long for the line goes on under its start. */
function scheduleListItem(text: string): Paragraph {
  return new Paragraph({
    spacing: BODY_LINE,
    indent: { left: 640 },
    children: [run(text)],
  });
}

function noteParagraph(text: string): Paragraph {
  return new Paragraph({
    spacing: BODY_LINE,
    indent: { firstLine: 640 },
    alignment: AlignmentType.JUSTIFIED,
    children: [figureSafeRun(text, SIZE.sihao)],
  });
}

/**
 * A body run whose Western text is tagged en-US (Chinese stays zh-CN, as Word writes a Chinese document). With the
 * Western tag zh-CN too, LibreOffice breaks lines inside figures — "46 / 8.99万元" at a line end — which a reader
 * can take for two numbers; Word never does, and with en-US neither does LibreOffice.
 */
function figureSafeRun(text: string, size: number): TextRun {
  const font = FONT.body;
  return new TextRun({
    text,
    size,
    font: { ascii: font, hAnsi: font, eastAsia: font, cs: font },
    language: { value: "en-US", eastAsia: "zh-CN" },
  });
}

/**
 * The chart in a paragraph of its own with automatic line height — under the body's exact 28 pt line the drawing
 * would be cut to one line — kept with its caption below.
 */
function chartParagraphs(chart: FinalAccountsChart): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 120 },
      keepNext: true,
      children: [nativeChart(chart)],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 360, lineRule: LineRuleType.AUTO, after: 200 },
      children: [run(`${chart.figure}\u3000${chart.title}`, { size: SIZE.sihao, bold: true })],
    }),
  ];
}
