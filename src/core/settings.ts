import * as z from "zod/mini";
import { SETTING_NAMES, SettingsError, VALUE_KINDS } from "./i18n";
import { DEFAULT_PROFILE, PROFILES } from "./profiles";

export type { SettingsError } from "./i18n";

const FLOOR = { min: 0, max: 100 } as const;

/** What a user may change (rules.md, "Profiles"). Unknown rule ids are refused by `parseSettings`. */
export const SettingsSchema = z.object({
  profile: z._default(z.enum(PROFILES), DEFAULT_PROFILE),
  /** Satisfaction targets below this percent are flagged (target/satisfaction-floor). */
  satisfactionFloor: z._default(z.number().check(z.minimum(FLOOR.min), z.maximum(FLOOR.max)), 80),
  /** Require a 成本指标 category in every project. */
  requireCostCategory: z._default(z.boolean(), false),
  /** Rule ids that do not run. */
  disabledRules: z._default(z.array(z.string()), []),
  lang: z._default(z.enum(["zh", "en"]), "zh"),
});

export type Settings = z.infer<typeof SettingsSchema>;
export type SettingsInput = z.input<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** What is wrong is data (a message id and its parameters): the pane and the CLI render it in their language. */
export type SettingsResult = { ok: true; settings: Settings } | { ok: false; errors: SettingsError[] };

/** Validates settings from a user (CLI flags, pane, a stored document setting); never throws. */
export function parseSettings(input: unknown, knownRuleIds: readonly string[]): SettingsResult {
  const parsed = SettingsSchema.safeParse(input ?? {});
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map(issueError) };
  const known = new Set(knownRuleIds);
  const unknown = parsed.data.disabledRules.filter((id) => !known.has(id));
  if (unknown.length) {
    return { ok: false, errors: unknown.map((id) => ({ messageId: "unknownRule", params: { setting: SETTING_NAMES.disabledRules!, id } })) };
  }
  return { ok: true, settings: parsed.data };
}

interface Issue {
  code: string;
  path: PropertyKey[];
  expected?: string;
  values?: readonly unknown[];
}

function issueError(issue: Issue): SettingsError {
  const key = issue.path.length ? String(issue.path[0]) : "";
  if (key === "") return { messageId: issue.code === "invalid_type" ? "notAnObject" : "invalid", params: {} };
  const setting = SETTING_NAMES[key] ?? key;
  if (issue.code === "too_small" || issue.code === "too_big") return { messageId: "outOfRange", params: { setting, ...FLOOR } };
  if (issue.code === "invalid_value" && issue.values) return { messageId: "notOneOf", params: { setting, options: issue.values.map(String).join(" / ") } };
  if (issue.code === "invalid_type" && issue.expected) {
    return { messageId: "wrongType", params: { setting, expected: VALUE_KINDS[issue.expected] ?? issue.expected } };
  }
  return { messageId: "invalid", params: { setting } };
}
