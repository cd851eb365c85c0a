import { Diagnostic, Lang } from "../diagnostic";
import { Report } from "../report/schema";
import { ALL_RULES } from "../rules/registry";
import { Rule } from "../rules/types";
import { format } from "./index";

/**
 * Findings in words: a finding's text from its rule's catalogue, its `messageId` and its `params`, in the
 * language asked for. Apart from ./index because it needs the rules, and the rules need ./index.
 */

const BY_ID: ReadonlyMap<string, Rule> = new Map(ALL_RULES.map((r) => [r.meta.id, r]));

export type FindingData = Pick<Diagnostic, "rule" | "messageId" | "params" | "message">;

/**
 * The finding's text in `lang`. A finding this version has no template for (a report from another version,
 * a rule id it does not know) keeps the text it was written with.
 */
export function findingText(d: FindingData, lang: Lang): string {
  const template = BY_ID.get(d.rule)?.messages[d.messageId];
  return template ? format(template, lang, d.params) : d.message;
}

/** A rule's short title ("缺少运算符"), or its id when the rule is not one of this version's. */
export function ruleTitle(id: string, lang: Lang): string {
  return BY_ID.get(id)?.meta.title[lang] ?? id;
}

/** What a rule checks (its docs line), in `lang`. */
export function ruleDocs(id: string, lang: Lang): string | undefined {
  return BY_ID.get(id)?.meta.docs[lang];
}

/**
 * The same report in another language: each finding's `message` rendered again from its id and parameters.
 * Nothing is read or judged again (the pane switches language with it).
 */
export function reportIn(report: Report, lang: Lang): Report {
  if (report.lang === lang) return report;
  return { ...report, lang, diagnostics: report.diagnostics.map((d) => ({ ...d, message: findingText(d, lang) })) };
}
