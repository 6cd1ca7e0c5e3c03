/**
 * The 部门整体支出绩效评价基础数据表 as a Word table laid out like seed 001 (rules §1.7(c)): 财政供养人员 (编制数,
 * 实际在职人数, 控制率 = 在职 ÷ 编制), 经费控制情况 (上年决算数, 本年预算数, 本年决算数) row by row, 楼堂馆所控制情况
 * and 厉行节约保障措施.
 *
 * The sections have 4 and 7 columns on the form; one grid of seven columns carries both, the 4-column sections
 * spanning two grid columns per figure. When the dataset lists no fund rows the form's standard rows are printed
 * empty (with one row per project), so the unit can fill them in Word.
 * @module
 */
import type { FileChild } from "docx";
import type { BasicData, Dataset } from "../../core/dataset/schema.ts";
import { wanToFen } from "../../core/money/fen.ts";
import { percentOf } from "../../core/numbers/decimal.ts";
import type { RuleProfile } from "../../core/profiles/profile-schema.ts";
import { type GridCell, gridTable } from "../docx/grid-table.ts";
import { SIZE } from "../docx/official-format.ts";
import { showAmount, showPercent } from "../../core/display/show-number.ts";

/** Twips: the item column, then six figure columns; 156 mm in all. */
const COLUMN_WIDTHS = [2844, 1000, 1000, 1000, 1000, 1000, 1000] as const;

/** The rows the 湖南 form prints when nothing is filled in (seed 001), projects inserted after 项目支出小计. */
const STANDARD_ITEMS_BEFORE_PROJECTS = [
  "一、部门基本支出",
  "其中：公用经费",
  "其中：办公费",
  "水费、电费、差旅费",
  "会议费、培训费",
  "三公经费",
  "1.公务用车购置和维护经费",
  "其中：公车购置",
  "公车运行维护",
  "2.出国经费",
  "3.公务接待",
  "二、项目支出小计",
] as const;
const STANDARD_ITEMS_AFTER_PROJECTS = ["政府采购金额", "部门基本支出预算调整"] as const;

/** Builds the 基础数据表 of `dataset`. */
export function basicDataTable(dataset: Dataset, profile: RuleProfile): FileChild {
  const year = dataset.year;
  const staff = dataset.basicData?.staff ?? dataset.unit?.staff;
  const authorized = staff?.authorized;
  const inService = staff?.inService;
  const controlRate =
    authorized === undefined || inService === undefined
      ? ""
      : showPercent(percentOf(inService, authorized), profile.rounding.rateDecimals);
  const pair = (text: string, extra: Partial<GridCell> = {}): GridCell => ({ text, colSpan: 2, ...extra });

  const rows: GridCell[][] = [
    [{ text: "财政供养人员情况（人）", rowSpan: 2 }, pair("编制数"), pair(`${year}年实际在职人数`), pair("控制率")],
    [pair(authorized?.toString() ?? ""), pair(inService?.toString() ?? ""), pair(controlRate)],
    [{ text: "经费控制情况（万元）" }, pair(`${year - 1}年决算数`), pair(`${year}年预算数`), pair(`${year}年决算数`)],
    ...fundRows(dataset).map((row) => [
      { text: row.item, align: "left" as const },
      pair(row.prior),
      pair(row.budget),
      pair(row.final),
    ]),
    [
      { text: `楼堂馆所控制情况\n（${year}年完工项目）`, rowSpan: 2 },
      { text: "批复规模（㎡）" },
      { text: "实际规模（㎡）" },
      { text: "规模控制率" },
      { text: "预算投资（万元）" },
      { text: "实际投资（万元）" },
      { text: "投资概算控制率" },
    ],
    [{ text: "" }, { text: "" }, { text: "" }, { text: "" }, { text: "" }, { text: "" }],
    [
      { text: "厉行节约保障措施" },
      { text: dataset.basicData?.frugalityMeasures?.trim() ?? "", colSpan: 6, align: "left" },
    ],
  ];
  return gridTable({ columnWidths: COLUMN_WIDTHS, rows, fontSize: SIZE.wuhao });
}

interface FundRowText {
  item: string;
  prior: string;
  budget: string;
  final: string;
}

function fundRows(dataset: Dataset): FundRowText[] {
  const funds: BasicData["funds"] = dataset.basicData?.funds ?? [];
  if (funds.length > 0) {
    return funds.map((row) => ({
      item: row.item.trim(),
      prior: wan(row.priorFinal),
      budget: wan(row.budget),
      final: wan(row.final),
    }));
  }
  const blank = (item: string): FundRowText => ({ item, prior: "", budget: "", final: "" });
  return [
    ...STANDARD_ITEMS_BEFORE_PROJECTS.map(blank),
    ...dataset.projects.map((project, i) => blank(`${i + 1}.${project.name}`)),
    ...STANDARD_ITEMS_AFTER_PROJECTS.map(blank),
  ];
}

function wan(text: string | undefined): string {
  return text === undefined ? "" : showAmount(wanToFen(text));
}
