/**
 * 基本情况: the unit's profile (name, level, type, staff, assets) and the 基础数据表 (财政供养人员, 经费控制情况 rows
 * added, moved and removed like any table, 厉行节约措施).
 */
import { FORM_HELP } from "../../../../src/core/forms/form-help.ts";
import type { Dataset } from "../../../../src/core/dataset/schema.ts";
import { TextField } from "../fields.tsx";
import type { PathSegment } from "../../../../src/core/dataset/dataset-path.ts";
import { FieldGrid, type GridField } from "./FieldGrid.tsx";
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

const UNIT_FIELDS: readonly GridField[] = [
  { at: "name", label: "单位名称", required: true, fixed: true },
  { at: "shortName", label: "单位简称" },
  { at: "level", label: "单位级次", kind: "select", options: LEVEL_LABELS },
  { at: "type", label: "单位性质", kind: "select", options: TYPE_LABELS },
  { at: "typePrinted", label: "单位性质（按文中写法）" },
  { at: "parent", label: "上级单位" },
  { at: ["staff", "authorized"], label: "编制数", kind: "count" },
  { at: ["staff", "totalYearEnd"], label: "年末实有人数", kind: "count" },
  { at: ["staff", "inService"], label: "实际在职人数", kind: "count" },
  { at: ["staff", "retired"], label: "退休人数", kind: "count" },
  { at: ["assets", "fixedAssetsTotal"], label: "固定资产总计", kind: "money" },
  { at: ["assets", "fixedAssetsInUse"], label: "在用固定资产", kind: "money" },
];

const BASIC_DATA_STAFF_FIELDS: readonly GridField[] = [
  { at: "authorized", label: "基础数据表编制数", kind: "count" },
  {
    at: "inService",
    label: "基础数据表实际在职人数",
    kind: "count",
  },
];

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
      <FieldGrid value={unit} path={["unit"]} fields={UNIT_FIELDS} readOnly={readOnly} onChange={onChange} />
      <h2>基础数据表 · 财政供养人员情况</h2>
      <FieldGrid
        value={dataset.basicData?.staff}
        path={["basicData", "staff"]}
        fields={BASIC_DATA_STAFF_FIELDS}
        readOnly={readOnly}
        onChange={onChange}
      />
      <h2>基础数据表 · 经费控制情况</h2>
      <p className="field-help">{FORM_HELP["basicData.funds"]}</p>
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
