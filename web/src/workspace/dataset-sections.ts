/**
 * The page saves a dataset by its sections (PATCH /dataset/sections/:section), not whole: these say which sections
 * differ from what is saved, what the saved dataset becomes once one is saved, and whether a section would pass the
 * server's check — the core schema applied to that section alone, exactly as the server applies it
 * (src/server/services/save-dataset-section.ts), so that an invalid section is refused here, on its field, before
 * it is sent, while the other sections keep saving.
 */
import type { Dataset } from "../../../src/core/dataset/schema.ts";
import { type InputIssue, validateDataset } from "../../../src/core/dataset/validate-dataset.ts";
import { formatPath, type PathSegment } from "../../../src/core/dataset/dataset-path.ts";

/** "unit", "finalAccounts", … or one project "projects.3". */
export type SectionKey = string;

export interface ChangedSection {
  key: SectionKey;
  /** The value to send: the section, or null when it was removed. */
  value: unknown;
}

/** Above this many changed projects the whole list is sent once instead of one request each. */
const MAX_PROJECT_PATCHES = 5;

const FIXED = new Set(["formatVersion", "year"]);

/**
 * Equal parts: the same object (an edit shares every unchanged part), or the same content (a conflict's merge, an
 * undo past a save build new objects for parts that did not change).
 */
function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** The sections of `local` that differ from `base` (compared by identity: edits share every unchanged part). */
export function changedSections(base: Dataset, local: Dataset): ChangedSection[] {
  const changed: ChangedSection[] = [];
  const keys = new Set([...Object.keys(base), ...Object.keys(local)]);
  for (const key of keys) {
    if (FIXED.has(key)) continue;
    const before = (base as Record<string, unknown>)[key];
    const after = (local as Record<string, unknown>)[key];
    if (same(before, after)) continue;
    if (key === "projects" && Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
      const indexes = after
        .map((project, index) => (same(project, before[index]) ? -1 : index))
        .filter((index) => index >= 0);
      if (indexes.length <= MAX_PROJECT_PATCHES) {
        for (const index of indexes) changed.push({ key: `projects.${index}`, value: after[index] });
        continue;
      }
    }
    changed.push({ key, value: after === undefined ? null : after });
  }
  return changed;
}

/** The saved dataset once `key` of `local` is saved: only that part replaced. */
export function withSavedSection(base: Dataset, local: Dataset, key: SectionKey): Dataset {
  const project = /^projects\.(\d+)$/.exec(key);
  if (project) {
    const index = Number(project[1]);
    const projects = base.projects.slice();
    projects[index] = local.projects[index] as Dataset["projects"][number];
    return { ...base, projects };
  }
  const next: Record<string, unknown> = { ...base };
  const value = (local as Record<string, unknown>)[key];
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next as Dataset;
}

/** The section a dataset path belongs to: its top-level key, or "projects.N" under a project. */
export function sectionOf(path: readonly PathSegment[]): SectionKey {
  if (path[0] === "projects" && typeof path[1] === "number") return `projects.${path[1]}`;
  return String(path[0]);
}

/**
 * What the server would refuse in section `key` of `dataset` (empty when it would be saved). One project is checked
 * alone (a keystroke must not check all of 凉山's 21); the server adds the check across projects (the same code and
 * name twice), and its refusal is shown the same way.
 */
export function sectionIssues(dataset: Dataset, key: SectionKey): InputIssue[] {
  const project = /^projects\.(\d+)$/.exec(key);
  if (project) {
    const result = validateDataset({
      formatVersion: dataset.formatVersion,
      year: dataset.year,
      projects: [dataset.projects[Number(project[1])]],
    });
    return result.ok
      ? []
      : result.issues.map((issue) => ({
          ...issue,
          location: issue.location.replace(/^projects\[0\]/, `projects[${project[1]}]`),
        }));
  }
  const result = validateDataset({
    formatVersion: dataset.formatVersion,
    year: dataset.year,
    [key]: (dataset as Record<string, unknown>)[key],
  });
  return result.ok ? [] : result.issues;
}

/** The problems of `dataset` at `path` or below it, were the section holding it saved now. */
export function issuesAt(dataset: Dataset, path: readonly PathSegment[]): InputIssue[] {
  const at = formatPath(path);
  return sectionIssues(dataset, sectionOf(path)).filter(
    (issue) => issue.location === at || issue.location.startsWith(`${at}.`) || issue.location.startsWith(`${at}[`),
  );
}

/**
 * The dataset with the section holding `path` in the shape the schema gives it (defaults filled in: a new
 * basicData gets its empty funds list), as the server will store it — the audit in the page reads the dataset in
 * that shape, and a section made by one field's edit would otherwise lack them. Left as it is when the section is
 * refused. Only that section (or that one project) becomes a new object.
 */
export function withParsedSection(dataset: Dataset, path: readonly PathSegment[]): Dataset {
  const key = sectionOf(path);
  const project = /^projects\.(\d+)$/.exec(key);
  if (project) {
    const index = Number(project[1]);
    const result = validateDataset({
      formatVersion: dataset.formatVersion,
      year: dataset.year,
      projects: [dataset.projects[index]],
    });
    if (!result.ok) return dataset;
    const projects = dataset.projects.slice();
    projects[index] = result.dataset.projects[0] as Dataset["projects"][number];
    return { ...dataset, projects };
  }
  const value = (dataset as Record<string, unknown>)[key];
  if (value === undefined) return dataset;
  const result = validateDataset({ formatVersion: dataset.formatVersion, year: dataset.year, [key]: value });
  if (!result.ok) return dataset;
  return { ...dataset, [key]: (result.dataset as Record<string, unknown>)[key] } as Dataset;
}
