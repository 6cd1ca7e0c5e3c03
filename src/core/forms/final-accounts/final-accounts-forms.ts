/**
 * The 决算公开 附表 of a unit (第五部分 of the 四川 决算说明, rules §5.1) as Forms, in the order seed 004 lists them:
 * 收入支出决算总表, 收入决算表, 支出决算表, 财政拨款收入支出决算总表, 财政拨款支出决算明细表, 一般公共预算财政拨款支出
 * 决算表, 一般公共预算财政拨款支出决算明细表, 一般公共预算财政拨款基本支出决算表, 一般公共预算财政拨款项目支出决算表,
 * 政府性基金预算财政拨款收入支出决算表, 国有资本经营预算财政拨款收入支出决算表, 国有资本经营预算财政拨款支出决算表,
 * 财政拨款"三公"经费支出决算表. Each is drawn from the same figures as the 决算说明, its totals summed from its lines; a
 * table the dataset has no figures for is left out. The two 明细表 by 支出经济分类 (公开05/07表) print their 合计 only:
 * no dataset holds economic-classification lines (`economic-detail-forms.ts`).
 * @module
 */
import type { Dataset, FinalAccounts } from "../../dataset/schema.ts";
import type { RuleProfile } from "../../profiles/profile-schema.ts";
import type { Form } from "../form.ts";
import { buildBasicSpendingForm } from "./basic-spending-form.ts";
import { buildFiscalDetailForm, buildGeneralBudgetDetailForm } from "./economic-detail-forms.ts";
import { buildExpenditureForm, buildGeneralBudgetForm, buildProjectSpendingForm } from "./expenditure-forms.ts";
import { buildFiscalForm } from "./fiscal-form.ts";
import { buildFundForms } from "./fund-forms.ts";
import { buildIncomeExpenditureForm } from "./income-expenditure-form.ts";
import { buildIncomeForm } from "./income-form.ts";
import { buildSangongForm } from "./sangong-form.ts";

/** Every 附表 the accounts have figures for, in the seed's order. */
export function buildFinalAccountsForms(dataset: Dataset, accounts: FinalAccounts, profile: RuleProfile): Form[] {
  const forms: (Form | null)[] = [
    buildIncomeExpenditureForm(dataset, accounts),
    buildIncomeForm(dataset, accounts),
    buildExpenditureForm(dataset, accounts),
    buildFiscalForm(dataset, accounts),
    buildFiscalDetailForm(dataset, accounts),
    buildGeneralBudgetForm(dataset, accounts),
    buildGeneralBudgetDetailForm(dataset, accounts),
    buildBasicSpendingForm(dataset, accounts),
    buildProjectSpendingForm(dataset, accounts),
    ...buildFundForms(dataset, accounts),
    accounts.sangong ? buildSangongForm(dataset, accounts.sangong, profile) : null,
  ];
  return forms.filter((form): form is Form => form !== null);
}
