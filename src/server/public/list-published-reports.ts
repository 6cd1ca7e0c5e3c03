/** What the public list shows, to anybody: published reports, and those taken down again with when and why. */
import type { Services } from "../services/services.ts";
import { isPublicStatus, withdrawalOf } from "./public-status.ts";

export async function listPublishedReports(services: Services) {
  const listed = (await services.reports.listInSubtree("/", { statuses: ["published", "financeApproved"] })).filter(
    isPublicStatus,
  );
  const withdrawals = await services.reports.lastTransitionsBy(
    listed.filter((r) => r.status !== "published").map((r) => r.id),
    "unpublish",
  );
  return listed.map((r) => ({
    id: r.id,
    unitName: r.unit_name,
    year: r.year,
    publishedAt: r.published_at,
    ...(r.status === "published" ? {} : { withdrawn: withdrawalOf(r, withdrawals.get(r.id)) }),
  }));
}
