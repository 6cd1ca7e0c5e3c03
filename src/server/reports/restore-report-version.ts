/**
 * A 管理员 puts an earlier version of a report back, as a new recorded version (nothing is lost). Only where the unit
 * may edit (草稿, 已退回): a submitted, reviewed or published report is never changed in place — it is returned first.
 * @module
 */
import { EDITABLE_STATUSES, STATUS_NAMES } from "../../core/workflow/workflow.ts";
import { StaleVersionError } from "../../storage/reports-repository.ts";
import { AppError } from "../app-error.ts";
import { assertRole } from "../services/access.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";
import { datasetAtVersion } from "./dataset-at-version.ts";
import { findReadableHead } from "./find-readable-report.ts";
import { requireValidDataset } from "./require-valid-dataset.ts";
import { withReportUnit } from "./with-report-unit.ts";

export interface RestoreReportVersionOptions {
  actor: Actor;
  reportId: string;
  /** The version to put back. */
  toVersion: number;
  /** The current version, as the 管理员 saw it. */
  version: number;
}

export async function restoreReportVersion(
  services: Services,
  options: RestoreReportVersionOptions,
): Promise<{ version: number }> {
  const { actor, reportId: id, version: expectedVersion } = options;
  assertRole(actor, ["admin"], "恢复历史版本");
  return services.reportWrites.oneAtATime(id, async () => {
    const head = await findReadableHead(services, options);
    if (head.version !== expectedVersion) throw new StaleVersionError(expectedVersion, head.version);
    if (!EDITABLE_STATUSES.includes(head.status)) {
      throw new AppError(
        "locked",
        `报表当前为“${STATUS_NAMES[head.status]}”，已锁定，不能恢复历史版本（须先退回单位）`,
      );
    }
    const dataset = withReportUnit(
      requireValidDataset(await datasetAtVersion(services, head, options.toVersion), head.year),
      head.unit_name,
    );
    const restored = await services.reports.writeDataset(id, expectedVersion, {
      dataset: JSON.stringify(dataset),
      reason: "restore",
      summary: `恢复为第 ${options.toVersion} 版`,
      userId: actor.user.id,
    });
    services.reportWrites.forget(id);
    services.audits.schedule(id);
    return { version: restored };
  });
}
