/**
 * Whether a reason field actually gives a reason: decided by the reason rule in src/core/scoring/reason-rule.ts, the
 * one the audit and the grid ask too. Kept under this name for the sentence builders that import it from here.
 * @module
 */
export { statedReason } from "../../scoring/reason-rule.ts";
