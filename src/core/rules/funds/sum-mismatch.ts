import { AmountRead, Form } from "../../template/model";
import { MONEY_SCALE, sumAmounts } from "../../template/amounts";
import { FundKey } from "../../template/labels";
import { defineRule, RuleContext } from "../types";
import { formatMoney, shown } from "./fields";

const TOLERANCE = 0.01;

type Messages = "annual" | "project";

export default defineRule<Messages>({
  meta: {
    id: "funds/sum-mismatch",
    title: { zh: "金额合计不符", en: "Amounts do not add up" },
    severity: "error",
    docs: {
      zh: "年度资金申请总额 ≠ 当年财政拨款 + 上年结转资金 + 其他资金；项目资金总额（已填时）≠ 财政资金 + 其他资金",
      en: "Annual amount ≠ appropriation + carry-over + other; project total (when filled) ≠ fiscal + other",
    },
    fix: { zh: "各分项之和", en: "the computed sum" },
  },
  messages: {
    annual: {
      zh: "年度资金申请总额 {total} 不等于 当年财政拨款 + 上年结转资金 + 其他资金 = {sum}",
      en: "annual amount {total} is not appropriation + carry-over + other = {sum}",
    },
    project: {
      zh: "项目资金总额 {total} 不等于 财政资金 + 其他资金 = {sum}",
      en: "project total {total} is not fiscal + other = {sum}",
    },
  },
  check(ctx) {
    for (const form of ctx.workbook.forms) {
      compare(ctx, form, "annualTotal", ["appropriation", "carryover", "annualOther"], "annual", false);
      compare(ctx, form, "projectTotal", ["projectFiscal", "projectOther"], "project", true);
    }
  },
});

/**
 * Checks one total against its parts. Runs only where the form prints the parts, only when every amount
 * involved is a number (funds/not-a-number reports the others), and only when at least one part is
 * filled: a total whose breakdown was left blank is common (2026 forms) and "0.00" would be a harmful fix.
 * Blank parts count as 0. Amounts compare in 元; the message and the fix speak the block's unit, the one a
 * bare number in the cell is read in (a fix of "6.50" for "65万元" in a 元 block would mean 6.50 元).
 */
function compare(
  ctx: RuleContext<Messages>,
  form: Form,
  totalKey: FundKey,
  partKeys: FundKey[],
  message: Messages,
  onlyWhenFilled: boolean,
): void {
  const total = form.funds[totalKey];
  const parts = partKeys.map((k) => form.funds[k]).filter((p): p is AmountRead => !!p);
  if (!total?.cell || !parts.length) return;
  if (total.problem || parts.some((p) => p.problem)) return;
  if (onlyWhenFilled && total.amount === null) return;
  if (parts.every((p) => p.amount === null)) return;
  const sum = sumAmounts(parts.map((p) => p.amount));
  const have = total.amount ?? 0;
  // Amounts are binary floats: 1000000.01 − 1000000 is 0.0100000000093, still within the cent allowed.
  if (Math.abs(have - sum) <= TOLERANCE * total.scale + 1e-9) return;
  const inCellUnit = sum / MONEY_SCALE[total.unit];
  ctx.report({
    form,
    cell: total.cell,
    message,
    params: { total: total.amount === null ? "—" : shown(total), sum: formatMoney(inCellUnit) },
    fix: inCellUnit.toFixed(2),
    fixInPlace: true,
    value: total.text,
  });
}
