/**
 * The summaries a server process has built, each kept with the stamp its subtree had when it was built
 * (ReportsRepository.summaryStamp: the number of reports and the sum of their revisions, which any change raises).
 * A request reads the stamp — one narrow query — and is answered from memory while it is the same; otherwise the
 * summary is built again. The stamp is read before the rows, so a summary is never older than its stamp: a write
 * landing in between makes the next request build again, never a stale answer kept. Several processes each keep
 * their own; the stamp lives in the database, so none of them serves what another has changed.
 *
 * Requests that find the same stamp while a build runs wait for that build. Entries past `maxBytes` (their JSON
 * body counted twice, for the rows kept beside it) go, least recently used first.
 * @module
 */
import type { RegionSummaryRow } from "./region-summary.ts";

/** A summary as built once: its rows (for the .xlsx export and pages of the queue) and its JSON body. */
export interface BuiltSummary {
  rows: readonly RegionSummaryRow[];
  body: Uint8Array;
}

interface Entry {
  stamp: string;
  built: Promise<BuiltSummary>;
  bytes: number;
}

/** About ten province-sized (10,000-report) summaries. */
const DEFAULT_MAX_BYTES = 96 * 1024 * 1024;

export class SummaryCache {
  readonly #entries = new Map<string, Entry>();
  #bytes = 0;

  constructor(private readonly maxBytes = DEFAULT_MAX_BYTES) {}

  /** The summary `key` (a subtree and what is asked of it) as of `stamp`, built by `build` unless already kept. */
  get(key: string, stamp: string, build: () => Promise<BuiltSummary>): Promise<BuiltSummary> {
    const kept = this.#entries.get(key);
    if (kept?.stamp === stamp) {
      // Most recently used last, so that eviction takes the oldest first.
      this.#entries.delete(key);
      this.#entries.set(key, kept);
      return kept.built;
    }
    this.#remove(key);
    const entry: Entry = { stamp, built: build(), bytes: 0 };
    this.#entries.set(key, entry);
    entry.built.then(
      (built) => {
        if (this.#entries.get(key) !== entry) return;
        entry.bytes = built.body.byteLength * 2;
        this.#bytes += entry.bytes;
        this.#evict();
      },
      () => {
        if (this.#entries.get(key) === entry) this.#entries.delete(key);
      },
    );
    return entry.built;
  }

  /** How many summaries are kept (tests). */
  get size(): number {
    return this.#entries.size;
  }

  #remove(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#bytes -= entry.bytes;
    this.#entries.delete(key);
  }

  #evict(): void {
    for (const [key, entry] of this.#entries) {
      if (this.#bytes <= this.maxBytes || this.#entries.size <= 1) return;
      if (entry.bytes > 0) this.#remove(key);
    }
  }
}
