/**
 * The access rule of every change to a report's data, judged on its head row alone (so that a refused write never
 * loads the dataset, and an upload is judged before its body is read): readable by the actor (not found otherwise),
 * an editing role (forbidden), a status in which the unit still edits (locked), and — for a change of the dataset —
 * at the version the change is based on (StaleVersionError, a 409).
 * @module
 */
import { StaleVersionError, type ReportHead } from "../../storage/reports-repository.ts";
import { assertMayEdit } from "../services/access.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";
import { findReadableHead } from "./find-readable-report.ts";

export interface FindEditableHeadOptions {
  actor: Actor;
  reportId: string;
  /** The version the change is based on (a change of the dataset); an evidence upload names none. */
  version?: number;
  /** What is refused, in a sentence: “修改”, “导入指标表”, “上传佐证材料”. */
  action: string;
  prefetched?: ReportHead | undefined;
}

export async function findEditableHead(services: Services, options: FindEditableHeadOptions): Promise<ReportHead> {
  const head = await findReadableHead(services, options);
  assertMayEdit(options.actor, head, options.action);
  if (options.version !== undefined && head.version !== options.version)
    throw new StaleVersionError(options.version, head.version);
  return head;
}
