/**
 * 决算: every part of the final accounts as a form, in the order of the official 部门决算 tables — 收支总体, 收入 by
 * source, 支出 by nature, 财政拨款, 一般公共预算 by 功能分类 (类/款/项 from the code list in src/core/classification),
 * 基本支出, 项目支出, 三公 (budget and 决算, vehicles), 机关运行经费, 政府采购, 国有资产 — with the sums of the parts
 * beside each total (the most common mistake in the published documents is a total that is not the sum of its lines).
 */
import { FORM_HELP } from "../../../../src/core/forms/form-help.ts";
import type { Dataset } from "../../../../src/core/dataset/schema.ts";
import { lookupFunctionCode } from "../../../../src/core/classification/function-classification.ts";
import type { PathSegment } from "../../../../src/core/dataset/dataset-path.ts";
import { leafFunctionLines } from "../../../../src/core/audit/sum-relations.ts";
import { functionNames } from "../../../../src/core/narrative/final-accounts/function-subject.ts";
import { INCOME_SOURCE_LABELS, NATURE_LABELS } from "./fund-labels.ts";
import { FieldGroup, type LineColumn, LineTable } from "./LineTable.tsx";
import { PartsSum } from "./PartsSum.tsx";

interface Props {
  dataset: Dataset;
  readOnly: boolean;
  onChange(path: readonly PathSegment[], value: unknown): void;
}

const FA = "finalAccounts";

const AMOUNT_COLUMNS: LineColumn[] = [
  { field: "amount", label: "本年决算数", kind: "money" },
  { field: "prior", label: "上年决算数", kind: "money" },
];

/** The name a 功能分类 code has in the code list: 类 / 款 / 项 (core's functionNames, without the dataset's own). */
function functionName(code: unknown): string {
  if (typeof code !== "string") return "";
  const names = functionNames(code);
  return [names.className, names.kuanName, names.xiangName].filter(Boolean).join(" / ");
}

export function FinalAccountsSection({ dataset, readOnly, onChange }: Props) {
  const accounts = dataset.finalAccounts;
  if (!accounts) {
    return readOnly ? (
      <p className="muted">数据集中没有决算数据。</p>
    ) : (
      <div>
        <p className="muted">还没有决算数据。按部门决算报表（财决01—08表）逐表填写。</p>
        <button type="button" className="primary" onClick={() => onChange([FA], { functionLines: [], charts: [] })}>
          开始填写决算
        </button>
      </div>
    );
  }
  const p = (...segments: PathSegment[]): PathSegment[] => [FA, ...segments];
  const lines = accounts.functionLines;
  return (
    <div className="final-accounts">
      <FieldGroup
        title="一、收入支出决算总表（财决01表）"
        help={FORM_HELP["finalAccounts.totals"]}
        value={accounts.totals}
        path={p("totals")}
        fields={[
          { field: "amount", label: "收、支总计" },
          { field: "prior", label: "上年收、支总计" },
        ]}
        readOnly={readOnly}
        onChange={onChange}
      />
      <section className="field-group">
        <FieldGroup
          title="二、收入决算表（财决03表）"
          help={FORM_HELP["finalAccounts.income"]}
          value={accounts.income}
          path={p("income")}
          fields={[
            { field: "total", label: "本年收入合计" },
            { field: "prior", label: "上年收入合计" },
          ]}
          readOnly={readOnly}
          onChange={onChange}
        />
        <LineTable
          testId="income-lines"
          rows={accounts.income?.items ?? []}
          path={p("income", "items")}
          columns={[
            { field: "name", label: "收入项目", kind: "text", required: true },
            { field: "source", label: "来源", kind: "select", options: INCOME_SOURCE_LABELS as Record<string, string> },
            ...AMOUNT_COLUMNS,
          ]}
          newRow={() => ({ name: "" })}
          readOnly={readOnly}
          onChange={onChange}
        />
        <PartsSum total={accounts.income?.total} lines={accounts.income?.items ?? []} />
      </section>
      <section className="field-group">
        <FieldGroup
          title="三、支出决算表（财决04表）"
          help={FORM_HELP["finalAccounts.expenditure"]}
          value={accounts.expenditure}
          path={p("expenditure")}
          fields={[
            { field: "total", label: "本年支出合计" },
            { field: "prior", label: "上年支出合计" },
          ]}
          readOnly={readOnly}
          onChange={onChange}
        />
        <LineTable
          testId="expenditure-lines"
          rows={accounts.expenditure?.items ?? []}
          path={p("expenditure", "items")}
          columns={[
            { field: "name", label: "支出项目", kind: "text", required: true },
            { field: "nature", label: "性质", kind: "select", options: NATURE_LABELS },
            ...AMOUNT_COLUMNS,
          ]}
          newRow={() => ({ name: "" })}
          readOnly={readOnly}
          onChange={onChange}
        />
        <PartsSum total={accounts.expenditure?.total} lines={accounts.expenditure?.items ?? []} />
        <LineTable
          caption="支出按功能分类（类）"
          rows={accounts.expenditure?.byClass ?? []}
          path={p("expenditure", "byClass")}
          columns={[
            { field: "code", label: "类编码", kind: "text" },
            { field: "name", label: "类名称", kind: "text", required: true },
            ...AMOUNT_COLUMNS,
          ]}
          newRow={() => ({ name: "" })}
          readOnly={readOnly}
          onChange={onChange}
        />
      </section>
      <FieldGroup
        title="四、财政拨款收入支出决算总表（财决05表）"
        value={accounts.fiscalAppropriation}
        path={p("fiscalAppropriation")}
        help={FORM_HELP["finalAccounts.fiscalAppropriation"]}
        fields={[
          { field: "amount", label: "财政拨款收、支总计" },
          { field: "prior", label: "上年数" },
        ]}
        readOnly={readOnly}
        onChange={onChange}
      />
      <section className="field-group">
        <FieldGroup
          title="五、一般公共预算财政拨款支出决算表（财决07表）"
          help={FORM_HELP["finalAccounts.generalBudget"]}
          value={accounts.generalBudget}
          path={p("generalBudget")}
          fields={[
            { field: "amount", label: "一般公共预算财政拨款支出" },
            { field: "initialBudget", label: "年初预算数" },
            { field: "adjustedBudget", label: "调整后预算数" },
            { field: "prior", label: "上年数" },
          ]}
          readOnly={readOnly}
          onChange={onChange}
        />
        <LineTable
          caption="按功能分类（类）"
          rows={accounts.generalBudget?.byClass ?? []}
          path={p("generalBudget", "byClass")}
          columns={[
            { field: "code", label: "类编码", kind: "text" },
            { field: "name", label: "类名称", kind: "text", required: true },
            { field: "amount", label: "决算数", kind: "money" },
            { field: "budget", label: "预算数", kind: "money" },
            { field: "prior", label: "上年数", kind: "money" },
          ]}
          newRow={() => ({ name: "" })}
          readOnly={readOnly}
          onChange={onChange}
        />
        <LineTable
          testId="function-lines"
          caption="按支出功能分类科目（类/款/项）"
          rows={lines}
          path={p("functionLines")}
          columns={[
            { field: "code", label: "科目编码", kind: "text", required: true },
            {
              field: "names",
              label: "科目名称（按科目表）",
              kind: "text",
              render: (row) => (
                <span className="small">{functionName(row.code) || (row.code ? "科目表中没有此编码" : "")}</span>
              ),
            },
            { field: "nature", label: "性质", kind: "select", options: { basic: "基本支出", project: "项目支出" } },
            { field: "amount", label: "决算数", kind: "money" },
            { field: "initialBudget", label: "年初预算", kind: "money" },
            { field: "adjustedBudget", label: "调整后预算", kind: "money" },
            { field: "reason", label: "差异原因", kind: "text" },
          ]}
          newRow={() => ({ code: "", amount: "0" })}
          readOnly={readOnly}
          onChange={(path, value) => {
            // A code typed in full fills the 类/款/项 names from the code list (the current names).
            const field = path[path.length - 1];
            const index = path[path.length - 2];
            if (
              field === "code" &&
              typeof value === "string" &&
              typeof index === "number" &&
              lookupFunctionCode(value)
            ) {
              const line = { ...(lines[index] ?? { amount: "0" }), code: value } as Record<string, unknown>;
              for (const [level, name] of Object.entries(functionNames(value))) if (name !== "") line[level] = name;
              onChange(p("functionLines", index), line);
              return;
            }
            onChange(path, value);
          }}
        />
        {/* The lines SUM-PARTS adds up against this total: the most detailed line of each 科目, whatever its level. */}
        <PartsSum total={accounts.generalBudget?.amount} lines={leafFunctionLines(lines)} />
        <p className="field-help">{FORM_HELP["finalAccounts.functionLines"]}</p>
      </section>
      <FieldGroup
        title="六、一般公共预算财政拨款基本支出决算表（财决08表）"
        help={FORM_HELP["finalAccounts.basicSpending"]}
        value={accounts.basicSpending}
        path={p("basicSpending")}
        fields={[
          { field: "total", label: "基本支出合计" },
          { field: "personnel", label: "人员经费" },
          { field: "public", label: "公用经费" },
          { field: "prior", label: "上年基本支出" },
          { field: "priorPersonnel", label: "上年人员经费" },
          { field: "priorPublic", label: "上年公用经费" },
        ]}
        readOnly={readOnly}
        onChange={onChange}
      />
      <FieldGroup
        title="七、项目支出"
        help={FORM_HELP["finalAccounts.projectSpending"]}
        value={accounts.projectSpending}
        path={p("projectSpending")}
        fields={[
          { field: "total", label: "项目支出合计" },
          { field: "prior", label: "上年项目支出" },
        ]}
        readOnly={readOnly}
        onChange={onChange}
      />
      <section className="field-group" data-testid="sangong">
        <FieldGroup
          title="八、“三公”经费支出决算表（财决附02表）"
          help={FORM_HELP["finalAccounts.sangong"]}
          value={accounts.sangong}
          path={p("sangong")}
          fields={[
            { field: "budget", label: "“三公”经费预算数" },
            { field: "amount", label: "“三公”经费决算数" },
            { field: "prior", label: "上年决算数" },
          ]}
          readOnly={readOnly}
          onChange={onChange}
        />
        <FieldGroup
          title="因公出国（境）费"
          value={accounts.sangong?.abroad}
          path={p("sangong", "abroad")}
          fields={[
            { field: "budget", label: "预算数" },
            { field: "amount", label: "决算数" },
            { field: "prior", label: "上年决算数" },
            { field: "groups", label: "团组数", kind: "count", unit: "个" },
            { field: "persons", label: "人次", kind: "count", unit: "人次" },
          ]}
          readOnly={readOnly}
          onChange={onChange}
        />
        <FieldGroup
          title="公务用车购置及运行维护费"
          value={accounts.sangong?.vehicles}
          path={p("sangong", "vehicles")}
          fields={[
            { field: "budget", label: "预算数" },
            { field: "amount", label: "决算数" },
            { field: "prior", label: "上年决算数" },
            { field: "purchase", label: "其中：购置费" },
            { field: "operation", label: "其中：运行维护费" },
            { field: "vehicleCount", label: "年末公务用车保有量", kind: "count", unit: "辆" },
          ]}
          readOnly={readOnly}
          onChange={onChange}
        />
        <FieldGroup
          title="公务接待费"
          value={accounts.sangong?.reception}
          path={p("sangong", "reception")}
          fields={[
            { field: "budget", label: "预算数" },
            { field: "amount", label: "决算数" },
            { field: "prior", label: "上年决算数" },
            { field: "domestic", label: "其中：国内接待" },
            { field: "foreign", label: "其中：外事接待" },
            { field: "batches", label: "接待批次", kind: "count", unit: "批次" },
            { field: "personTimes", label: "接待人次", kind: "count", unit: "人次" },
          ]}
          readOnly={readOnly}
          onChange={onChange}
        />
      </section>
      <FieldGroup
        title="九、机关运行经费"
        help={FORM_HELP["finalAccounts.operatingCosts"]}
        value={accounts.operatingCosts}
        path={p("operatingCosts")}
        fields={[
          { field: "amount", label: "本年决算数" },
          { field: "budget", label: "预算数" },
          { field: "prior", label: "上年决算数" },
        ]}
        readOnly={readOnly}
        onChange={onChange}
      />
      <FieldGroup
        title="十、政府采购支出"
        help={FORM_HELP["finalAccounts.procurement"]}
        value={accounts.procurement}
        path={p("procurement")}
        fields={[
          { field: "total", label: "政府采购支出总额" },
          { field: "goods", label: "货物" },
          { field: "works", label: "工程" },
          { field: "services", label: "服务" },
          { field: "smeContracts", label: "授予中小企业合同金额" },
          { field: "smallMicroContracts", label: "其中：授予小微企业合同金额" },
          { field: "purpose", label: "采购内容说明", kind: "text" },
        ]}
        readOnly={readOnly}
        onChange={onChange}
      />
      <FieldGroup
        title="十一、国有资产占用情况"
        help={FORM_HELP["finalAccounts.assets"]}
        value={accounts.assets}
        path={p("assets")}
        fields={[
          { field: "vehicles", label: "车辆", kind: "count", unit: "辆" },
          { field: "largeEquipment", label: "单价100万元以上设备", kind: "count", unit: "台（套）" },
        ]}
        readOnly={readOnly}
        onChange={onChange}
      />
      <FieldGroup
        title="十二、政府性基金与国有资本经营预算"
        help={FORM_HELP["finalAccounts.otherBudgets"]}
        value={accounts as unknown as Record<string, unknown>}
        path={[FA]}
        fields={[
          { field: "governmentFundSpending", label: "政府性基金预算财政拨款支出" },
          { field: "stateCapitalSpending", label: "国有资本经营预算财政拨款支出" },
        ]}
        readOnly={readOnly}
        onChange={onChange}
      />
    </div>
  );
}
