/**
 * Waits until every published report of a test region has its public PDF. The PDF is made once, at publication,
 * by a document job (LibreOffice); a visitor's download waits only briefly for it, and on a loaded test machine the
 * conversion can take longer than that. A test about what the visitor gets waits for the PDF first, so it checks
 * the download, not the machine's speed.
 * @module
 */
export async function waitForPublishedPdfs(baseUrl: string, timeoutMs = 240_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  const list = (await (await fetch(`${baseUrl}/api/public/reports`)).json()) as {
    reports: { id?: string; reportId?: string; withdrawn?: unknown }[];
  };
  for (const report of list.reports.filter((r) => !r.withdrawn)) {
    const id = report.id ?? report.reportId;
    for (;;) {
      const response = await fetch(`${baseUrl}/api/public/reports/${id}/pdf`);
      await response.arrayBuffer();
      if (response.status === 200) break;
      if (response.status !== 503 || Date.now() > until)
        throw new Error(`公开报表 ${id} 的 PDF 未能生成（HTTP ${response.status}）`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}
