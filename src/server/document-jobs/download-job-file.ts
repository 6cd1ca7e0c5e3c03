/** One file a finished job made (a Word report, an Excel table, a PDF), with its media type and the name it is saved under. */
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";
import { jobFileAt, readJobFiles } from "./read-job-files.ts";

/** The media type of each kind of file a job makes, by extension. */
const MEDIA_TYPES: Record<string, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
  json: "application/json; charset=utf-8",
};

/** The media types a job's file is sent as (for the OpenAPI document). */
export const JOB_FILE_TYPES = [
  ...Object.values(MEDIA_TYPES).map((type) => type.split(";")[0] as string),
  "application/octet-stream",
];

export async function downloadJobFile(services: Services, options: { actor: Actor; jobId: string; index: string }) {
  const { file } = jobFileAt(await readJobFiles(services, options), options.index);
  return {
    fileName: file.name.split("/").pop() ?? file.name,
    mediaType: MEDIA_TYPES[file.name.split(".").pop()?.toLowerCase() ?? ""] ?? "application/octet-stream",
    data: file.data,
  };
}
