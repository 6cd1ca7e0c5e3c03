/**
 * A file the importer cannot read at all (encrypted, corrupt, truncated, too large, a zip bomb, macros, not what its
 * name says). The message is Chinese and names the file and the reason; `check`/`import` print it and exit 2, and
 * nothing is written.
 * @module
 */
export class UnreadableFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`无法导入“${file}”：${reason}`);
    this.name = "UnreadableFileError";
  }
}
