/**
 * A demo report taken through the workflow by the API, as the review, dashboard and public tests need one. 零陵's
 * sample (永州市零陵区科学技术协会 2024, scored under the Hunan profile) has a department table with a score and
 * grade, and six error-level findings that a filler would correct; the demo has no filler for 零陵, so a 管理员
 * creates one. The corrections are those the findings ask for, so the report can then be submitted.
 * @module
 */
import { expect } from "vitest";
import type { ApiClient } from "./api-client.ts";

export const LINGLING = "永州市零陵区科学技术协会";
export const LINGLING_FILLER = { username: "lingling-filler", password: "lingling-filler-password" };

/** The six error findings of the sample, corrected as their messages say. */
export function correctLinglingErrors(dataset: any): any {
  const fixed = structuredClone(dataset);
  fixed.finalAccounts.sangong.printed.change = "2024年“三公”经费决算支出0.68万元，比上年增加0.01万元（增长1.49%）。";
  fixed.finalAccounts.basicSpending.printed.change = "增加6.04万元";
  fixed.basicData.funds[1].priorFinal = "24.52";
  fixed.basicData.funds[1].final = "36.70";
  fixed.budget.adjustmentStatement = "本年单位预算调整减少26.43万元";
  fixed.department.evaluation.indicators[1].actual = "2.5";
  return fixed;
}

/** The 零陵 report's id, and a filler of 零陵 signed in on `filler` (created by the signed-in 管理员 `admin`). */
export async function linglingFiller(
  admin: ApiClient,
  filler: ApiClient,
): Promise<{ reportId: string; version: number }> {
  const units = (await admin.get("/api/units")).body.units as { id: string; name: string }[];
  const unit = units.find((u) => u.name === LINGLING);
  if (!unit) throw new Error("零陵 is not in the demo region");
  const created = await admin.post("/api/users", {
    ...LINGLING_FILLER,
    displayName: "零陵填报人",
    role: "filler",
    unitId: unit.id,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(200);
  expect((await filler.signIn(LINGLING_FILLER.username, LINGLING_FILLER.password)).status).toBe(200);
  const report = ((await filler.get("/api/reports")).body.reports as { id: string; version: number }[])[0];
  if (!report) throw new Error("零陵 has no report");
  return { reportId: report.id, version: report.version };
}

/** Saves the corrected dataset; returns the new version. */
export async function correctAndSave(filler: ApiClient, reportId: string, version: number): Promise<number> {
  const { dataset } = (await filler.get(`/api/reports/${reportId}`)).body;
  const saved = await filler.put(`/api/reports/${reportId}/dataset`, {
    version,
    dataset: correctLinglingErrors(dataset),
  });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  return saved.body.version as number;
}

/** One workflow action that must succeed; returns the new version. */
export async function act(
  client: ApiClient,
  reportId: string,
  action: string,
  version: number,
  comment?: string,
): Promise<number> {
  const moved = await client.post(`/api/reports/${reportId}/transitions`, {
    action,
    version,
    ...(comment ? { comment } : {}),
  });
  expect(moved.status, `${action}: ${JSON.stringify(moved.body)}`).toBe(200);
  return moved.body.version as number;
}

/** 零陵 corrected, submitted, approved by the department and the finance bureau, and published. */
export async function publishLingling(clients: {
  admin: ApiClient;
  filler: ApiClient;
  department: ApiClient;
  finance: ApiClient;
}): Promise<{ reportId: string; version: number }> {
  const { reportId, version: first } = await linglingFiller(clients.admin, clients.filler);
  let version = await correctAndSave(clients.filler, reportId, first);
  version = await act(clients.filler, reportId, "submit", version);
  version = await act(clients.department, reportId, "departmentApprove", version);
  version = await act(clients.finance, reportId, "financeApprove", version);
  version = await act(clients.finance, reportId, "publish", version);
  return { reportId, version };
}
