/**
 * The bell in the header: how many of the signed-in user's notifications are unread, a link to them. Asked again on
 * every page change and when the notifications page marks them read; a failed read shows no count rather than an
 * error in the header.
 */
import { useEffect, useState } from "react";
import { api } from "../api/client.ts";
import type { NotificationsDto } from "../../../src/server/dto/deadline-dto.ts";
import { Link, usePath } from "./router.tsx";

/** Sent on window by the notifications page once it has marked them read. */
export const NOTIFICATIONS_SEEN_EVENT = "jixiao:notifications-seen";

export function NotificationBell() {
  const path = usePath();
  const [unread, setUnread] = useState<number | null>(null);
  useEffect(() => {
    let current = true;
    const read = () => {
      api
        .get<NotificationsDto>("/api/notifications")
        .then((answer) => current && setUnread(answer.unreadCount))
        .catch(() => current && setUnread(null));
    };
    read();
    window.addEventListener(NOTIFICATIONS_SEEN_EVENT, read);
    return () => {
      current = false;
      window.removeEventListener(NOTIFICATIONS_SEEN_EVENT, read);
    };
  }, [path]);
  const label = unread ? `通知（${unread} 条未读）` : "通知";
  return (
    <Link to="/notifications" className={`notification-bell${path.startsWith("/notifications") ? " current" : ""}`}>
      <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      <span className="visually-hidden">{label}</span>
      {unread ? (
        <span className="notification-count" data-testid="notification-count" aria-hidden="true">
          {unread}
        </span>
      ) : null}
    </Link>
  );
}
