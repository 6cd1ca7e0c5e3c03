/**
 * The state of one report in the workspace: what the server has (version, head, dataset at that version), what the
 * user has typed since (the local dataset), drafts, undo, and saving. Every edit changes the local dataset at once;
 * after a short pause each changed section is saved on its own (PATCH /dataset/sections/:section with the version it
 * is based on), so one refused section never holds back the others, and a section the schema would refuse is not
 * sent at all: the saved state names it. When someone else saved first (409), the user's changes are listed against
 * the values now saved, and the user chooses per field.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { applyDatasetChanges, type DatasetChange, diffDatasets } from "../../../src/core/dataset/dataset-diff.ts";
import type { Dataset } from "../../../src/core/dataset/schema.ts";
import type { InputIssue } from "../../../src/core/dataset/validate-dataset.ts";
import { ApiError, api } from "../api/client.ts";
import type { FullReport as FullReportDto, Report, WrittenDataset } from "../api/types.ts";
import { changedSections, issuesAt, sectionIssues, withParsedSection, withSavedSection } from "./dataset-sections.ts";
import { type Draft, type Drafts, readDrafts, withDraft, writeDrafts } from "./drafts.ts";
import { type PathSegment, pathText, updateAt } from "./update-at.ts";

/** The report as the workspace holds it: the server's ReportDto. */
export type ReportHeadJson = Report;

/** The part of GET /api/reports/:id/full the workspace uses (the scores are made in the page as the user types). */
type FullReport = Pick<FullReportDto, "report" | "dataset">;

export type SaveState =
  | { kind: "saved" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "error"; message: string }
  /** Sections the schema (here or on the server) refused: not saved, each problem located; the rest was saved. */
  | { kind: "refused"; problems: InputIssue[] }
  | { kind: "conflict"; conflict: Conflict };

/** One field the user changed that someone else also saved meanwhile. */
export interface ConflictField {
  path: string;
  mine: unknown;
  theirs: unknown;
}

export interface Conflict {
  theirVersion: number;
  fields: ConflictField[];
}

/** How long typing may pause before the dataset is saved. */
export const AUTOSAVE_DELAY_MS = 800;

/** How many earlier states Ctrl+Z can go back to. */
const UNDO_DEPTH = 200;
/** Edits of the same field closer together than this are one step of undo (typing a word is one step). */
const UNDO_MERGE_MS = 1000;

export function useReportEditor(reportId: string) {
  const [head, setHead] = useState<ReportHeadJson | null>(null);
  const [dataset, setDataset] = useState<Dataset | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: "saved" });
  const [drafts, setDrafts] = useState<Drafts>(() => readDrafts(reportId));
  // The dataset as saved at version.current: what the user's edits are measured against.
  const base = useRef<Dataset | null>(null);
  const local = useRef<Dataset | null>(null);
  const version = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saving = useRef<Promise<void> | null>(null);
  const their = useRef<{ dataset: Dataset; version: number; head: ReportHeadJson } | null>(null);
  const undoStack = useRef<Dataset[]>([]);
  const redoStack = useRef<Dataset[]>([]);
  const lastEdit = useRef<{ key: string; at: number } | null>(null);
  const [history, setHistory] = useState({ undo: 0, redo: 0 });

  const load = useCallback(async () => {
    try {
      const full = await api.get<FullReport>(`/api/reports/${reportId}/full`);
      base.current = full.dataset;
      local.current = full.dataset;
      version.current = full.report.version;
      setHead(full.report);
      setDataset(full.dataset);
      setSaveState({ kind: "saved" });
    } catch (error) {
      setLoadError(error instanceof ApiError ? error.message : "加载失败，请刷新重试");
    }
  }, [reportId]);

  useEffect(() => {
    void load();
  }, [load]);

  // Drafts are written to the browser's storage at once (not in an effect): one stored as the page is left must be there.
  const draftsNow = useRef(drafts);
  const setDraft = useCallback(
    (path: string, draft: Draft | null) => {
      const next = withDraft(draftsNow.current, path, draft);
      if (next === draftsNow.current) return;
      draftsNow.current = next;
      writeDrafts(reportId, next);
      setDrafts(next);
    },
    [reportId],
  );

  /** Saves every changed section that the schema accepts, one request each, one after the other. */
  const save = useCallback(async (): Promise<void> => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    if (saving.current) await saving.current;
    if (!local.current || !base.current || local.current === base.current) return;
    setSaveState({ kind: "saving" });
    const run = (async () => {
      const toSave = local.current as Dataset;
      const refused: InputIssue[] = [];
      for (const section of changedSections(base.current as Dataset, toSave)) {
        const issues = sectionIssues(toSave, section.key);
        if (issues.length > 0) {
          refused.push(...issues);
          continue;
        }
        try {
          const answer = await api.patch<WrittenDataset>(`/api/reports/${reportId}/dataset/sections/${section.key}`, {
            version: version.current,
            value: section.value,
          });
          base.current = withSavedSection(base.current as Dataset, toSave, section.key);
          version.current = answer.version;
          setHead((current) => (current ? { ...current, version: answer.version } : current));
        } catch (error) {
          if (error instanceof ApiError && error.status === 409) {
            await describeConflict();
            return;
          }
          if (error instanceof ApiError && error.status === 422) {
            const details = error.details as { issues?: InputIssue[] } | undefined;
            refused.push(...(details?.issues ?? [{ location: section.key, message: error.message }]));
            continue;
          }
          setSaveState({ kind: "error", message: error instanceof ApiError ? error.message : "保存失败，请重试" });
          return;
        }
      }
      // Nothing refused and all sent: the saved dataset is the one the user has (the same object, for the checks).
      if (refused.length === 0 && changedSections(base.current as Dataset, toSave).length === 0) base.current = toSave;
      if (refused.length > 0) setSaveState({ kind: "refused", problems: refused });
      else setSaveState(local.current === toSave ? { kind: "saved" } : { kind: "pending" });
    })();
    saving.current = run;
    await run;
    saving.current = null;
    const stillRefused =
      local.current &&
      base.current &&
      changedSections(base.current, local.current).every(
        (section) => sectionIssues(local.current as Dataset, section.key).length > 0,
      );
    if (local.current !== base.current && !stillRefused && timer.current === null) {
      timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    }
  }, [reportId]);

  /** Reads what is saved now and lists the user's changed fields with both values. */
  const describeConflict = async () => {
    const full = await api.get<FullReport>(`/api/reports/${reportId}/full`);
    their.current = { dataset: full.dataset, version: full.report.version, head: full.report };
    const mine = diffDatasets(base.current, local.current);
    const fields = mine.map((change) => ({
      path: change.path,
      mine: change.after,
      theirs: valueAt(full.dataset, change),
    }));
    setSaveState({ kind: "conflict", conflict: { theirVersion: full.report.version, fields } });
  };

  /**
   * Settles a conflict: for each of the user's changed fields, keep theirs (the saved value) or mine. The kept
   * changes are applied to the saved dataset and saved against its version.
   */
  const resolveConflict = useCallback(
    async (keepMine: ReadonlySet<string>) => {
      const saved = their.current;
      if (!saved || !base.current || !local.current) return;
      const mine = diffDatasets(base.current, local.current).filter((change) => keepMine.has(change.path));
      const merged = (mine.length > 0 ? applyDatasetChanges(saved.dataset, mine) : saved.dataset) as Dataset;
      base.current = saved.dataset;
      local.current = merged;
      version.current = saved.version;
      their.current = null;
      setHead(saved.head);
      setDataset(merged);
      if (merged === saved.dataset) setSaveState({ kind: "saved" });
      else await save();
    },
    [save],
  );

  const show = useCallback(
    (next: Dataset) => {
      local.current = next;
      setDataset(next);
      setSaveState((state) => (state.kind === "conflict" ? state : { kind: "pending" }));
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    },
    [save],
  );

  /**
   * Applies an edit to the local dataset and schedules the save. `key` names what was edited (a field's path):
   * edits of the same field in quick succession are one step of undo.
   */
  const edit = useCallback(
    (change: (dataset: Dataset) => Dataset, key = "") => {
      if (!local.current) return;
      const next = change(local.current);
      if (next === local.current) return;
      const now = Date.now();
      const merge = key !== "" && lastEdit.current?.key === key && now - lastEdit.current.at < UNDO_MERGE_MS;
      if (!merge) {
        undoStack.current.push(local.current);
        if (undoStack.current.length > UNDO_DEPTH) undoStack.current.shift();
      }
      lastEdit.current = { key, at: now };
      redoStack.current = [];
      setHistory({ undo: undoStack.current.length, redo: 0 });
      show(next);
    },
    [show],
  );

  /** Ctrl+Z: the dataset as it was before the last step (saved like any edit). */
  const undo = useCallback(() => {
    const previous = undoStack.current.pop();
    if (!previous || !local.current) return false;
    redoStack.current.push(local.current);
    lastEdit.current = null;
    setHistory({ undo: undoStack.current.length, redo: redoStack.current.length });
    show(previous);
    return true;
  }, [show]);

  /** Ctrl+Y: the step undone last, again. */
  const redo = useCallback(() => {
    const next = redoStack.current.pop();
    if (!next || !local.current) return false;
    undoStack.current.push(local.current);
    lastEdit.current = null;
    setHistory({ undo: undoStack.current.length, redo: redoStack.current.length });
    show(next);
    return true;
  }, [show]);

  /** Why `value` may not be stored at `path` (the first problem the section's schema finds there), or null. */
  const refusal = useCallback((path: readonly PathSegment[], value: unknown): string | null => {
    if (!local.current) return null;
    const issue = issuesAt(updateAt(local.current, path, value), path)[0];
    return issue ? `${issue.location}：${issue.message}` : null;
  }, []);

  /** A field's edit, with its section in the schema's shape (see withParsedSection). */
  const editAt = useCallback(
    (path: readonly PathSegment[], value: unknown) =>
      edit((d) => withParsedSection(updateAt(d, path, value), path), pathText(path)),
    [edit],
  );

  /** After a transition (submit): the new head and version. */
  const reload = load;

  return {
    head,
    dataset,
    loadError,
    saveState,
    drafts,
    setDraft,
    refusal,
    edit,
    editAt,
    undo,
    redo,
    history,
    save,
    resolveConflict,
    reload,
    version: () => version.current,
  };
}

function valueAt(dataset: unknown, change: DatasetChange): unknown {
  let value: unknown = dataset;
  for (const segment of change.segments) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}
