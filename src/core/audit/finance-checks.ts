/**
 * The checks that judge the money of a dataset: sums, shares, changes, completion rates, zero bases, units,
 * placeholders, years, and the agreement of the 基础数据表, budget statements and charts with the final accounts.
 * @module
 */
import type { AuditCheck } from "./audit-check.ts";
import { amountUnitCheck } from "./checks/amount-unit.ts";
import { basicDataConflictCheck } from "./checks/basic-data-conflict.ts";
import { budgetAdjustmentUnstatedCheck } from "./checks/budget-adjustment-unstated.ts";
import { changeAmountCheck } from "./checks/change-amount.ts";
import { changeRateCheck } from "./checks/change-rate.ts";
import { changeVerbCheck } from "./checks/change-verb.ts";
import { chartDataCheck } from "./checks/chart-data.ts";
import { completionBaseCheck } from "./checks/completion-base.ts";
import { completionRateCheck } from "./checks/completion-rate.ts";
import { controlRateCheck } from "./checks/control-rate.ts";
import { executionVsFinalCheck } from "./checks/execution-vs-final.ts";
import { filingResidueCheck } from "./checks/filing-residue.ts";
import { functionLineNamesCheck } from "./checks/function-line-names.ts";
import { functionLinesIncompleteCheck } from "./checks/function-lines-incomplete.ts";
import { incomeExpenditureGapCheck } from "./checks/income-expenditure-gap.ts";
import { operatingCostsScopeCheck } from "./checks/operating-costs-scope.ts";
import { perTenThousandCheck } from "./checks/per-ten-thousand.ts";
import { placeholderTextCheck } from "./checks/placeholder-text.ts";
import { reportGapCheck } from "./checks/report-gap.ts";
import { shareCheck } from "./checks/share.ts";
import { statedClaimContradictedCheck } from "./checks/stated-claim-contradicted.ts";
import { sumPartsCheck } from "./checks/sum-parts.ts";
import { yearMismatchCheck } from "./checks/year-mismatch.ts";
import { zeroBaseRateCheck } from "./checks/zero-base-rate.ts";

export const financeChecks: AuditCheck[] = [
  sumPartsCheck,
  functionLinesIncompleteCheck,
  functionLineNamesCheck,
  shareCheck,
  changeRateCheck,
  changeVerbCheck,
  changeAmountCheck,
  amountUnitCheck,
  zeroBaseRateCheck,
  completionRateCheck,
  completionBaseCheck,
  placeholderTextCheck,
  filingResidueCheck,
  yearMismatchCheck,
  perTenThousandCheck,
  basicDataConflictCheck,
  budgetAdjustmentUnstatedCheck,
  statedClaimContradictedCheck,
  reportGapCheck,
  incomeExpenditureGapCheck,
  controlRateCheck,
  executionVsFinalCheck,
  operatingCostsScopeCheck,
  chartDataCheck,
];
