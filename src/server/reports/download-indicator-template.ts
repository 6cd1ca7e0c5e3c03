/** The indicator import template (.xlsx, with how to fill it in), for anybody signed in. */
import { buildIndicatorTemplate } from "../../documents/indicator-sheet/build-indicator-template.ts";

export const INDICATOR_TEMPLATE_NAME = "绩效指标导入模板.xlsx";

export async function downloadIndicatorTemplate(): Promise<{ fileName: string; data: Uint8Array }> {
  return { fileName: INDICATOR_TEMPLATE_NAME, data: await buildIndicatorTemplate() };
}
