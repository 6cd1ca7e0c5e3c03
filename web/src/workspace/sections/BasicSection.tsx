/**
 * 基本情况: the unit's profile (name, level, type, staff, assets) and the 基础数据表 (财政供养人员, 经费控制情况 rows
 * added, moved and removed like any table, 厉行节约措施).
 */
import type { Dataset } from "../../../../src/core/dataset/schema.ts";
import { CountField, MoneyField, SelectField, TextField } from "../fields.tsx";
import type { PathSegment } from "../update-at.ts";
import { LineTable } from "./LineTable.tsx";

const LEVEL_LABELS = { province: "省级", prefecture: "市（州）级", county: "县（区）级", other: "其他" } as const;
const TYPE_LABELS = {
  administrative: "行政单位",
  civilServiceManaged: "参照公务员法管理的事业单位",
  publicInstitution: "事业单位",
  other: "其他",
} as const;
/** What a 经费控制情况 row is: the audit compares these rows with the 决算 figures. */
const FUND_KIND_LABELS = {
  basic: "部门基本支出",
  public: "公用经费",
  sangong: "三公经费",
  sangongVehicles: "公务用车购置和维护",
  sangongAbroad: "出国经费",
  sangongReception: "公务接待",
  project: "项目支出",
  procurement: "政府采购",
  other: "其他",
} as const;

interface Props {
  dataset: Dataset;
  readOnly: boolean;
  onChange(path: readonly PathSegment[], value: unknown): void;
}

export function BasicSection({ dataset, readOnly, onChange }: Props) {
  const unit = dataset.unit;
  const funds = dataset.basicData?.funds ?? [];
  return (
    <div>
      <h2>单位信息</h2>
      <div className="form-grid">
        <TextField
          label="单位名称"
          required
          path={["unit", "name"]}
          value={unit?.name}
          readOnly
          help="由报表所属单位决定（单位管理中修改）"
          onChange={onChange}
        />
        <TextField
          label="单位简称"
          path={["unit", "shortName"]}
          value={unit?.shortName}
          readOnly={readOnly}
          help="报告正文中的简称，如“零陵区科协”"
          onChange={onChange}
        />
        <SelectField
          label="单位级次"
          path={["unit", "level"]}
          value={unit?.level}
          options={LEVEL_LABELS}
          readOnly={readOnly}
          onChange={onChange}
        />
        <SelectField
          label="单位性质"
          path={["unit", "type"]}
          value={unit?.type}
          options={TYPE_LABELS}
          readOnly={readOnly}
          onChange={onChange}
        />
        <TextField
          label="单位性质（按文中写法）"
          path={["unit", "typePrinted"]}
          value={unit?.typePrinted}
          readOnly={readOnly}
          help="如“正科级全额拨款事业单位（参照公务员管理）”"
          onChange={onChange}
        />
        <TextField
          label="上级单位"
          path={["unit", "parent"]}
          value={unit?.parent}
          readOnly={readOnly}
          onChange={onChange}
        />
        <CountField
          label="编制数"
          path={["unit", "staff", "authorized"]}
          value={unit?.staff?.authorized}
          readOnly={readOnly}
          onChange={onChange}
        />
        <CountField
          label="年末实有人数"
          path={["unit", "staff", "totalYearEnd"]}
          value={unit?.staff?.totalYearEnd}
          readOnly={readOnly}
          help="在职与退休人员合计"
          onChange={onChange}
        />
        <CountField
          label="实际在职人数"
          path={["unit", "staff", "inService"]}
          value={unit?.staff?.inService}
          readOnly={readOnly}
          onChange={onChange}
        />
        <CountField
          label="退休人数"
          path={["unit", "staff", "retired"]}
          value={unit?.staff?.retired}
          readOnly={readOnly}
          onChange={onChange}
        />
        <MoneyField
          label="固定资产总计"
          path={["unit", "assets", "fixedAssetsTotal"]}
          value={unit?.assets?.fixedAssetsTotal}
          readOnly={readOnly}
          onChange={onChange}
        />
        <MoneyField
          label="在用固定资产"
          path={["unit", "assets", "fixedAssetsInUse"]}
          value={unit?.assets?.fixedAssetsInUse}
          readOnly={readOnly}
          onChange={onChange}
        />
      </div>
      <h2>基础数据表 · 财政供养人员情况</h2>
      <div className="form-grid">
        <CountField
          label="基础数据表编制数"
          path={["basicData", "staff", "authorized"]}
          value={dataset.basicData?.staff?.authorized}
          readOnly={readOnly}
          onChange={onChange}
        />
        <CountField
          label="基础数据表实际在职人数"
          path={["basicData", "staff", "inService"]}
          value={dataset.basicData?.staff?.inService}
          readOnly={readOnly}
          help="控制率 = 实际在职人数 ÷ 编制数，由系统计算"
          onChange={onChange}
        />
      </div>
      <h2>基础数据表 · 经费控制情况</h2>
      <p className="field-help">
        填报说明：按基础数据表逐行填写（一、部门基本支出，其中公用经费、三公经费及其明细，二、项目支出及各项目，政府采购金额）；“类别”告诉系统该行是哪一项，用于与决算数据核对；金额单位万元，没有数字的格留空。
      </p>
      <LineTable
        testId="fund-rows"
        rows={funds as unknown as Record<string, unknown>[]}
        path={["basicData", "funds"]}
        columns={[
          { field: "item", label: "项目", kind: "text", required: true },
          { field: "kind", label: "类别", kind: "select", options: FUND_KIND_LABELS },
          { field: "priorFinal", label: "上年决算数（万元）", kind: "money" },
          { field: "budget", label: "本年预算数（万元）", kind: "money" },
          { field: "final", label: "本年决算数（万元）", kind: "money" },
        ]}
        newRow={() => ({ item: "" })}
        readOnly={readOnly}
        onChange={onChange}
      />
      <TextField
        label="厉行节约措施"
        multiline
        path={["basicData", "frugalityMeasures"]}
        value={dataset.basicData?.frugalityMeasures}
        readOnly={readOnly}
        onChange={onChange}
      />
    </div>
  );
}
