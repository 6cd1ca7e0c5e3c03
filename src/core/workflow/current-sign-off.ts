/**
 * The 单位负责人's sign-off that stands for a report's current submission, read from its workflow history. A
 * sign-off is recorded only where the region's settings asked for one when the report was submitted (the plain
 * 提交 is refused there, `submitForSignOff` elsewhere), so the history alone says whether the documents print it.
 * It stands until the report goes back to the unit (a return or a withdrawal) or is sent for sign-off anew: the
 * edited report it then becomes was not signed by anyone.
 * @module
 */
import type { ReportStatus } from "./workflow.ts";

/** One step of a report's history, oldest first, as the documents need it. */
export interface SignOffHistoryStep {
  action: string;
  toStatus: ReportStatus;
  /** The display name of who took the step. */
  actorName: string;
  /** When, as an ISO instant. */
  at: string;
}

/** Who signed the report off as its 单位负责人, and when (an ISO instant). */
export interface SignOff {
  leader: string;
  signedAt: string;
}

/** The statuses that end a sign-off: the report is the unit's to edit again, or waits for a new signature. */
const UNSIGNED_STATUSES: readonly ReportStatus[] = ["draft", "returned", "signOffPending"];

/** The sign-off of the report's current submission, if it was signed off and has not been sent back since. */
export function currentSignOff(history: readonly SignOffHistoryStep[]): SignOff | undefined {
  let current: SignOff | undefined;
  for (const step of history) {
    if (step.action === "signOff") current = { leader: step.actorName, signedAt: step.at };
    else if (UNSIGNED_STATUSES.includes(step.toStatus)) current = undefined;
  }
  return current;
}
