/**
 * The preview pages this process has drawn, the most recently shown last: a page turned back and forth is drawn once,
 * and past PREVIEW_LIMITS.cachedPages the least recently shown goes. Looked up only after the access rule passed.
 * @module
 */
import { PREVIEW_LIMITS } from "./preview-pdf.ts";

export class DrawnPages {
  readonly #pages = new Map<string, Uint8Array>();

  /** The page drawn for `key`, which becomes the most recently shown; undefined when it is not kept. */
  get(key: string): Uint8Array | undefined {
    const png = this.#pages.get(key);
    if (png) {
      this.#pages.delete(key);
      this.#pages.set(key, png);
    }
    return png;
  }

  keep(key: string, png: Uint8Array): void {
    this.#pages.set(key, png);
    if (this.#pages.size > PREVIEW_LIMITS.cachedPages) this.#pages.delete(this.#pages.keys().next().value as string);
  }
}
