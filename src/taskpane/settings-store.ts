import { Lang } from "../core/diagnostic";
import { RULE_IDS } from "../core/rules/registry";
import { DEFAULT_SETTINGS, Settings, SettingsError, parseSettings } from "../core/settings";

/** Where the pane keeps the user's settings between sessions (if the browser allows storage at all). */
export const SETTINGS_KEY = "jixiao.settings";

/** What the pane stores: everything but the language, which follows Office each time the pane opens. */
type Stored = Omit<Settings, "lang">;

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null; // access itself can throw (storage disabled, sandboxed frame)
  }
}

/** The stored settings with the given language, or the defaults when nothing valid was stored. */
export function loadSettings(lang: Lang): Settings {
  return loadSettingsChecked(lang).settings;
}

/**
 * The stored settings, and why they were set aside if they were: the errors are data (message ids and
 * parameters), and the settings panel shows them in whatever language the pane speaks.
 */
export function loadSettingsChecked(lang: Lang): { settings: Settings; errors: SettingsError[] } {
  const defaults = { ...DEFAULT_SETTINGS, lang };
  let text: string | null | undefined;
  try {
    text = storage()?.getItem(SETTINGS_KEY);
  } catch {
    text = null; // storage refused: nothing stored, nothing wrong
  }
  if (!text) return { settings: defaults, errors: [] };
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return { settings: defaults, errors: [{ messageId: "notJson", params: {} }] };
  }
  if (typeof stored !== "object" || stored === null || Array.isArray(stored)) return { settings: defaults, errors: [{ messageId: "notAnObject", params: {} }] };
  const parsed = parseSettings({ ...stored, lang }, RULE_IDS);
  return parsed.ok ? { settings: parsed.settings, errors: [] } : { settings: defaults, errors: parsed.errors };
}

export function saveSettings(settings: Settings): void {
  const { lang: _lang, ...rest } = settings;
  const stored: Stored = rest;
  try {
    storage()?.setItem(SETTINGS_KEY, JSON.stringify(stored));
  } catch {
    // quota or privacy mode: the settings still hold for this session
  }
}
