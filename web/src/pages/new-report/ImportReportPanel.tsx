/** The import report of one upload: per file, what was not recognized and why, what was interpreted, what was recognized where. */
import type { ImportNote, ImportReport } from "../../api/types.ts";

function Notes({ title, notes, className }: { title: string; notes: ImportNote[]; className?: string }) {
  if (notes.length === 0) return null;
  return (
    <details open={className === "import-unrecognized"} className={className}>
      <summary>
        {title}（{notes.length}）
      </summary>
      <ul className="import-notes">
        {notes.map((note, index) => (
          <li key={index}>
            {note.where && <span className="import-where">{note.where}</span>} {note.item}
            {note.detail && <span className="muted">：{note.detail}</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}

export function ImportReportPanel({ report }: { report: ImportReport }) {
  return (
    <section className="card import-report" aria-labelledby="import-report-title">
      <h2 id="import-report-title">导入报告</h2>
      {report.files.map((file) => (
        <div key={file.file}>
          <p>
            <strong>{file.file}</strong>
            {file.convertedFrom && <span className="muted">（{file.convertedFrom} 经 LibreOffice 转换）</span>}
          </p>
          <p className="import-counts">
            识别 {file.counts.recognized} 项，未识别 {file.counts.unrecognized} 项，需解释的取值{" "}
            {file.counts.interpreted} 处
          </p>
          <Notes title="未识别" notes={file.unrecognized} className="import-unrecognized" />
          <Notes title="取值说明" notes={file.interpreted} />
          <Notes title="已识别" notes={file.recognized} />
        </div>
      ))}
      {report.issues.length > 0 && (
        <div className="error">
          <p>数据集未通过校验：</p>
          <ul>
            {report.issues.map((issue) => (
              <li key={issue}>{issue}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
