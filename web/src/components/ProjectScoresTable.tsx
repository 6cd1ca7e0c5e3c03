/** The projects' self-evaluation scores as the server scored them (total, grade, execution rate), one row each. */

export interface ProjectScoreRow {
  name: string;
  score: { totalShown: string; grade: string | null; execution: { rateShown: string } | null };
}

export function ProjectScoresTable({ projects }: { projects: readonly ProjectScoreRow[] }) {
  return (
    <table className="data-table compact">
      <thead>
        <tr>
          <th>项目</th>
          <th className="num">总分</th>
          <th>等级</th>
          <th className="num">执行率</th>
        </tr>
      </thead>
      <tbody>
        {projects.map(({ score, name }, index) => (
          <tr key={`${name}-${index}`}>
            <td>{name}</td>
            <td className="num">{score.totalShown}</td>
            <td>{score.grade ?? "—"}</td>
            <td className="num">{score.execution?.rateShown ?? "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The scored projects of a dataset with their names (a project without a table has no score and is left out). */
export function scoredProjects<S>(
  scores: readonly (S | null)[],
  projects: readonly { name: string }[] | undefined,
): { name: string; score: S }[] {
  return scores.flatMap((score, index) =>
    score ? [{ score, name: projects?.[index]?.name ?? `项目 ${index + 1}` }] : [],
  );
}
