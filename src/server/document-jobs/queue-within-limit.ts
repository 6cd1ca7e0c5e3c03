/**
 * Queues a user's document job or batch, refused as "rate-limited" when the user already has as many queued or
 * running as allowed (the repository counts and inserts in one transaction), and wakes this process's runner.
 * @module
 */
import { JobLimitError } from "../../storage/jobs-repository.ts";
import { AppError } from "../app-error.ts";
import type { Services } from "../services/services.ts";

export async function queueWithinLimit<T>(services: Services, enqueue: () => Promise<T>): Promise<T> {
  let queued: T;
  try {
    queued = await enqueue();
  } catch (error) {
    if (error instanceof JobLimitError) throw new AppError("rate-limited", error.message);
    throw error;
  }
  services.jobRunner.wake();
  return queued;
}
