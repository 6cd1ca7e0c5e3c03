/**
 * Drafts: what the user typed that is not (yet) in the dataset — a value the rules refuse ("12a", a cleared 单位名称),
 * a grid cell typed but not committed, half of an override. They are kept by dataset path in the browser's storage,
 * so that they survive a change of section and a reload, and are shown as drafts (never as saved) until the user
 * corrects or discards them.
 */
import { createContext, useContext } from "react";

export interface Draft {
  /** The text as typed. */
  text: string;
  /** Why it is not saved (a located Chinese message). */
  message: string;
  /** What a draft of more than one text holds (the two halves of an override). */
  data?: unknown;
}

export type Drafts = Readonly<Record<string, Draft>>;

export function draftsKey(reportId: string): string {
  return `jixiao.drafts.${reportId}`;
}

export function readDrafts(reportId: string): Drafts {
  try {
    const text = globalThis.localStorage?.getItem(draftsKey(reportId));
    const parsed: unknown = text ? JSON.parse(text) : {};
    return parsed && typeof parsed === "object" ? (parsed as Drafts) : {};
  } catch {
    return {};
  }
}

export function writeDrafts(reportId: string, drafts: Drafts): void {
  try {
    if (Object.keys(drafts).length === 0) globalThis.localStorage?.removeItem(draftsKey(reportId));
    else globalThis.localStorage?.setItem(draftsKey(reportId), JSON.stringify(drafts));
  } catch {
    // Storage full or refused (private mode): the drafts still live in the page until it is closed.
  }
}

/** Drafts with one set (draft) or removed (null); the same object when nothing changes. */
export function withDraft(drafts: Drafts, path: string, draft: Draft | null): Drafts {
  const current = drafts[path];
  if (draft === null) {
    if (!current) return drafts;
    const next = { ...drafts };
    delete next[path];
    return next;
  }
  if (
    current &&
    current.text === draft.text &&
    current.message === draft.message &&
    JSON.stringify(current.data) === JSON.stringify(draft.data)
  )
    return drafts;
  return { ...drafts, [path]: draft };
}

export interface DraftApi {
  drafts: Drafts;
  setDraft(path: string, draft: Draft | null): void;
  /**
   * Why `value` may not be stored at `path` (the section's schema, as the server checks it), or null when it may.
   * Fields ask before they change the dataset, so that a refused value stays a draft on its field.
   */
  refusal(path: readonly (string | number)[], value: unknown): string | null;
}

const NO_DRAFTS: DraftApi = { drafts: {}, setDraft: () => undefined, refusal: () => null };

export const DraftContext = createContext<DraftApi>(NO_DRAFTS);

export function useDrafts(): DraftApi {
  return useContext(DraftContext);
}
