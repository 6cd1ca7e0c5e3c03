/**
 * 文档: generates the report's documents on the server as a background job (Word and Excel, PDF if asked), shows
 * its progress, then offers each file and the whole package (ZIP with manifest) for download.
 */
import { useEffect, useRef, useState } from "react";
import { ApiError, api, saveBlob } from "../../api/client.ts";
import type { Job, JobFile, JobFiles, StartedJob } from "../../api/types.ts";
import { DocumentPreview } from "./DocumentPreview.tsx";

/** The job as the section shows it: what GET /api/jobs/:id says, or "queued" until it first answers. */
type JobStatus = Omit<Job, "updatedAt">;

const POLL_MS = 500;

export function DocumentsSection({ reportId, unsaved }: { reportId: string; unsaved: boolean }) {
  const [job, setJob] = useState<JobStatus | null>(null);
  const [files, setFiles] = useState<JobFile[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [previewed, setPreviewed] = useState<JobFile | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const poll = async (id: string) => {
    try {
      const status = await api.get<JobStatus>(`/api/jobs/${id}`);
      setJob(status);
      if (status.status === "done") setFiles((await api.get<JobFiles>(`/api/jobs/${id}/files`)).files);
      else if (status.status !== "failed") timer.current = setTimeout(() => void poll(id), POLL_MS);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "无法读取任务状态");
    }
  };

  const start = async (pdf: boolean) => {
    setError(null);
    setFiles([]);
    setPreviewed(null);
    try {
      const { jobId } = await api.post<StartedJob>(`/api/reports/${reportId}/documents`, { pdf });
      setJob({ id: jobId, status: "queued", progress: 0, message: "排队中", resultName: null });
      void poll(jobId);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "无法开始生成");
    }
  };

  const download = async (path: string) => {
    try {
      const { blob, fileName } = await api.download(path);
      saveBlob(blob, fileName);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "下载失败");
    }
  };

  const running = job !== null && (job.status === "queued" || job.status === "running");
  return (
    <div>
      {unsaved && <p className="warn-text">有尚未保存的修改：文档按服务器上已保存的数据生成。</p>}
      <div className="toolbar">
        <button type="button" className="primary" disabled={running} onClick={() => void start(false)}>
          生成 Word 和 Excel
        </button>
        <button type="button" disabled={running} onClick={() => void start(true)}>
          生成 Word、Excel 和 PDF
        </button>
      </div>
      {job && (
        <div className="job">
          <div
            className="progress"
            role="progressbar"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={job.progress}
            aria-label="生成进度"
          >
            <div
              className={`progress-bar progress-${job.status}`}
              style={{ width: `${job.status === "done" ? 100 : job.progress}%` }}
            />
          </div>
          <p className={job.status === "failed" ? "error" : "muted"} role="status">
            {job.status === "done" ? "已生成" : job.message}（{job.status === "done" ? 100 : job.progress}%）
          </p>
        </div>
      )}
      {error && <p className="error">{error}</p>}
      {job?.status === "done" && (
        <div>
          <table className="data-table">
            <thead>
              <tr>
                <th>文件</th>
                <th className="num">大小</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {files.map((file) => (
                <tr key={file.index}>
                  <td>{file.name}</td>
                  <td className="num">{(file.bytes / 1024).toFixed(1)} KB</td>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => void download(`/api/jobs/${job.id}/files/${file.index}`)}
                    >
                      下载
                    </button>{" "}
                    <button
                      type="button"
                      className="link-button"
                      aria-label={`预览 ${file.name}`}
                      onClick={() => setPreviewed(file)}
                    >
                      预览
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" className="primary" onClick={() => void download(`/api/jobs/${job.id}/download`)}>
            下载全部（ZIP，含清单）
          </button>
          {!files.some((file) => file.name.toLowerCase().endsWith(".pdf")) && (
            <p className="muted small">预览按 PDF 显示各页：请选“生成 Word、Excel 和 PDF”。</p>
          )}
          {previewed && (
            <DocumentPreview
              jobId={job.id}
              index={previewed.index}
              name={previewed.name}
              onClose={() => setPreviewed(null)}
            />
          )}
        </div>
      )}
    </div>
  );
}
