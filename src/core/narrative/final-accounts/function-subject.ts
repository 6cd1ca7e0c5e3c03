/**
 * How a 功能分类 科目 is named in the 决算说明: "科学技术支出（206类）科学技术普及（07款）机构运行（01项）", as seed 004
 * writes it, with the names of the project's code table (so an outdated 款 name such as "行政单位养老支出" is printed
 * as 行政事业单位养老支出) and the dataset's own names only for codes the table does not hold.
 * @module
 */
import { functionCodePath } from "../../classification/function-classification.ts";

export interface PrintedNames {
  className?: string;
  kuanName?: string;
  xiangName?: string;
}

/** The 类/款/项 names of a code, from the table first, then from the dataset. */
export function functionNames(code: string, printed: PrintedNames = {}): Required<PrintedNames> {
  const path = functionCodePath(code);
  return {
    className: path?.class?.name ?? printed.className ?? "",
    kuanName: path?.kuan?.name ?? printed.kuanName ?? "",
    xiangName: path?.xiang?.name ?? printed.xiangName ?? "",
  };
}

/** "科学技术支出（206类）科学技术普及（07款）机构运行（01项）"; a 3- or 5-digit code stops at its level. */
export function functionSubject(code: string, printed: PrintedNames = {}): string {
  const names = functionNames(code, printed);
  let text = `${names.className || "未命名类"}（${code.slice(0, 3)}类）`;
  if (code.length >= 5) text += `${names.kuanName || "未命名款"}（${code.slice(3, 5)}款）`;
  if (code.length === 7) text += `${names.xiangName || "未命名项"}（${code.slice(5, 7)}项）`;
  return text;
}
