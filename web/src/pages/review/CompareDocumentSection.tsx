/**
 * A reviewer drops a unit's file (Word, WPS, Excel, PDF, text) on the report: it is imported on the server and
 * compared with the stored dataset, and the differences are listed as the submission diff lists them — field in
 * words, the stored value, the document's value. Nothing is stored.
 */
import { useState } from "react";
import { ApiError, api } from "../../api/client.ts";
import { type DocumentComparison, uploadHeaders } from "../../api/types.ts";
import { describePath, describeValue } from "../../components/field-labels.ts";
import { DocumentDropZone } from "../../components/DocumentDropZone.tsx";

const CHANGES_SHOWN = 200;

/** The server's comparison, and the name of the file it was made from. */
type Comparison = DocumentComparison & { fileName: string };

export function CompareDocumentSection({ reportId, dataset }: { reportId: string; dataset: unknown }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const compare = async (file: File) => {
    setBusy(true);
    setError(null);
    try {
      const answer = await api.post<DocumentComparison>(
        `/api/reports/${reportId}/compare-document`,
        file,
        uploadHeaders(file),
      );
      setComparison({ ...answer, fileName: file.name });
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "文件读取失败");
    } finally {
      setBusy(false);
    }
  };
  const counts = comparison?.report.files[0]?.counts;
  return (
    <section className="card" aria-labelledby="compare-title">
      <h2 id="compare-title">与文档比对</h2>
      <DocumentDropZone
        label="把单位报送的文件拖到这里，与已保存的数据比对"
        busy={busy}
        onFile={(file) => void compare(file)}
      />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {comparison && (
        <div data-testid="document-comparison">
          <p className="small">
            “{comparison.fileName}”：识别 {counts?.recognized ?? 0} 项，未识别 {counts?.unrecognized ?? 0} 项。
            {comparison.comparable
              ? comparison.changes.length === 0
                ? "文档与已保存的数据一致。"
                : `与已保存的数据有 ${comparison.changes.length} 处不同：`
              : "文档未能生成可比对的数据集。"}
          </p>
          {comparison.report.issues.length > 0 && (
            <p className="error small">{comparison.report.issues.slice(0, 5).join("；")}</p>
          )}
          {comparison.changes.length > 0 && (
            <table className="data-table diff-table">
              <thead>
                <tr>
                  <th>字段</th>
                  <th>已保存</th>
                  <th aria-hidden="true" />
                  <th>文档中</th>
                </tr>
              </thead>
              <tbody>
                {comparison.changes.slice(0, CHANGES_SHOWN).map((change) => (
                  <tr key={change.path}>
                    <td title={change.path}>{describePath(change.path, dataset)}</td>
                    <td className="diff-old">{describeValue(change.before)}</td>
                    <td aria-hidden="true">→</td>
                    <td className="diff-new">{describeValue(change.after)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {comparison.changes.length > CHANGES_SHOWN && (
            <p className="muted small">另有 {comparison.changes.length - CHANGES_SHOWN} 处不同未列出。</p>
          )}
        </div>
      )}
    </section>
  );
}
