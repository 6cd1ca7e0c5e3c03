import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { datasetJsonSchema } from "./json-schema.ts";

it("the committed schema/dataset.schema.json is the one the code exports (run npm run schema:export)", () => {
  const committed = JSON.parse(readFileSync(new URL("../../../schema/dataset.schema.json", import.meta.url), "utf8"));
  expect(committed).toEqual(datasetJsonSchema());
});
