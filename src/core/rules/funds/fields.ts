import { FundKey } from "../../template/labels";
import { AmountRead } from "../../template/model";

/** The money block's labels for messages, zh and en. */
export const FUND_NAMES: Record<FundKey, { zh: string; en: string }> = {
  projectTotal: { zh: "项目资金总额", en: "project total" },
  projectFiscal: { zh: "财政资金", en: "fiscal funds (project)" },
  projectOther: { zh: "其他资金（项目）", en: "other funds (project)" },
  annualTotal: { zh: "年度资金申请总额", en: "annual amount requested" },
  appropriation: { zh: "当年财政拨款", en: "this year's appropriation" },
  carryover: { zh: "上年结转资金", en: "carry-over from last year" },
  annualOther: { zh: "其他资金（年度）", en: "other funds (this year)" },
};

/** Money as the template prints it: 1,071,532.00. */
export function formatMoney(n: number): string {
  return n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** An amount as the cell shows it: numbers in the template's money format, text as typed. */
export function shown(a: AmountRead): string {
  return typeof a.value === "number" ? formatMoney(a.value) : a.text;
}
