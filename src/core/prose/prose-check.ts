/**
 * The shape of a prose check: it reads the analysed report (sentences, breakdowns, change statements) and returns
 * findings; it never changes anything. Each check lives in its own file under `checks/`.
 * @module
 */
import type { Finding } from "../findings/finding.ts";
import type { Breakdown } from "./extract-breakdowns.ts";
import type { ChangeStatement } from "./extract-changes.ts";
import type { ProseDocument } from "./prose-document.ts";

export interface ProseContext {
  document: ProseDocument;
  breakdowns: Breakdown[];
  changes: ChangeStatement[];
}

export type ProseCheck = (context: ProseContext) => Finding[];
