/**
 * Whole-report responses (report, dataset, audit as UTF-8 JSON) kept in memory, one entry per report: the answer of
 * its latest version read here, and the two large parts it is made of — the dataset's text of a version and the
 * stored audit's text of an audit version and key — as bytes. A version's dataset and an audit's text are never
 * rewritten, so a part can only be unused, never wrong: every read still asks the database which version is current
 * (and authorizes), and only the large texts are taken from here. When a report changes, its part that did not change
 * is reused and the one that did is given by the write (ReportWrites remembers the dataset it saved) or read alone,
 * so an edit costs neither a read of the whole row back nor a re-encoding of the part that stayed. Each server process
 * has its own cache; nothing depends on it being there. Bounded in bytes, the least recently read report out first.
 * The many reads in flight that find a new version missing share one build of it.
 * @module
 */

/** A dataset's text of one version, as UTF-8. */
export interface DatasetPart {
  version: number;
  bytes: Uint8Array;
}

/** A dataset's text remembered from a write, encoded when a read first needs it (the next edit may come first). */
interface RememberedDataset {
  version: number;
  text: string;
}

/** A stored audit's text (ScoresDto JSON) of one audit version under one audit key, as UTF-8. */
export interface AuditPart {
  version: number;
  key: string;
  bytes: Uint8Array;
}

interface Entry {
  /** The answer last made, and what it was made from (see FullReportCache.get). */
  answer?: { stamp: string; bytes: Uint8Array<ArrayBuffer> } | undefined;
  dataset?: DatasetPart | RememberedDataset | undefined;
  audit?: AuditPart | undefined;
}

const encoder = new TextEncoder();
const OPEN_REPORT = encoder.encode('{"report":');
const OPEN_DATASET = encoder.encode(',"dataset":');
const OPEN_SCORES = encoder.encode(',"scores":');
const CLOSE = encoder.encode("}");

/** `{"report":…,"dataset":…,"scores":…}` from the three parts, and where the dataset and the audit lie in it. */
export function composeFullReport(
  reportJson: string,
  dataset: Uint8Array,
  audit: Uint8Array,
): { bytes: Uint8Array<ArrayBuffer>; dataset: Uint8Array; audit: Uint8Array } {
  const report = encoder.encode(reportJson);
  const parts = [OPEN_REPORT, report, OPEN_DATASET, dataset, OPEN_SCORES, audit, CLOSE];
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let at = 0;
  let datasetAt = 0;
  let auditAt = 0;
  for (const part of parts) {
    if (part === dataset) datasetAt = at;
    if (part === audit) auditAt = at;
    bytes.set(part, at);
    at += part.byteLength;
  }
  return {
    bytes,
    dataset: bytes.subarray(datasetAt, datasetAt + dataset.byteLength),
    audit: bytes.subarray(auditAt, auditAt + audit.byteLength),
  };
}

export class FullReportCache {
  #entries = new Map<string, Entry>();
  #bytes = 0;
  #building = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

  constructor(private readonly maxBytes = 64 * 1024 * 1024) {}

  /**
   * The answer made for `stamp` (version, audit version, audit key, deadline: everything of the report's head the
   * answer shows that can change), if it is the one kept.
   */
  get(id: string, stamp: string): Uint8Array<ArrayBuffer> | undefined {
    const entry = this.#entries.get(id);
    if (entry?.answer?.stamp !== stamp) return undefined;
    // Most recently used last.
    this.#entries.delete(id);
    this.#entries.set(id, entry);
    return entry.answer.bytes;
  }

  /** The dataset of `version` of the report, if kept. */
  datasetOf(id: string, version: number): Uint8Array | undefined {
    const part = this.#entries.get(id)?.dataset;
    if (part?.version !== version) return undefined;
    if ("bytes" in part) return part.bytes;
    const bytes = encoder.encode(part.text);
    this.#update(id, (entry) => ({ ...entry, dataset: { version, bytes } }));
    return bytes;
  }

  /** The stored audit of `version` under `key`, if kept. */
  auditOf(id: string, version: number, key: string): Uint8Array | undefined {
    const part = this.#entries.get(id)?.audit;
    return part?.version === version && part.key === key ? part.bytes : undefined;
  }

  /** The dataset text of a version just saved (by this process): the next read of that version does not load it. */
  rememberDataset(id: string, version: number, text: string): void {
    this.#update(id, (entry) => ({ ...entry, dataset: { version, text } }));
  }

  /**
   * The bytes for `stamp` made by `make`, which is run once for all who ask while it runs. What it makes may be of a
   * newer stamp (the report changed meanwhile): it is kept under that one and given to everybody waiting. The parts
   * it was made of are kept as views into the answer (no second copy).
   */
  build(
    id: string,
    stamp: string,
    make: () => Promise<{ stamp: string; bytes: Uint8Array<ArrayBuffer>; dataset: DatasetPart; audit: AuditPart }>,
  ): Promise<Uint8Array<ArrayBuffer>> {
    const key = `${id}|${stamp}`;
    let pending = this.#building.get(key);
    if (!pending) {
      pending = make()
        .then((made) => {
          this.#set(id, made);
          return made.bytes;
        })
        .finally(() => this.#building.delete(key));
      this.#building.set(key, pending);
    }
    return pending;
  }

  #set(
    id: string,
    made: { stamp: string; bytes: Uint8Array<ArrayBuffer>; dataset: DatasetPart; audit: AuditPart },
  ): void {
    if (made.bytes.byteLength > this.maxBytes / 4) return;
    this.#update(id, (entry) => ({
      answer: { stamp: made.stamp, bytes: made.bytes },
      // A newer dataset remembered by a write while this answer was made stays.
      dataset: entry.dataset && entry.dataset.version > made.dataset.version ? entry.dataset : made.dataset,
      audit: made.audit,
    }));
  }

  #update(id: string, change: (entry: Entry) => Entry): void {
    const old = this.#entries.get(id) ?? {};
    const entry = change(old);
    this.#entries.delete(id);
    this.#entries.set(id, entry);
    this.#bytes += sizeOf(entry) - sizeOf(old);
    for (const [oldId, oldEntry] of this.#entries) {
      if (this.#bytes <= this.maxBytes || oldId === id) break;
      this.#entries.delete(oldId);
      this.#bytes -= sizeOf(oldEntry);
    }
  }
}

/** The bytes an entry holds: its answer, and each part that is not a view into the answer. */
function sizeOf(entry: Entry): number {
  const answer = entry.answer?.bytes;
  const own = (part: Uint8Array | undefined) => (part && part.buffer !== answer?.buffer ? part.byteLength : 0);
  const dataset = entry.dataset;
  // A string of Chinese text takes two bytes a character.
  const datasetBytes = !dataset ? 0 : "bytes" in dataset ? own(dataset.bytes) : dataset.text.length * 2;
  return (answer?.byteLength ?? 0) + datasetBytes + own(entry.audit?.bytes);
}
