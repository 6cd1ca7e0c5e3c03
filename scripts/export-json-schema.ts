/** Writes the dataset JSON Schema to schema/dataset.schema.json (run: npm run schema:export). */
import { mkdirSync, writeFileSync } from "node:fs";
import { datasetJsonSchema } from "../src/core/dataset/json-schema.ts";

mkdirSync("schema", { recursive: true });
writeFileSync("schema/dataset.schema.json", `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
console.log("已写出 schema/dataset.schema.json");
