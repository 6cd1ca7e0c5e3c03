/** The PDFs of published reports, one per report version, made by a document job at publication. @module */
import { nowIso } from "./clock.ts";
import type { Kysely } from "kysely";
import type { DatabaseSchema } from "./database-schema.ts";

export class PublishedPdfsRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  /** Keeps the PDF of `version` (a second one of the same version changes nothing: it was made of the same data). */
  async save(input: { reportId: string; version: number; name: string; data: Uint8Array }): Promise<void> {
    await this.db
      .insertInto("published_pdfs")
      .values({
        report_id: input.reportId,
        version: input.version,
        name: input.name,
        data: input.data,
        created_at: nowIso(),
      })
      .onConflict((oc) => oc.columns(["report_id", "version"]).doNothing())
      .execute();
  }

  async find(reportId: string, version: number): Promise<{ name: string; data: Uint8Array } | undefined> {
    const row = await this.db
      .selectFrom("published_pdfs")
      .select(["name", "data"])
      .where("report_id", "=", reportId)
      .where("version", "=", version)
      .executeTakeFirst();
    return row ? { name: row.name, data: new Uint8Array(row.data) } : undefined;
  }

  /** Published reports without a PDF of their current version (published before PDFs were kept, or whose job failed). */
  async missing(): Promise<{ id: string; version: number; updated_by: string | null }[]> {
    return this.db
      .selectFrom("reports")
      .select(["reports.id", "reports.version", "reports.updated_by"])
      .where("reports.status", "=", "published")
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom("published_pdfs")
              .select("published_pdfs.report_id")
              .whereRef("published_pdfs.report_id", "=", "reports.id")
              .whereRef("published_pdfs.version", "=", "reports.version"),
          ),
        ),
      )
      .execute();
  }
}
