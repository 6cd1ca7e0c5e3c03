/** The region's settings that decide parts of the workflow (GET/PUT /api/region/settings). */
import { z } from "zod";

const fields = { signOffRequired: z.boolean().describe("提交后须先经单位负责人签字，再进入主管部门审核") };

export const RegionSettingsDto = z.strictObject(fields).meta({ id: "RegionSettings" });
/** The body of PUT /api/region/settings: the same fields, written out in the request (not a reference). */
export const RegionSettingsBody = z.strictObject(fields);
export type RegionSettingsDto = z.infer<typeof RegionSettingsDto>;
