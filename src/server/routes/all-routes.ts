/** Every API route of the server, in the order the OpenAPI document lists them. */
import type { ApiRoute } from "../api-route.ts";
import { documentPreviewRoutes } from "./preview-routes.ts";
import type { Services } from "../services/services.ts";
import { accountRoutes } from "./account-routes.ts";
import { adminRoutes } from "./admin-routes.ts";
import { attachmentRoutes } from "./attachment-routes.ts";
import { datasetSectionRoutes } from "./dataset-section-routes.ts";
import { deadlineRoutes } from "./deadline-routes.ts";
import { importRoutes } from "./import-routes.ts";
import { indicatorSheetRoutes } from "./indicator-sheet-routes.ts";
import { jobRoutes } from "./job-routes.ts";
import { publicRoutes } from "./public-routes.ts";
import { regionSettingsRoutes } from "./region-settings-routes.ts";
import { reportRoutes } from "./report-routes.ts";
import { sessionRoutes } from "./session-routes.ts";
import { summaryRoutes } from "./summary-routes.ts";
import { unitRoutes } from "./unit-routes.ts";

export function allRoutes(services: Services): ApiRoute[] {
  return [
    ...sessionRoutes(services),
    ...accountRoutes(services),
    ...unitRoutes(services),
    ...adminRoutes(services),
    ...importRoutes(services),
    ...reportRoutes(services),
    ...regionSettingsRoutes(services),
    ...datasetSectionRoutes(services),
    ...indicatorSheetRoutes(services),
    ...jobRoutes(services),
    ...documentPreviewRoutes(services),
    ...attachmentRoutes(services),
    ...summaryRoutes(services),
    ...deadlineRoutes(services),
    ...publicRoutes(services),
  ];
}
