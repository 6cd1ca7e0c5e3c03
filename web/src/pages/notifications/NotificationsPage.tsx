/**
 * The signed-in user's notifications: returns (with the reviewer's comment), approvals, publication, near and passed
 * deadlines of their units' reports, newest first, each with a link to the report (the workspace for the unit, the
 * review page for a reviewer). Opening the page marks them read; those that were unread stay marked as new here.
 */
import { useEffect } from "react";
import { api } from "../../api/client.ts";
import { usePageData } from "../../api/use-page-data.ts";
import { NOTIFICATIONS_SEEN_EVENT } from "../../app/NotificationBell.tsx";
import { Link } from "../../app/router.tsx";
import { useUser } from "../../app/session.tsx";
import { PageMessages } from "../../components/PageMessages.tsx";
import { formatDateTime } from "../../components/format.ts";
import type { NotificationDto, NotificationsDto } from "../../../../src/server/dto/deadline-dto.ts";
import "./notifications.css";

async function loadNotifications(): Promise<NotificationsDto> {
  return api.get<NotificationsDto>("/api/notifications");
}

export default function NotificationsPage() {
  const user = useUser();
  const { data, error, notice } = usePageData(loadNotifications);
  const opensWorkspace = user.role === "filler" || user.role === "unitReviewer";

  // Once shown, they are read: the mark is stored and the bell asks again.
  const shown = data !== null;
  useEffect(() => {
    if (!shown) return;
    api
      .post("/api/notifications/seen")
      .then(() => window.dispatchEvent(new Event(NOTIFICATIONS_SEEN_EVENT)))
      .catch(() => undefined);
  }, [shown]);

  return (
    <section className="notifications-page">
      <h1>通知</h1>
      <p className="muted">
        {user.unit.name}及下级单位报表的退回、审核通过、公开，以及 7 天内到期和已逾期的报表（最近 50 条）。
      </p>
      <PageMessages error={error} notice={notice} />
      {!data && !error && <p className="muted">正在加载…</p>}
      {data && data.notifications.length === 0 && <p className="muted">暂无通知。</p>}
      {data && data.notifications.length > 0 && (
        <ul className="notification-list">
          {data.notifications.map((item) => (
            <NotificationItem key={item.id} item={item} opensWorkspace={opensWorkspace} />
          ))}
        </ul>
      )}
    </section>
  );
}

function NotificationItem({ item, opensWorkspace }: { item: NotificationDto; opensWorkspace: boolean }) {
  return (
    <li className={`notification notification-${item.kind}${item.unread ? " unread" : ""}`} data-kind={item.kind}>
      <div className="notification-head">
        <span className={`notification-kind kind-${item.kind}`}>{item.kindName}</span>
        {item.unread && <span className="notification-new">新</span>}
        <Link to={opensWorkspace ? `/reports/${item.reportId}` : `/review/${item.reportId}`}>{item.text}</Link>
        <span className="muted small notification-time">{formatDateTime(item.at)}</span>
      </div>
      {item.comment && (
        <p className="notification-comment">
          {item.actorName ? `${item.actorName}：` : ""}
          {item.comment}
        </p>
      )}
      {!item.comment && item.actorName && <p className="muted small">{item.actorName}</p>}
    </li>
  );
}
