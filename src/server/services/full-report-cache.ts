/**
 * Whole-report responses (report, dataset, audit as UTF-8 JSON) kept in memory by report id and version. A version
 * is never rewritten, so an entry can only be unused, never wrong: every read still asks the database which version
 * is current (and authorizes), and only the large texts are taken from here. Each server process has its own cache;
 * nothing depends on it being there. Bounded in bytes, oldest entry out first. When a report changes, the many reads
 * in flight that find the new version missing share one build of it instead of each loading the texts.
 * @module
 */

export class FullReportCache {
  #entries = new Map<string, Uint8Array>();
  #bytes = 0;
  #building = new Map<string, Promise<Uint8Array>>();

  constructor(private readonly maxBytes = 64 * 1024 * 1024) {}

  /** `stamp` names what the bytes were made from: version, audit version and audit key. */
  get(id: string, stamp: string): Uint8Array | undefined {
    const key = `${id}|${stamp}`;
    const hit = this.#entries.get(key);
    if (hit) {
      // Most recently used last.
      this.#entries.delete(key);
      this.#entries.set(key, hit);
    }
    return hit;
  }

  /**
   * The bytes for `stamp` made by `make`, which is run once for all who ask while it runs. What it makes may be of
   * a newer stamp (the report changed meanwhile): it is kept under that one and given to everybody waiting.
   */
  build(id: string, stamp: string, make: () => Promise<{ stamp: string; bytes: Uint8Array }>): Promise<Uint8Array> {
    const key = `${id}|${stamp}`;
    let pending = this.#building.get(key);
    if (!pending) {
      pending = make()
        .then((made) => {
          this.set(id, made.stamp, made.bytes);
          return made.bytes;
        })
        .finally(() => this.#building.delete(key));
      this.#building.set(key, pending);
    }
    return pending;
  }

  set(id: string, stamp: string, bytes: Uint8Array): void {
    if (bytes.byteLength > this.maxBytes / 4) return;
    const key = `${id}|${stamp}`;
    if (this.#entries.has(key)) return;
    this.#entries.set(key, bytes);
    this.#bytes += bytes.byteLength;
    for (const [oldKey, old] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break;
      this.#entries.delete(oldKey);
      this.#bytes -= old.byteLength;
    }
  }
}
