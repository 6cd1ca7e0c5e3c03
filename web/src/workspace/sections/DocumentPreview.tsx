/**
 * A generated document shown in the page as its PDF pages (images the server draws with pdftoppm: the same in every
 * browser, headless ones included). A Word or Excel file is shown through the PDF its job made of it.
 */
import { useEffect, useState } from "react";
import { ApiError, api } from "../../api/client.ts";
import type { DocumentPreviewDto } from "../../../../src/server/dto/job-dto.ts";

type Preview = DocumentPreviewDto;

export function DocumentPreview({
  jobId,
  index,
  name,
  onClose,
}: {
  jobId: string;
  index: number;
  name: string;
  onClose(): void;
}) {
  // Each answer is kept with the file it answers for: on switching files the first render (before the effect runs)
  // must not show the previous file's page count beside the new file's name.
  const file = `${jobId}/${index}`;
  const [answer, setAnswer] = useState<{ file: string; preview?: Preview; error?: string } | null>(null);
  useEffect(() => {
    let current = true;
    api
      .get<Preview>(`/api/jobs/${jobId}/files/${index}/preview`)
      .then((preview) => current && setAnswer({ file: `${jobId}/${index}`, preview }))
      .catch(
        (caught: unknown) =>
          current &&
          setAnswer({ file: `${jobId}/${index}`, error: caught instanceof ApiError ? caught.message : "无法预览" }),
      );
    return () => {
      current = false;
    };
  }, [jobId, index]);
  const preview = answer?.file === file ? (answer.preview ?? null) : null;
  const error = answer?.file === file ? (answer.error ?? null) : null;
  return (
    <section className="document-preview card" data-testid="document-preview" aria-label={`预览 ${name}`}>
      <div className="toolbar">
        <strong>预览：{name.split("/").pop()}</strong>
        {preview && (
          <span className="muted small">
            共 {preview.pages} 页{preview.shownPages < preview.pages ? `，显示前 ${preview.shownPages} 页` : ""}（
            {preview.pdfName}）
          </span>
        )}
        <button type="button" className="small" onClick={onClose}>
          关闭预览
        </button>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {!preview && !error && <p className="muted">正在生成预览…</p>}
      {preview && (
        <div className="preview-pages">
          {Array.from({ length: preview.shownPages }, (_, page) => (
            <img
              key={page}
              className="preview-page"
              src={`/api/jobs/${jobId}/files/${index}/preview/${page + 1}`}
              alt={`第 ${page + 1} 页`}
              loading={page < 2 ? "eager" : "lazy"}
            />
          ))}
        </div>
      )}
    </section>
  );
}
