/**
 * The signed-in user's notifications, made from what is already stored (no mail is sent): a report of their units
 * returned (with the reviewer's comment), approved, published; a report whose deadline is within 7 days, or passed,
 * while the unit still holds it; a report waiting for the user's own review or sign-off (statusesAwaiting). For every
 * role, over the user's own subtree; a user's own actions are not news to
 * them. The newest first, at most NOTIFICATION_LIMIT; unread = after the user last marked them read.
 * @module
 */
import {
  dueSoonFrom,
  DUE_SOON_DAYS,
  isOverdue,
  lastDayOfDeadline,
  OVERDUE_STATUSES,
} from "../../core/workflow/deadline.ts";
import {
  NOTIFICATION_KIND_NAMES,
  notificationKindOfAction,
  NOTIFYING_ACTIONS,
  statusesAwaiting,
} from "../../core/workflow/notification-kinds.ts";
import { STATUS_NAMES, WORKFLOW_ACTIONS, type WorkflowActionId } from "../../core/workflow/workflow.ts";
import { NotificationsRepository } from "../../storage/notifications-repository.ts";
import type { NotificationDto, NotificationsDto } from "../dto/deadline-dto.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";

export const NOTIFICATION_LIMIT = 50;

const DAY_MS = 24 * 60 * 60 * 1000;

export async function listNotifications(
  services: Services,
  options: { actor: Actor; now?: Date },
): Promise<NotificationsDto> {
  const { actor } = options;
  const now = options.now ?? new Date();
  const repository = new NotificationsRepository(services.database.db);
  const awaiting = statusesAwaiting(actor.user.role, await services.units.regionSettings(actor.unit.path));
  const [transitions, due, waiting, seenAt] = await Promise.all([
    repository.listTransitions({
      unitPath: actor.unit.path,
      actions: NOTIFYING_ACTIONS,
      exceptUserId: actor.user.id,
      limit: NOTIFICATION_LIMIT,
    }),
    repository.listDueBefore({
      unitPath: actor.unit.path,
      statuses: OVERDUE_STATUSES,
      before: new Date(now.getTime() + DUE_SOON_DAYS * DAY_MS).toISOString(),
      limit: NOTIFICATION_LIMIT,
    }),
    repository.listAwaiting({
      unitPath: actor.unit.path,
      ...(awaiting.ownUnitOnly ? { unitId: actor.unit.id } : {}),
      statuses: awaiting.statuses,
      limit: NOTIFICATION_LIMIT,
    }),
    repository.findSeenAt(actor.user.id),
  ]);

  const notifications: Omit<NotificationDto, "unread">[] = [];
  for (const row of transitions) {
    const kind = notificationKindOfAction(row.action);
    if (!kind) continue;
    const actionName = WORKFLOW_ACTIONS[row.action as WorkflowActionId].name;
    notifications.push({
      id: `transition-${row.id}`,
      kind,
      kindName: NOTIFICATION_KIND_NAMES[kind],
      reportId: row.report_id,
      unitName: row.unit_name,
      year: row.year,
      at: row.at,
      text: `${row.unit_name} ${row.year} 年度报表：${actionName}`,
      comment: row.comment,
      actorName: row.actor_name ?? null,
      dueAt: row.due_at,
    });
  }
  for (const row of due) {
    const dueAt = row.due_at as string;
    const overdue = isOverdue({ status: row.status, dueAt }, now);
    const kind = overdue ? "overdue" : "dueSoon";
    notifications.push({
      id: `${kind}-${row.id}-${dueAt}`,
      kind,
      kindName: NOTIFICATION_KIND_NAMES[kind],
      reportId: row.id,
      unitName: row.unit_name,
      year: row.year,
      at: overdue ? dueAt : dueSoonFrom(dueAt),
      text: `${row.unit_name} ${row.year} 年度报表${overdue ? "已逾期未报" : "即将到期"}（截止 ${lastDayOfDeadline(dueAt)}）`,
      comment: "",
      actorName: null,
      dueAt,
    });
  }
  for (const row of waiting) {
    const at = row.entered_at ?? row.updated_at;
    notifications.push({
      id: `awaiting-${row.id}-${row.status}-${at}`,
      kind: "awaitingAction",
      kindName: NOTIFICATION_KIND_NAMES.awaitingAction,
      reportId: row.id,
      unitName: row.unit_name,
      year: row.year,
      at,
      text: `${row.unit_name} ${row.year} 年度报表${STATUS_NAMES[row.status]}，等待您处理`,
      comment: "",
      actorName: null,
      dueAt: row.due_at,
    });
  }
  const shown = notifications
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
    .slice(0, NOTIFICATION_LIMIT)
    .map((n) => ({ ...n, unread: seenAt === null || n.at > seenAt }));
  return { notifications: shown, unreadCount: shown.filter((n) => n.unread).length, seenAt };
}
