/** 基本情况: the unit's profile (staff, assets) and the 基础数据表 经费控制情况 rows. */
import type { Dataset } from "../../../../src/core/dataset/schema.ts";
import { CountField, MoneyField, TextField } from "../fields.tsx";
import type { PathSegment } from "../update-at.ts";

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
      <h2>基础数据表 · 经费控制情况</h2>
      {funds.length === 0 ? (
        <p className="muted">没有经费控制情况行。</p>
      ) : (
        <table className="data-table form-table">
          <thead>
            <tr>
              <th>项目</th>
              <th className="num">上年决算数（万元）</th>
              <th className="num">本年预算数（万元）</th>
              <th className="num">本年决算数（万元）</th>
            </tr>
          </thead>
          <tbody>
            {funds.map((row, index) => (
              <tr key={index}>
                <td>{row.item}</td>
                {(["priorFinal", "budget", "final"] as const).map((field) => (
                  <td key={field} className="num">
                    <MoneyField
                      label=""
                      path={["basicData", "funds", index, field]}
                      value={row[field]}
                      readOnly={readOnly}
                      onChange={onChange}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
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
