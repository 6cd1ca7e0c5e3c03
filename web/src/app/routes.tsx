/**
 * Every page of the app with its path. Pages other than the home page are loaded when first visited, so the first
 * load carries only what the sign-in and home pages need.
 */
import { lazy, type ReactNode } from "react";

export interface RouteDefinition {
  pattern: string;
  /** Shown without signing in. */
  public?: boolean;
  render(params: Record<string, string>): ReactNode;
}

const PublicListPage = lazy(() => import("../pages/public/PublicListPage.tsx"));
const PublicReportPage = lazy(() => import("../pages/public/PublicReportPage.tsx"));
const WorkspacePage = lazy(() => import("../workspace/WorkspacePage.tsx"));
const ReviewQueuePage = lazy(() => import("../pages/review/ReviewQueuePage.tsx"));
const ReviewReportPage = lazy(() => import("../pages/review/ReviewReportPage.tsx"));
const DashboardPage = lazy(() => import("../pages/dashboard/DashboardPage.tsx"));
const PrintReportPage = lazy(() => import("../pages/print/PrintReportPage.tsx"));
const NewReportPage = lazy(() => import("../pages/new-report/NewReportPage.tsx"));
const UsersPage = lazy(() => import("../pages/admin/UsersPage.tsx"));
const UnitsPage = lazy(() => import("../pages/admin/UnitsPage.tsx"));
const AccountPage = lazy(() => import("../pages/account/AccountPage.tsx"));
const ReportYearsPage = lazy(() => import("../pages/admin/ReportYearsPage.tsx"));
const NotificationsPage = lazy(() => import("../pages/notifications/NotificationsPage.tsx"));

export const ROUTES: RouteDefinition[] = [
  { pattern: "/public", public: true, render: () => <PublicListPage /> },
  { pattern: "/public/reports/:id", public: true, render: ({ id }) => <PublicReportPage reportId={id as string} /> },
  { pattern: "/reports/:id", render: ({ id }) => <WorkspacePage reportId={id as string} /> },
  {
    pattern: "/reports/:id/:section",
    render: ({ id, section }) => <WorkspacePage reportId={id as string} section={section} />,
  },
  { pattern: "/print/:id", render: ({ id }) => <PrintReportPage reportId={id as string} /> },
  { pattern: "/review", render: () => <ReviewQueuePage /> },
  { pattern: "/review/:id", render: ({ id }) => <ReviewReportPage reportId={id as string} /> },
  { pattern: "/dashboard", render: () => <DashboardPage /> },
  { pattern: "/new-report", render: () => <NewReportPage /> },
  { pattern: "/admin/users", render: () => <UsersPage /> },
  { pattern: "/admin/units", render: () => <UnitsPage /> },
  { pattern: "/admin/years", render: () => <ReportYearsPage /> },
  { pattern: "/account", render: () => <AccountPage /> },
  { pattern: "/notifications", render: () => <NotificationsPage /> },
];
