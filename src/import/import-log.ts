/**
 * The import report as it is collected: every recognized item with its place, everything that was not recognized
 * and why, and every value the importer had to interpret (full-width digits, a unit suffix, a merged 一级 cell filled
 * down, a row re-joined). Nothing is guessed silently: a recognizer that decides something tells the log.
 * @module
 */
import { describePlace, type SourceFormat, type SourcePlace } from "./source-document.ts";

export interface ImportNote {
  /** The place in the original file's terms: 表2 第5行, 第3页, 第12段. */
  where: string;
  line?: number;
  /** What the note is about: 项目支出绩效自评表“州本级单位缴费”, 指标“受众人数”的权重. */
  item: string;
  /** How it was read, why it was not, or how the value was interpreted. */
  detail: string;
}

export class ImportLog {
  readonly recognized: ImportNote[] = [];
  readonly unrecognized: ImportNote[] = [];
  readonly interpreted: ImportNote[] = [];

  constructor(readonly format: SourceFormat) {}

  private note(place: SourcePlace | undefined, item: string, detail: string): ImportNote {
    const note: ImportNote = { where: describePlace(place, this.format), item, detail };
    if (place?.line) note.line = place.line;
    return note;
  }

  recognize(place: SourcePlace | undefined, item: string, detail = ""): void {
    this.recognized.push(this.note(place, item, detail));
  }

  skip(place: SourcePlace | undefined, item: string, reason: string): void {
    this.unrecognized.push(this.note(place, item, reason));
  }

  interpret(place: SourcePlace | undefined, item: string, how: string): void {
    this.interpreted.push(this.note(place, item, how));
  }
}
