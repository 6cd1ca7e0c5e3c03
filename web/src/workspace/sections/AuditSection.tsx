/** 校验: the audit's findings, errors first; a click opens the section of the field and focuses it. */
import type { Finding } from "../../../../src/core/findings/finding.ts";

const SEVERITY_NAMES = { error: "错误", warning: "警告", info: "提示" } as const;

interface Props {
  findings: Finding[];
  open(finding: Finding): void;
}

export function AuditSection({ findings, open }: Props) {
  if (findings.length === 0) return <p className="ok-text">没有发现问题。</p>;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return (
    <div>
      <p>
        错误 <strong className="error">{counts.error}</strong> 项，警告 <strong>{counts.warning}</strong> 项，提示{" "}
        {counts.info} 项。点击一项可跳到对应位置。
      </p>
      <ul className="findings">
        {findings.map((finding, index) => (
          <li key={index} className={`finding finding-${finding.severity}`}>
            <button
              type="button"
              onClick={() => open(finding)}
              data-finding-code={finding.code}
              data-location={finding.location}
            >
              <span className={`severity severity-${finding.severity}`}>{SEVERITY_NAMES[finding.severity]}</span>
              <span className="finding-message">{finding.message}</span>
              <span className="finding-location muted small">
                {finding.code} · {finding.location}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
