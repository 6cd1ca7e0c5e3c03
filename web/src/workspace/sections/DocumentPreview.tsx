/**
 * A generated document shown in the page as its PDF pages (images the server draws with pdftoppm: the same in every
 * browser, headless ones included). A Word or Excel file is shown through the PDF its job made of it.
 */
import { useEffect, useState } from "react";
import { ApiError, api } from "../../api/client.ts";

interface Preview {
  pdfName: string;
  pages: number;
  shownPages: number;
}

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
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    setPreview(null);
    setError(null);
    api
      .get<Preview>(`/api/jobs/${jobId}/files/${index}/preview`)
      .then((answer) => current && setPreview(answer))
      .catch((caught: unknown) => current && setError(caught instanceof ApiError ? caught.message : "无法预览"));
    return () => {
      current = false;
    };
  }, [jobId, index]);
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
