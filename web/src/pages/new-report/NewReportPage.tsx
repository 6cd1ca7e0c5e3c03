/**
 * A new report of the user's unit, started one of three ways: empty, from last year's report (what carries over is
 * the server's one rule, carryOverFromLastYear), or from a document — uploaded, its import report shown beside what
 * was recognized, corrected and accepted, and only then created. Each way ends in the workspace of the new report.
 */
import { useState } from "react";
import { ApiError, api } from "../../api/client.ts";
import { Link, navigate, queryParam } from "../../app/router.tsx";
import { useUser } from "../../app/session.tsx";
import { DocumentDropZone } from "../../components/DocumentDropZone.tsx";
import { type CreatedReport, type NewReportImport, uploadHeaders } from "../../api/types.ts";
import { ImportReportPanel } from "./ImportReportPanel.tsx";
import { type Corrections, correctedDataset, initialCorrections, RecognizedPanel } from "./RecognizedPanel.tsx";
import "./new-report.css";

type Start = "empty" | "lastYear" | "document";

/** The rule profiles a report can follow (the server accepts these three). */
const PROFILE_CHOICES: Readonly<Record<string, string>> = {
  national: "全国通用（财预〔2020〕10号）",
  sichuan: "四川（部门预算项目支出绩效自评表）",
  hunan: "湖南（部门整体支出绩效自评表）",
};

const STARTS: { id: Start; title: string; text: string }[] = [
  { id: "empty", title: "空白报表", text: "从头填写。" },
  {
    id: "lastYear",
    title: "沿用上年报表",
    text: "带入上年的目标、指标、单位信息、报告提纲和标题；完成值、得分、原因和所印数字清空。",
  },
  {
    id: "document",
    title: "从文档导入",
    text: "上传已有的自评报告或表格（Word、WPS、Excel、PDF、文本），核对识别结果后新建。",
  },
];

export default function NewReportPage() {
  const user = useUser();
  const [year, setYear] = useState(() => Number(queryParam("year")) || new Date().getFullYear() - 1);
  const [profileId, setProfileId] = useState<string | undefined>(() => queryParam("profile") ?? undefined);
  const [start, setStart] = useState<Start>("empty");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [imported, setImported] = useState<NewReportImport | null>(null);
  const [corrections, setCorrections] = useState<Corrections | null>(null);

  const run = async (work: () => Promise<CreatedReport>) => {
    setBusy(true);
    setError(null);
    try {
      const created = await work();
      navigate(`/reports/${created.id}`);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "新建失败");
    } finally {
      setBusy(false);
    }
  };
  const createEmpty = () =>
    run(() =>
      api.post<CreatedReport>("/api/reports", { unitId: user.unit.id, year, ...(profileId ? { profileId } : {}) }),
    );
  // The answer also names last year's report it was made from; the page only opens the new one.
  const createFromLastYear = () =>
    run(() => api.post<CreatedReport>("/api/reports/from-last-year", { unitId: user.unit.id, year }));
  const createFromDocument = () => {
    if (!imported?.dataset || !corrections) return;
    const dataset = correctedDataset(imported.dataset, corrections);
    return run(() =>
      api.post<CreatedReport>("/api/reports", {
        unitId: user.unit.id,
        year,
        ...(profileId ? { profileId } : {}),
        dataset,
      }),
    );
  };
  const readDocument = async (file: File) => {
    setBusy(true);
    setError(null);
    setImported(null);
    try {
      const answer = await api.post<NewReportImport>(
        `/api/imports/new-report?unitId=${encodeURIComponent(user.unit.id)}&year=${year}`,
        file,
        uploadHeaders(file),
      );
      setImported(answer);
      setCorrections(answer.dataset ? initialCorrections(answer.dataset) : null);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "文件读取失败");
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="new-report-page">
      <p className="small">
        <Link to="/">← 各年度报表</Link>
      </p>
      <h1>新建 {user.unit.name} 年度报表</h1>
      <p>
        <label>
          年度{" "}
          <input
            type="number"
            min={2000}
            max={2100}
            value={year}
            disabled={imported !== null}
            onChange={(event) => setYear(Number(event.target.value))}
            aria-label="年度"
          />
        </label>
      </p>
      <p>
        <label>
          规则方案{" "}
          <select
            aria-label="规则方案"
            value={profileId ?? ""}
            onChange={(event) => setProfileId(event.target.value === "" ? undefined : event.target.value)}
          >
            <option value="">按地区默认（全国通用）</option>
            {Object.entries(PROFILE_CHOICES).map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <span className="muted small"> 计分与报告提纲按所选方案；沿用上年时取上年的方案。</span>
      </p>
      <div className="start-options" role="radiogroup" aria-label="新建方式">
        {STARTS.map((option) => (
          <label key={option.id} className={`start-option${start === option.id ? " chosen" : ""}`}>
            <input type="radio" name="start" checked={start === option.id} onChange={() => setStart(option.id)} />
            <span>
              <strong>{option.title}</strong>
              <p className="muted small">{option.text}</p>
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {start === "empty" && (
        <button type="button" className="primary" disabled={busy} onClick={() => void createEmpty()}>
          新建空白的 {year} 年度报表
        </button>
      )}
      {start === "lastYear" && (
        <button type="button" className="primary" disabled={busy} onClick={() => void createFromLastYear()}>
          沿用 {year - 1} 年度报表新建 {year} 年度报表
        </button>
      )}
      {start === "document" && !imported && (
        <DocumentDropZone label="把文档拖到这里，或选择文件" busy={busy} onFile={(file) => void readDocument(file)} />
      )}
      {start === "document" && imported && (
        <>
          <div className="import-columns">
            <ImportReportPanel report={imported.report} />
            {imported.dataset && corrections ? (
              <RecognizedPanel
                dataset={imported.dataset}
                documentYear={imported.documentYear}
                corrections={corrections}
                onChange={setCorrections}
              />
            ) : (
              <section className="card error">
                文档未能生成可用的数据集（原因见导入报告），请换一个文件或从空白报表开始。
              </section>
            )}
          </div>
          {imported.documentYear !== null && imported.documentYear !== year && (
            <p className="muted">
              文档是 {imported.documentYear} 年度的，将作为 {year} 年度报表导入。
            </p>
          )}
          <p className="button-row-inline">
            <button
              type="button"
              className="primary"
              disabled={busy || !imported.dataset}
              onClick={() => void createFromDocument()}
            >
              确认导入并新建 {year} 年度报表
            </button>{" "}
            <button type="button" disabled={busy} onClick={() => setImported(null)}>
              换一个文件
            </button>
          </p>
        </>
      )}
    </section>
  );
}
