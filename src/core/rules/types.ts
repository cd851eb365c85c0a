import { Severity } from "../diagnostic";
import { Message, Params } from "../i18n";
import { ProfileSpec } from "../profiles";
import { Settings } from "../settings";
import { Taxonomy } from "../taxonomy";
import { Form, WorkbookRead } from "../template/model";

export const RULE_FAMILIES = ["form", "funds", "indicator", "project", "target", "text", "workbook", "sheet"] as const;
export type RuleFamily = (typeof RULE_FAMILIES)[number];

/** What a rule is, as data: the README's rule table and the pane's filters are built from it. */
export interface RuleMeta {
  id: string;
  /** The severity the rule reports at; a rule whose findings vary lists them all in `severities`. */
  severity: Severity;
  severities?: readonly Severity[];
  /** A short name for the rule ("缺少运算符" / "Missing operator"): what the pane and the summary show, the id beside it. */
  title: Message;
  docs: Message;
  /** What the offered fix is, when the rule offers one. */
  fix?: Message;
}

export interface FindingInput<M extends string> {
  /** The form the finding belongs to; omit for sheet- and workbook-level findings. */
  form?: Form;
  /** Needed when there is no form. */
  sheet?: string;
  cell: string;
  message: M;
  params?: Params;
  fix?: string;
  /** `fix` is the whole new content of `cell` (see Diagnostic.fixInPlace). */
  fixInPlace?: boolean;
  value?: string;
  severity?: Severity;
}

export interface RuleContext<M extends string = string> {
  workbook: WorkbookRead;
  settings: Settings;
  /** The chosen profile as data: what rules consult instead of its name. */
  profile: ProfileSpec;
  taxonomy: Taxonomy;
  report(finding: FindingInput<M>): void;
}

export interface Rule<M extends string = string> {
  meta: RuleMeta;
  messages: Readonly<Record<M, Message>>;
  check(ctx: RuleContext<M>): void;
}

/** Ties a rule's message ids to its `report` calls at compile time. */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}
