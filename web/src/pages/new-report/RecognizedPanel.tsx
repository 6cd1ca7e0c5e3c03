/**
 * What the document gave, for the user to accept or correct before the report is created: the projects (each can
 * be renamed or left out) and the report's sections (each can be left out). Everything else is corrected in the
 * workspace, where every field is editable and checked.
 */
import type { ImportedDataset } from "../../api/types.ts";

export interface Corrections {
  /** Per project index: its name, or null when left out. */
  projects: (string | null)[];
  /** Per narrative index: kept or not. */
  narrative: boolean[];
}

export function initialCorrections(dataset: ImportedDataset): Corrections {
  return {
    projects: (dataset.projects ?? []).map((p) => p.name),
    narrative: (dataset.narrative ?? []).map(() => true),
  };
}

/** The dataset with the corrections applied: names changed, left-out projects and sections removed. */
export function correctedDataset(dataset: ImportedDataset, corrections: Corrections): ImportedDataset {
  const projects = (dataset.projects ?? []).flatMap((project, index) => {
    const name = corrections.projects[index];
    return name === null || name === undefined ? [] : [{ ...project, name: name.trim() || project.name }];
  });
  const narrative = (dataset.narrative ?? []).filter((_, index) => corrections.narrative[index] !== false);
  return { ...dataset, projects, narrative };
}

export function RecognizedPanel({
  dataset,
  documentYear,
  corrections,
  onChange,
}: {
  dataset: ImportedDataset;
  documentYear: number | null;
  corrections: Corrections;
  onChange: (next: Corrections) => void;
}) {
  const projects = dataset.projects ?? [];
  const narrative = dataset.narrative ?? [];
  const departmentIndicators = dataset.department?.evaluation?.indicators?.length ?? 0;
  return (
    <section className="card recognized" aria-labelledby="recognized-title">
      <h2 id="recognized-title">识别结果</h2>
      <p className="small">
        文档年度：{documentYear ?? "未识别"}；部门整体绩效指标 {departmentIndicators} 项；项目 {projects.length}{" "}
        个；报告章节 {narrative.length} 节。
      </p>
      {projects.length > 0 && (
        <table className="data-table compact">
          <caption>项目（可改名，取消勾选则不导入）</caption>
          <thead>
            <tr>
              <th>导入</th>
              <th>项目名称</th>
              <th className="num">指标数</th>
            </tr>
          </thead>
          <tbody>
            {projects.map((project, index) => {
              const name = corrections.projects[index];
              const set = (value: string | null) =>
                onChange({
                  ...corrections,
                  projects: corrections.projects.map((old, i) => (i === index ? value : old)),
                });
              return (
                <tr key={index}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`导入项目 ${project.name}`}
                      checked={name !== null}
                      onChange={(event) => set(event.target.checked ? project.name : null)}
                    />
                  </td>
                  <td>
                    <input
                      type="text"
                      aria-label={`项目名称 ${index + 1}`}
                      value={name ?? project.name}
                      disabled={name === null}
                      onChange={(event) => set(event.target.value)}
                    />
                    {project.code && <span className="muted small"> {project.code}</span>}
                  </td>
                  <td className="num">{project.evaluation?.indicators?.length ?? 0}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {narrative.length > 0 && (
        <details>
          <summary>报告章节（{narrative.length}）</summary>
          <ul className="import-notes">
            {narrative.map((section, index) => (
              <li key={index}>
                <label>
                  <input
                    type="checkbox"
                    checked={corrections.narrative[index] !== false}
                    onChange={(event) =>
                      onChange({
                        ...corrections,
                        narrative: corrections.narrative.map((old, i) => (i === index ? event.target.checked : old)),
                      })
                    }
                  />{" "}
                  {section.title}
                </label>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
