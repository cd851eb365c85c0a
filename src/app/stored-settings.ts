import { RULE_IDS } from "../core/rules/registry";
import { DEFAULT_SETTINGS, Settings, parseSettings } from "../core/settings";

/** Where the pane keeps the user's settings; the ribbon commands (same origin) read them from there. */
export const SETTINGS_STORAGE_KEY = "jixiao.settings";

/** The stored settings, or the defaults when there are none or they do not parse (never throws). */
export function loadStoredSettings(storage: { getItem(key: string): string | null } | undefined, lang: Settings["lang"]): Settings {
  try {
    const raw = storage?.getItem(SETTINGS_STORAGE_KEY);
    if (raw) {
      const parsed = parseSettings({ ...JSON.parse(raw), lang }, RULE_IDS);
      if (parsed.ok) return parsed.settings;
    }
  } catch {
    // storage may be unavailable (privacy modes) or hold junk: the defaults serve
  }
  return { ...DEFAULT_SETTINGS, lang };
}
