/** The files a finished job made (name and size, each downloadable by its index), for those who may read its report. */
import type { JobFilesDto } from "../dto/job-dto.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";
import { readJobFiles } from "./read-job-files.ts";

export async function listJobFiles(services: Services, options: { actor: Actor; jobId: string }): Promise<JobFilesDto> {
  const files = await readJobFiles(services, options);
  return { files: files.map((file, index) => ({ index, name: file.name, bytes: file.data.byteLength })) };
}
