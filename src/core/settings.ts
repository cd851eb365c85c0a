import * as z from "zod/mini";
import { DEFAULT_PROFILE, PROFILES } from "./profiles";

/** What a user may change (rules.md, "Profiles"). Unknown rule ids are refused by `parseSettings`. */
export const SettingsSchema = z.object({
  profile: z._default(z.enum(PROFILES), DEFAULT_PROFILE),
  /** Satisfaction targets below this percent are flagged (target/satisfaction-floor). */
  satisfactionFloor: z._default(z.number().check(z.minimum(0), z.maximum(100)), 80),
  /** Require a 成本指标 category in every project. */
  requireCostCategory: z._default(z.boolean(), false),
  /** Rule ids that do not run. */
  disabledRules: z._default(z.array(z.string()), []),
  lang: z._default(z.enum(["zh", "en"]), "zh"),
});

export type Settings = z.infer<typeof SettingsSchema>;
export type SettingsInput = z.input<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; errors: string[] };

/** Validates settings from a user (CLI flags, pane, a stored document setting); never throws. */
export function parseSettings(input: unknown, knownRuleIds: readonly string[]): SettingsResult {
  const parsed = SettingsSchema.safeParse(input ?? {});
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((i) => `${i.path.join(".") || "settings"}: ${i.message}`) };
  }
  const known = new Set(knownRuleIds);
  const unknown = parsed.data.disabledRules.filter((id) => !known.has(id));
  if (unknown.length) return { ok: false, errors: unknown.map((id) => `disabledRules: unknown rule id "${id}"`) };
  return { ok: true, settings: parsed.data };
}
