import type { Severity } from "../diagnostic";

/**
 * What a profile asks of a form, as data (rules.md, "Profiles"): a province is one of these, not a code
 * path. Rules and the reader read the fields; none of them asks which profile it is.
 */
export interface ProfileSpec {
  name: string;
  /** 二级 this profile accepts beyond the taxonomy of rules.md, by 一级. */
  taxonomyAdditions: Readonly<Record<string, readonly string[]>>;
  /**
   * A 二级 that other templates file where the taxonomy has a 一级 (成本指标 under 产出指标): a row under it
   * satisfies that category's requirement as if it were the 一级 itself.
   */
  categoryStandIns: Readonly<Record<string, string>>;
  /**
   * How form/missing-field reports a required field whose label the form does not have at all (null: not at
   * all). A template that prints every field makes its absence a mistake; another province's template may
   * simply not have the field, and only an empty value beside a label it does print is then one.
   */
  absentField: Severity | null;
  /**
   * Severities by rule id, for the findings a rule reports at its default severity: how grave a mistake
   * is depends on whose template it is (a missing operator is an error in Shanghai's, a warning elsewhere).
   */
  severities: Readonly<Record<string, Severity>>;
}
