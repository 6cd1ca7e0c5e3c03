/** What the server answers for an imported document (src/import/format-import-report.ts's JSON). */
export interface ImportNote {
  where: string;
  item: string;
  detail: string;
}

export interface ImportReport {
  files: Array<{
    file: string;
    format: string;
    convertedFrom?: string;
    counts: { recognized: number; unrecognized: number; interpreted: number; ignored: number };
    recognized: ImportNote[];
    unrecognized: ImportNote[];
    interpreted: ImportNote[];
  }>;
  issues: string[];
}

/** The part of an imported dataset the check page shows and lets the user correct. */
export interface ImportedDataset {
  year: number;
  unit?: { name: string };
  projects?: Array<{ name: string; code?: string; evaluation?: { indicators?: unknown[] } }>;
  narrative?: Array<{ title: string; text: string }>;
  department?: { evaluation?: { indicators?: unknown[] } };
  [key: string]: unknown;
}

export interface NewReportImport {
  dataset: ImportedDataset | null;
  report: ImportReport;
  unrecognized: boolean;
  documentYear: number | null;
  documentUnitName: string | null;
}

/** The file as the body of an upload: the server takes the bytes as they are and the name from X-File-Name. */
export function uploadHeaders(file: File): Record<string, string> {
  return { "content-type": "application/octet-stream", "x-file-name": encodeURIComponent(file.name) };
}
