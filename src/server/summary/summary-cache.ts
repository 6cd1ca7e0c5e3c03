/**
 * The summaries a server process has built, each kept with the stamp its subtree had when it was read
 * (ReportsRepository.summaryStamp: the number of reports and the sum of their revisions, which any write raises).
 * A request reads the stamp — one narrow query — and is answered with the same bytes while it is unchanged. When it
 * has changed, only the id and revision of each row are read; the rows whose revision moved are read again and
 * serialized anew, the others keep their JSON, and the body is put together from the pieces. So in a region where
 * some unit is always editing, a 财政厅's summary of 10,000 reports costs a narrow query and a few rows, not the
 * reading and serializing of 10,000. When the subtree's set of reports changed (a new report, a report leaving or
 * joining a filtered summary such as the queue) or most rows did, the summary is read whole again.
 *
 * Stamps and revisions are read before the rows, so a kept row is never older than the revision it is kept with:
 * a write landing in between makes the next request read that row again, never a stale answer kept. Several
 * processes each keep their own; the revisions live in the database, so none serves what another has changed.
 * Requests for the same summary are served one refresh at a time. Summaries past `maxBytes` go, least recently
 * used first.
 * @module
 */
import type { ReportStatus } from "../../core/workflow/workflow.ts";
import type { AuditKeys, ReportsRepository, SummaryReportRow } from "../../storage/reports-repository.ts";
import type { RegionSummaryRow } from "./region-summary.ts";

/** One question asked of a subtree: which of its reports, in what order, with what JSON around the rows. */
export interface SummaryQuestion {
  /** Tells this question from the others asked of the same subtree. */
  key: string;
  path: string;
  filter: { year?: number; statuses?: readonly ReportStatus[] };
  /** The rows' order when it is not the unit tree's (the queue's). */
  sort?: (a: RegionSummaryRow, b: RegionSummaryRow) => number;
  /** The body is `${before}[…rows…]${after(count)}`. */
  before: string;
  after: (count: number) => string;
}

/** A summary as answered: its rows (for the .xlsx export and pages of the queue) and its JSON body. */
export interface KeptSummary {
  rows: readonly RegionSummaryRow[];
  body: Uint8Array<ArrayBuffer>;
}

interface Entry extends KeptSummary {
  stamp: string;
  rows: RegionSummaryRow[];
  /** Each row's revision when it was read, and its JSON. */
  revisions: Map<string, number>;
  json: Map<string, Uint8Array>;
  bytes: number;
}

interface Slot {
  entry?: Entry;
  /** The refresh under way, and the stamp it is for. */
  pending?: Promise<Entry>;
  pendingStamp?: string;
}

/** About eight province-sized (10,000-report) summaries: each is kept as rows, row JSON and body. */
const DEFAULT_MAX_BYTES = 96 * 1024 * 1024;
/** Past this share of changed rows, reading the summary whole is cheaper than reading those rows by id. */
const PATCH_SHARE = 0.2;
const COMMA = 0x2c;

export class SummaryCache {
  readonly #slots = new Map<string, Slot>();
  #bytes = 0;

  constructor(
    private readonly reports: ReportsRepository,
    private readonly keys: AuditKeys,
    private readonly rowOf: (row: SummaryReportRow) => RegionSummaryRow,
    private readonly maxBytes = DEFAULT_MAX_BYTES,
  ) {}

  /** The summary the question asks for, as of now. */
  async get(question: SummaryQuestion): Promise<KeptSummary> {
    const stamp = await this.reports.summaryStamp(question.path);
    const key = `${question.path}|${question.key}`;
    let slot = this.#slots.get(key);
    if (!slot) {
      slot = {};
      this.#slots.set(key, slot);
    }
    // Most recently used last, so that eviction takes the oldest first.
    this.#slots.delete(key);
    this.#slots.set(key, slot);
    if (slot.entry?.stamp === stamp) return slot.entry;
    if (slot.pending && slot.pendingStamp === stamp) return slot.pending;
    const current = slot;
    const base = current.pending ? current.pending.catch(() => current.entry) : Promise.resolve(current.entry);
    const pending = base.then((previous) => this.#refresh(question, stamp, previous));
    current.pending = pending;
    current.pendingStamp = stamp;
    try {
      const entry = await pending;
      if (current.pending === pending) {
        this.#bytes += entry.bytes - (current.entry?.bytes ?? 0);
        current.entry = entry;
        current.pending = undefined;
        this.#evict();
      }
      return entry;
    } catch (error) {
      if (current.pending === pending) current.pending = undefined;
      throw error;
    }
  }

  /** How many summaries are kept (tests). */
  get size(): number {
    return [...this.#slots.values()].filter((slot) => slot.entry).length;
  }

  async #refresh(question: SummaryQuestion, stamp: string, previous: Entry | undefined): Promise<Entry> {
    if (previous) {
      const listed = await this.reports.listSummaryRevisions(question.path, question.filter);
      const sameReports =
        listed.length === previous.rows.length && listed.every((each) => previous.revisions.has(each.reportId));
      const changed = listed
        .filter((each) => previous.revisions.get(each.reportId) !== each.revision)
        .map((each) => each.reportId);
      if (sameReports && changed.length <= Math.max(1, listed.length * PATCH_SHARE)) {
        const fresh =
          changed.length === 0
            ? []
            : await this.reports.listSummaryRows(question.path, this.keys, { ...question.filter, ids: changed });
        // A row that left the question between the two reads is missing here: read the whole summary instead.
        if (fresh.length === changed.length) return this.#patched(question, stamp, previous, fresh);
      }
    }
    const rows = await this.reports.listSummaryRows(question.path, this.keys, question.filter);
    const entry: Entry = {
      stamp,
      rows: [],
      revisions: new Map(),
      json: new Map(),
      body: new Uint8Array(),
      bytes: 0,
    };
    return this.#patched(question, stamp, entry, rows);
  }

  /**
   * The entry with `fresh` rows in place of (or, for a new entry, as) its own: `previous`'s maps are taken over
   * (a slot refreshes one at a time and drops the previous entry), its rows and body are left as they were.
   */
  #patched(question: SummaryQuestion, stamp: string, previous: Entry, fresh: readonly SummaryReportRow[]): Entry {
    const replaced = new Map<string, RegionSummaryRow>();
    for (const row of fresh) {
      const summary = this.rowOf(row);
      replaced.set(row.reportId, summary);
      previous.revisions.set(row.reportId, row.revision);
      previous.json.set(row.reportId, Buffer.from(JSON.stringify(summary)));
    }
    let rows =
      previous.rows.length === 0
        ? [...replaced.values()]
        : previous.rows.map((row) => replaced.get(row.reportId) ?? row);
    if (question.sort) rows = rows.sort(question.sort);
    const body = assembled(
      question.before,
      rows.map((row) => previous.json.get(row.reportId) as Uint8Array),
      question.after(rows.length),
    );
    return {
      stamp,
      rows,
      revisions: previous.revisions,
      json: previous.json,
      body,
      bytes: body.byteLength * 3,
    };
  }

  #evict(): void {
    for (const [key, slot] of this.#slots) {
      if (this.#bytes <= this.maxBytes || this.#slots.size <= 1) return;
      if (!slot.entry || slot.pending) continue;
      this.#bytes -= slot.entry.bytes;
      this.#slots.delete(key);
    }
  }
}

/** `${before}[part,part,…]${after}` as one UTF-8 buffer of its own (sent as it is). */
function assembled(before: string, parts: readonly Uint8Array[], after: string): Uint8Array<ArrayBuffer> {
  const head = Buffer.from(`${before}[`);
  const tail = Buffer.from(`]${after}`);
  let length = head.byteLength + tail.byteLength + Math.max(0, parts.length - 1);
  for (const part of parts) length += part.byteLength;
  const body = new Uint8Array(length);
  body.set(head, 0);
  let at = head.byteLength;
  parts.forEach((part, index) => {
    if (index > 0) body[at++] = COMMA;
    body.set(part, at);
    at += part.byteLength;
  });
  body.set(tail, at);
  return body;
}
