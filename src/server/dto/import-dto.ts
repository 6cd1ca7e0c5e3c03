/**
 * Answers about documents brought into the web app: a new report from a document (what was recognized, for the
 * user to check first) and a document compared with a stored report.
 * @module
 */
import { z } from "zod";

/** One item of an import report, with its place in the original file's terms (表2 第5行, 第3页, 第12段). */
export const ImportNoteDto = z.strictObject({
  where: z.string(),
  line: z.number().int().optional(),
  item: z.string(),
  detail: z.string(),
});
export type ImportNoteDto = z.infer<typeof ImportNoteDto>;

/** What the importer recognized where, what it did not and why, and what it had to interpret. */
export const ImportReportDto = z
  .strictObject({
    files: z.array(
      z.strictObject({
        file: z.string(),
        format: z.string(),
        convertedFrom: z.string().optional(),
        counts: z.strictObject({
          recognized: z.number().int(),
          unrecognized: z.number().int(),
          interpreted: z.number().int(),
          ignored: z.number().int(),
        }),
        recognized: z.array(ImportNoteDto),
        unrecognized: z.array(ImportNoteDto),
        interpreted: z.array(ImportNoteDto),
        ignored: z.array(ImportNoteDto),
      }),
    ),
    issues: z.array(z.string()),
  })
  .meta({ id: "ImportReport" });
export type ImportReportDto = z.infer<typeof ImportReportDto>;

/**
 * The dataset a document gave, before it is saved (so before the schema's defaults are filled in): the parts the
 * check page shows and lets the user correct are named, the rest passes as it is.
 */
export const ImportedDatasetDto = z.looseObject({
  formatVersion: z.number().int().optional(),
  year: z.number().int(),
  unit: z.looseObject({ name: z.string() }).optional(),
  projects: z
    .array(
      z.looseObject({
        name: z.string(),
        code: z.string().optional(),
        evaluation: z.looseObject({ indicators: z.array(z.unknown()).optional() }).optional(),
      }),
    )
    .optional(),
  narrative: z.array(z.looseObject({ title: z.string(), text: z.string() })).optional(),
  department: z
    .looseObject({ evaluation: z.looseObject({ indicators: z.array(z.unknown()).optional() }).optional() })
    .optional(),
});
export type ImportedDatasetDto = z.infer<typeof ImportedDatasetDto>;

/** POST /api/imports/new-report: nothing is stored; the report is created afterwards with the checked dataset. */
export const NewReportImportDto = z.strictObject({
  /** Null when what the document gave did not make a valid dataset (the reasons are in report.issues). */
  dataset: ImportedDatasetDto.nullable(),
  report: ImportReportDto,
  /** Something was left unrecognized. */
  unrecognized: z.boolean(),
  /** The year and unit name the document itself gives, shown beside those of the report. */
  documentYear: z.number().int().nullable(),
  documentUnitName: z.string().nullable(),
});
export type NewReportImportDto = z.infer<typeof NewReportImportDto>;

/** POST /api/reports/:id/compare-document: the fields where the document differs from the stored dataset. */
export const DocumentComparisonDto = z.strictObject({
  /** False when the document gave no dataset to compare. */
  comparable: z.boolean(),
  report: ImportReportDto,
  unrecognized: z.boolean(),
  changes: z.array(z.strictObject({ path: z.string(), before: z.unknown().optional(), after: z.unknown().optional() })),
});
export type DocumentComparisonDto = z.infer<typeof DocumentComparisonDto>;
