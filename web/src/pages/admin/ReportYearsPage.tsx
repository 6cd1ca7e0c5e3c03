/**
 * 报送年度与截止日期: for those who set deadlines (主管部门审核人, 财政审核人, 管理员), the report years of a unit's
 * subtree (their own unit, or one below it) with each year's 截止日期 and how its reports stand — how many, how many
 * sent, how many overdue (core's rule). One deadline is set for a year over the chosen subtree after a confirmation
 * that says how many reports it changes; reports started later for that year get it too.
 */
import { type FormEvent, useState } from "react";
import { api } from "../../api/client.ts";
import type { Units } from "../../api/types.ts";
import { usePageData } from "../../api/use-page-data.ts";
import { useUser } from "../../app/session.tsx";
import { PageMessages } from "../../components/PageMessages.tsx";
import { deadlineOfDay, lastDayOfDeadline } from "../../../../src/core/workflow/deadline.ts";
import { DUE_AT_ROLES } from "../../../../src/core/workflow/roles.ts";
import type { ReportYearDto, ReportYearsDto, YearDeadlineSetDto } from "../../../../src/server/dto/deadline-dto.ts";
import "./admin.css";
import { indentedName } from "./unit-node.ts";

/** A change waiting for its confirmation: a year's new deadline (or null: cleared) over the chosen subtree. */
interface PendingDeadline {
  year: number;
  day: string | null;
  reportCount: number;
}

export default function ReportYearsPage() {
  const me = useUser();
  const [unitId, setUnitId] = useState(me.unit.id);
  if (!DUE_AT_ROLES.includes(me.role)) return <p className="muted">报送年度与截止日期仅供审核人和管理员使用。</p>;
  // A new scope is a new page: its years are loaded afresh, nothing pending is carried over.
  return <YearsOfScope key={unitId} unitId={unitId} onScope={setUnitId} />;
}

function YearsOfScope({ unitId, onScope }: { unitId: string; onScope(unitId: string): void }) {
  const me = useUser();
  const { data, error, notice, busy, run, setError } = usePageData(async () => {
    const [years, units] = await Promise.all([
      api.get<ReportYearsDto>(`/api/report-years?unitId=${encodeURIComponent(unitId)}`),
      api.get<Units>("/api/units"),
    ]);
    return { years, units: units.units };
  });
  const [pending, setPending] = useState<PendingDeadline | null>(null);

  const scopeName = data?.years.unitName ?? me.unit.name;
  const ask = (year: number, day: string | null) => {
    if (day !== null && !deadlineOfDay(day)) {
      setError(`${year} 年度：截止日期“${day}”无效，应为 年-月-日`);
      return;
    }
    const reportCount = data?.years.years.find((row) => row.year === year)?.reportCount ?? 0;
    setPending({ year, day, reportCount });
  };
  const confirm = async (change: PendingDeadline) => {
    const dueAt = change.day === null ? null : (deadlineOfDay(change.day) as string);
    const done = await run(async () => {
      const answer = await api.put<YearDeadlineSetDto>(`/api/report-years/${change.year}/deadline`, {
        unitId,
        dueAt,
      });
      return change.day === null
        ? `已清除 ${change.year} 年度的截止日期（${scopeName}，${answer.updatedReports} 份报表）`
        : `已将 ${change.year} 年度的截止日期设为 ${change.day}（${scopeName}，${answer.updatedReports} 份报表）`;
    });
    if (done) setPending(null);
  };

  return (
    <section className="admin-page report-years-page">
      <h1>报送年度与截止日期</h1>
      <p className="muted">
        截止日期为最后一天（北京时间），当天 24
        时后仍未报送（草稿或已退回）的报表即为逾期。设定后，范围内该年度的全部报表改用此日期，以后新建的该年度报表也采用它。
      </p>
      <label className="admin-scope">
        范围
        <select aria-label="范围" value={unitId} onChange={(event) => onScope(event.target.value)}>
          {(data?.units ?? [{ ...me.unit, parentId: null, kind: "", code: null, depth: 0 }]).map((unit) => (
            <option key={unit.id} value={unit.id}>
              {indentedName(unit)}
            </option>
          ))}
        </select>
        <span className="muted small">（{scopeName}及其下级单位）</span>
      </label>
      <PageMessages error={error} notice={notice} />
      {pending && (
        <div className="admin-confirm" role="group" aria-label="确认截止日期">
          <p>
            {pending.day === null
              ? `清除 ${pending.year} 年度的截止日期？`
              : `将 ${pending.year} 年度的截止日期设为 ${pending.day}？`}
            {scopeName}及其下级单位该年度的 {pending.reportCount} 份报表都将
            {pending.day === null ? "不再有截止日期" : "改用此截止日期"}。
          </p>
          <button type="button" className="primary" disabled={busy} onClick={() => void confirm(pending)}>
            {busy ? "正在处理…" : "确定"}
          </button>
          <button type="button" onClick={() => setPending(null)}>
            取消
          </button>
        </div>
      )}
      <NewYearForm onSet={ask} />
      {!data && !error && <p className="muted">正在加载…</p>}
      {data && data.years.years.length === 0 && <p className="muted">本范围还没有报表。</p>}
      {data && data.years.years.length > 0 && (
        <table className="data-table report-years">
          <thead>
            <tr>
              <th className="num">年度</th>
              <th>截止日期</th>
              <th>各报表的截止日期</th>
              <th className="num">报表</th>
              <th className="num">已报送</th>
              <th className="num">逾期</th>
              <th>设定截止日期</th>
            </tr>
          </thead>
          <tbody>
            {data.years.years.map((row) => (
              <YearRow key={`${row.year}|${row.dueAt}`} row={row} onSet={ask} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function YearRow({ row, onSet }: { row: ReportYearDto; onSet(year: number, day: string | null): void }) {
  const [day, setDay] = useState(row.dueAt ? lastDayOfDeadline(row.dueAt) : "");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSet(row.year, day);
  };
  return (
    <tr data-year={row.year}>
      <td className="num">{row.year}</td>
      <td>
        {row.dueAt ? (
          <>
            {lastDayOfDeadline(row.dueAt)}
            {row.dueAtUnitName && <span className="muted small">（{row.dueAtUnitName}设定）</span>}
          </>
        ) : (
          <span className="muted">未设定</span>
        )}
      </td>
      <td>{reportDueDates(row)}</td>
      <td className="num">{row.reportCount}</td>
      <td className="num">{row.submittedCount}</td>
      <td className="num">
        {row.overdueCount > 0 ? (
          <span className="overdue-mark" data-testid={`overdue-${row.year}`}>
            逾期 {row.overdueCount}
          </span>
        ) : (
          <span data-testid={`overdue-${row.year}`}>0</span>
        )}
      </td>
      <td>
        <form className="admin-form inline" onSubmit={submit} aria-label={`设定 ${row.year} 年度截止日期`}>
          <input
            type="date"
            required
            aria-label={`${row.year} 年度截止日期`}
            value={day}
            onChange={(event) => setDay(event.target.value)}
          />
          <button type="submit">设定</button>
          {row.dueAt && (
            <button type="button" onClick={() => onSet(row.year, null)}>
              清除
            </button>
          )}
        </form>
      </td>
    </tr>
  );
}

/** The deadlines the year's reports have: one day, a range where some were set per report, and those without. */
function reportDueDates(row: ReportYearDto): string {
  if (row.reportCount === 0) return "—";
  const parts: string[] = [];
  if (row.earliestDueAt && row.latestDueAt) {
    const first = lastDayOfDeadline(row.earliestDueAt);
    const last = lastDayOfDeadline(row.latestDueAt);
    parts.push(first === last ? first : `${first} 至 ${last}`);
  }
  if (row.withoutDueAtCount > 0) parts.push(`${row.withoutDueAtCount} 份未设`);
  return parts.join("；");
}

/** A year that has no report yet (the coming one): its deadline set in advance. */
function NewYearForm({ onSet }: { onSet(year: number, day: string): void }) {
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [day, setDay] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSet(Number(year), day);
  };
  return (
    <form className="admin-form" onSubmit={submit} aria-label="设定某一年度的截止日期">
      <label>
        年度
        <input
          type="number"
          min={2000}
          max={2100}
          required
          value={year}
          onChange={(event) => setYear(event.target.value)}
        />
      </label>
      <label>
        截止日期
        <input type="date" required value={day} onChange={(event) => setDay(event.target.value)} />
      </label>
      <button type="submit" className="primary">
        设定
      </button>
    </form>
  );
}
