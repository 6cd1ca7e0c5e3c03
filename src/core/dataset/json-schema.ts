/** The dataset format as JSON Schema (draft 2020-12), for other systems and editors. */
import { z } from "zod";
import { Dataset } from "./schema.ts";

export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Dataset, { io: "input", target: "draft-2020-12" }),
    $id: "https://jixiao.local/schema/dataset.schema.json",
    title: "Jixiao 单位年度绩效数据集",
  };
}
