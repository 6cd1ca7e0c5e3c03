/**
 * The 部门整体支出绩效评价基础数据表 as a `Form`, laid out like seed 001 (rules §1.7(c)): 财政供养人员 (编制数,
 * 实际在职人数, 控制率 = 在职 ÷ 编制), 经费控制情况 (上年决算数, 本年预算数, 本年决算数) row by row, 楼堂馆所控制情况
 * and 厉行节约保障措施.
 *
 * The sections have 4 and 7 columns on the form; one grid of seven columns carries both, the 4-column sections
 * spanning two grid columns per figure. When the dataset lists no fund rows the form's standard rows are printed
 * empty (with one row per project), so the unit can fill them in.
 * @module
 */
import type { BasicData, Dataset } from "../dataset/schema.ts";
import { wanToFen } from "../money/fen.ts";
import { percentOf } from "../numbers/decimal.ts";
import type { RuleProfile } from "../profiles/profile-schema.ts";
import { count, money, percent } from "./figure.ts";
import { figureCell, type Form, type FormCell, headerCell, textCell } from "./form.ts";

export const BASIC_DATA_FORM_NAME = "基础数据表";

/** Relative widths (twips of the 156 mm type area): the item column, then six figure columns. */
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
export function buildBasicDataForm(dataset: Dataset, profile: RuleProfile): Form {
  const year = dataset.year;
  const staff = dataset.basicData?.staff ?? dataset.unit?.staff;
  const authorized = staff?.authorized;
  const inService = staff?.inService;
  const pair = (cell: FormCell): FormCell => ({ ...cell, colSpan: 2 });
  const number = (n: number | undefined) => pair(n === undefined ? textCell("") : figureCell(count(n)));
  const controlRate =
    authorized === undefined || inService === undefined
      ? textCell("")
      : figureCell(percent(percentOf(inService, authorized), profile.rounding.rateDecimals));

  const rows: FormCell[][] = [
    [
      headerCell("财政供养人员情况（人）", { rowSpan: 2 }),
      pair(headerCell("编制数")),
      pair(headerCell(`${year}年实际在职人数`)),
      pair(headerCell("控制率")),
    ],
    [number(authorized), number(inService), pair(controlRate)],
    [
      headerCell("经费控制情况（万元）"),
      pair(headerCell(`${year - 1}年决算数`)),
      pair(headerCell(`${year}年预算数`)),
      pair(headerCell(`${year}年决算数`)),
    ],
    ...fundRows(dataset).map((row) => [
      textCell(row.item, { align: "left" }),
      pair(amount(row.prior)),
      pair(amount(row.budget)),
      pair(amount(row.final)),
    ]),
    [
      headerCell(`楼堂馆所控制情况\n（${year}年完工项目）`, { rowSpan: 2 }),
      headerCell("批复规模（㎡）"),
      headerCell("实际规模（㎡）"),
      headerCell("规模控制率"),
      headerCell("预算投资（万元）"),
      headerCell("实际投资（万元）"),
      headerCell("投资概算控制率"),
    ],
    Array.from({ length: 6 }, () => textCell("")),
    [
      headerCell("厉行节约保障措施"),
      textCell(dataset.basicData?.frugalityMeasures?.trim() ?? "", { colSpan: 6, align: "left" }),
    ],
  ];
  return {
    name: BASIC_DATA_FORM_NAME,
    title: `${year}年度部门整体支出绩效评价基础数据表`,
    caption: { unit: dataset.unit?.name ?? "", amountUnit: "万元" },
    columnWidths: COLUMN_WIDTHS,
    headerRows: 0,
    rows,
    notes: [],
    landscape: false,
    textSize: 10.5,
  };
}

interface FundRowText {
  item: string;
  prior: string | undefined;
  budget: string | undefined;
  final: string | undefined;
}

function fundRows(dataset: Dataset): FundRowText[] {
  const funds: BasicData["funds"] = dataset.basicData?.funds ?? [];
  if (funds.length > 0) {
    return funds.map((row) => ({ item: row.item.trim(), prior: row.priorFinal, budget: row.budget, final: row.final }));
  }
  const blank = (item: string): FundRowText => ({ item, prior: undefined, budget: undefined, final: undefined });
  return [
    ...STANDARD_ITEMS_BEFORE_PROJECTS.map(blank),
    ...dataset.projects.map((project, i) => blank(`${i + 1}.${project.name}`)),
    ...STANDARD_ITEMS_AFTER_PROJECTS.map(blank),
  ];
}

function amount(wan: string | undefined): FormCell {
  return wan === undefined ? textCell("") : figureCell(money(wanToFen(wan)));
}
