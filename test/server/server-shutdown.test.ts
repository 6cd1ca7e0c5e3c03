/**
 * Stopping the server closes what its services hold: a public download waiting for the PDF of a report published a
 * moment ago (the PDF job not done yet) is answered at once — "come back later" — instead of holding the shutdown for
 * the whole wait, or polling a database already closed.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../../src/server/start-server.ts";
import { ApiClient } from "../support/api-client.ts";
import { EXAMPLES_DIR } from "../support/server-harness.ts";
import { publishLingling } from "../support/submittable-report.ts";

describe("server shutdown", () => {
  const dir = mkdtempSync(join(tmpdir(), "jixiao-shutdown-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("answers a download waiting for a published PDF at once, and stops", async () => {
    // Without jobs in this process nothing converts: the publication's PDF job stays queued.
    const server: RunningServer = await startServer({
      database: `sqlite:${join(dir, "jixiao.db")}`,
      host: "127.0.0.1",
      port: 0,
      demo: { examplesDir: EXAMPLES_DIR, dataDir: dir },
      jobs: false,
    });
    const signedIn = async (role: string) => {
      const account = server.demoAccounts.find((a) => a.role === role);
      const client = new ApiClient({ baseUrl: server.url });
      expect((await client.signIn(account?.username as string, account?.password as string)).status).toBe(200);
      return client;
    };
    const { reportId } = await publishLingling({
      admin: await signedIn("admin"),
      filler: new ApiClient({ baseUrl: server.url }),
      department: await signedIn("departmentReviewer"),
      finance: await signedIn("financeReviewer"),
    });
    expect(await server.services.jobs.hasActive(reportId, "publishedPdf")).toBe(true);

    const waiting = fetch(`${server.url}/api/public/reports/${reportId}/pdf`);
    // The download is in its wait (a poll every 250 ms) before the server is told to stop.
    await new Promise((resolve) => setTimeout(resolve, 600));
    const stopped = server.stop();
    const answer = await waiting;
    expect(answer.status).toBe(503);
    expect(((await answer.json()) as { error: string }).error).toBe("该报表的 PDF 正在生成，请稍后再下载");
    await stopped;
  }, 15_000);
});
