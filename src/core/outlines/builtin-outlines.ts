/**
 * The report outlines that ship with Jixiao (profiles/outlines/*.json), and the choice of one for a dataset: the
 * dataset's own `filing.outline`, else the rule profile's `outline`, else national.
 * @module
 */
import gansu from "../../../profiles/outlines/gansu.json" with { type: "json" };
import hunan from "../../../profiles/outlines/hunan.json" with { type: "json" };
import national from "../../../profiles/outlines/national.json" with { type: "json" };
import sichuan from "../../../profiles/outlines/sichuan.json" with { type: "json" };
import tibet from "../../../profiles/outlines/tibet.json" with { type: "json" };
import type { Dataset } from "../dataset/schema.ts";
import type { RuleProfile } from "../profiles/profile-schema.ts";
import { ReportOutline } from "./outline-schema.ts";

export const DEFAULT_OUTLINE_ID = "national";

const BUILTIN: ReadonlyMap<string, ReportOutline> = new Map(
  [national, sichuan, hunan, tibet, gansu].map((raw) => {
    const outline = ReportOutline.parse(raw);
    return [outline.id, outline] as const;
  }),
);

export function builtinOutlineIds(): string[] {
  return [...BUILTIN.keys()];
}

/** A built-in outline by id, or undefined. */
export function getBuiltinOutline(id: string): ReportOutline | undefined {
  return BUILTIN.get(id);
}

/**
 * The outline a dataset's report follows. An id that names no outline falls back to national rather than failing
 * the report: the outline orders sections, it never decides a figure.
 */
export function chooseOutline(dataset: Pick<Dataset, "filing">, profile: Pick<RuleProfile, "outline">): ReportOutline {
  const id = dataset.filing?.outline ?? profile.outline ?? DEFAULT_OUTLINE_ID;
  return BUILTIN.get(id) ?? (BUILTIN.get(DEFAULT_OUTLINE_ID) as ReportOutline);
}
