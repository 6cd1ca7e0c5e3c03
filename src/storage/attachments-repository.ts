/** Evidence files attached to a report (bytes kept in the database, so every server process can serve them). */
import { createHash, randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { nowIso } from "./clock.ts";
import type { AttachmentRow, DatabaseSchema } from "./database-schema.ts";

export type AttachmentInfo = Omit<AttachmentRow, "content">;

export class AttachmentsRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async add(input: {
    reportId: string;
    fileName: string;
    mediaType: string;
    content: Uint8Array;
    uploadedBy: string;
  }): Promise<AttachmentInfo> {
    const row: AttachmentRow = {
      id: randomUUID(),
      report_id: input.reportId,
      file_name: input.fileName,
      media_type: input.mediaType,
      bytes: input.content.byteLength,
      sha256: createHash("sha256").update(input.content).digest("hex"),
      content: input.content,
      uploaded_by: input.uploadedBy,
      created_at: nowIso(),
    };
    await this.db.insertInto("attachments").values(row).execute();
    const { content: _content, ...info } = row;
    return info;
  }

  async list(reportId: string): Promise<AttachmentInfo[]> {
    return this.db
      .selectFrom("attachments")
      .select(["id", "report_id", "file_name", "media_type", "bytes", "sha256", "uploaded_by", "created_at"])
      .where("report_id", "=", reportId)
      .orderBy("created_at")
      .execute();
  }

  /** The attachment without its content (to authorize before loading up to 10 MB). */
  async info(id: string): Promise<AttachmentInfo | undefined> {
    return this.db
      .selectFrom("attachments")
      .select(["id", "report_id", "file_name", "media_type", "bytes", "sha256", "uploaded_by", "created_at"])
      .where("id", "=", id)
      .executeTakeFirst();
  }

  async find(id: string): Promise<AttachmentRow | undefined> {
    return this.db.selectFrom("attachments").selectAll().where("id", "=", id).executeTakeFirst();
  }
}
