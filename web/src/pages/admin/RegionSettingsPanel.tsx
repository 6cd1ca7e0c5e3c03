/**
 * The region's workflow settings on the 单位管理 page: whether a unit's submission must first be signed off by its
 * 单位负责人. Only the 管理员 of the region's root (the 财政部门 at the top of the tree) may change it — the server
 * decides that; an administrator lower in the tree sees the setting and why it cannot be changed here.
 */
import { api } from "../../api/client.ts";
import { usePageData } from "../../api/use-page-data.ts";
import { PageMessages } from "../../components/PageMessages.tsx";
import type { RegionSettingsDto } from "../../../../src/server/dto/region-settings-dto.ts";

export function RegionSettingsPanel({ atRoot }: { atRoot: boolean }) {
  const { data, error, notice, busy, run } = usePageData(() => api.get<RegionSettingsDto>("/api/region/settings"));
  const toggle = (signOffRequired: boolean) =>
    run(async () => {
      await api.put<RegionSettingsDto>("/api/region/settings", { signOffRequired });
      return signOffRequired
        ? "已开启：各单位提交后须先经单位负责人签字，再进入主管部门审核"
        : "已关闭：各单位提交后直接进入主管部门审核";
    });
  return (
    <section className="region-settings" aria-label="地区流程设置">
      <h2>地区流程设置</h2>
      <PageMessages error={error} notice={notice} />
      {data && (
        <label>
          <input
            type="checkbox"
            checked={data.signOffRequired}
            disabled={!atRoot || busy}
            onChange={(event) => void toggle(event.target.checked)}
          />{" "}
          提交后须先经单位负责人签字（待单位负责人签字），再进入主管部门审核
        </label>
      )}
      {data && !atRoot && <p className="muted">此项为全地区设置，只有地区最上级单位（财政部门）的管理员可以修改。</p>}
      {data && atRoot && <p className="muted">已在等待签字的报表不受影响，仍由单位负责人签字或退回。</p>}
    </section>
  );
}
