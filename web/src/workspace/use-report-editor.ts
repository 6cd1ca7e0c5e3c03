/**
 * The state of one report in the workspace: what the server has (version, head, dataset at that version), what the
 * user has typed since (the local dataset), and saving. Every edit changes the local dataset at once; a save of the
 * whole dataset follows after a short pause (PUT /dataset with the version it is based on). When someone else saved
 * first (409), the user's changes are listed against the values now saved, and the user chooses per field.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { applyDatasetChanges, type DatasetChange, diffDatasets } from "../../../src/core/dataset/dataset-diff.ts";
import type { Dataset } from "../../../src/core/dataset/schema.ts";
import { ApiError, api } from "../api/client.ts";
import type { ReportStatus } from "../api/types.ts";

export interface ReportHeadJson {
  id: string;
  unit_id: string;
  year: number;
  status: ReportStatus;
  statusName: string;
  profile_id: string;
  version: number;
  unitName: string;
  due_at: string | null;
  submitted_at: string | null;
  auditStale: boolean;
}

interface FullReport {
  report: ReportHeadJson;
  dataset: Dataset;
}

export type SaveState =
  | { kind: "saved" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "error"; message: string }
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

export function useReportEditor(reportId: string) {
  const [head, setHead] = useState<ReportHeadJson | null>(null);
  const [dataset, setDataset] = useState<Dataset | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: "saved" });
  // The dataset as saved at head.version: what the user's edits are measured against.
  const base = useRef<Dataset | null>(null);
  const local = useRef<Dataset | null>(null);
  const version = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saving = useRef<Promise<void> | null>(null);
  const their = useRef<{ dataset: Dataset; version: number; head: ReportHeadJson } | null>(null);

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

  const save = useCallback(async (): Promise<void> => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    if (saving.current) {
      await saving.current;
      if (local.current === base.current) return;
    }
    const toSave = local.current;
    if (!toSave || toSave === base.current) return;
    setSaveState({ kind: "saving" });
    const run = (async () => {
      try {
        const answer = await api.put<{ version: number }>(`/api/reports/${reportId}/dataset`, { version: version.current, dataset: toSave });
        base.current = toSave;
        version.current = answer.version;
        setHead((current) => (current ? { ...current, version: answer.version } : current));
        setSaveState(local.current === toSave ? { kind: "saved" } : { kind: "pending" });
      } catch (error) {
        if (error instanceof ApiError && error.status === 409) {
          await describeConflict();
        } else {
          setSaveState({ kind: "error", message: error instanceof ApiError ? error.message : "保存失败，请重试" });
        }
      }
    })();
    saving.current = run;
    await run;
    saving.current = null;
    if (local.current !== base.current && timer.current === null) {
      timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    }
  }, [reportId]);

  /** Reads what is saved now and lists the user's changed fields with both values. */
  const describeConflict = async () => {
    const full = await api.get<FullReport>(`/api/reports/${reportId}/full`);
    their.current = { dataset: full.dataset, version: full.report.version, head: full.report };
    const mine = diffDatasets(base.current, local.current);
    const fields = mine.map((change) => ({ path: change.path, mine: change.after, theirs: valueAt(full.dataset, change) }));
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

  /** Applies an edit to the local dataset and schedules the save. */
  const edit = useCallback(
    (change: (dataset: Dataset) => Dataset) => {
      if (!local.current) return;
      const next = change(local.current);
      if (next === local.current) return;
      local.current = next;
      setDataset(next);
      setSaveState((state) => (state.kind === "conflict" ? state : { kind: "pending" }));
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    },
    [save],
  );

  /** After a transition (submit): the new head and version. */
  const reload = load;

  return { head, dataset, loadError, saveState, edit, save, resolveConflict, reload, version: () => version.current };
}

function valueAt(dataset: unknown, change: DatasetChange): unknown {
  let value: unknown = dataset;
  for (const segment of change.segments) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}
