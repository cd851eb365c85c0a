import { Lang } from "../core/diagnostic";
import { RULE_IDS } from "../core/rules/registry";
import { DEFAULT_SETTINGS, Settings, parseSettings } from "../core/settings";

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
  let stored: unknown = {};
  try {
    const text = storage()?.getItem(SETTINGS_KEY);
    if (text) stored = JSON.parse(text);
  } catch {
    stored = {};
  }
  const base = typeof stored === "object" && stored !== null && !Array.isArray(stored) ? stored : {};
  const parsed = parseSettings({ ...base, lang }, RULE_IDS);
  return parsed.ok ? parsed.settings : { ...DEFAULT_SETTINGS, lang };
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
