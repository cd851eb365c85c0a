import { Lang, Severity } from "../diagnostic";

/**
 * The one place jixiao's words live in two languages (architecture.md: messages stay data, a message id and
 * its parameters, until a front end shows them). Findings carry `messageId` + `params`; the terminal, the pane,
 * the notes in cells, the summary sheet and the JSON report all render them here, so switching the language
 * never needs the workbook again. Rule messages themselves sit beside their rules; `./findings` renders them.
 */

export type Message = { zh: string; en: string };
/**
 * A message's parameters. A parameter that has to be translated (a field's name, a unit) is a `{zh, en}`
 * pair: the renderer picks the half of the language it renders, so no parameter is passed twice.
 */
export type ParamValue = string | number | Message;
export type Params = Record<string, ParamValue>;

export function isMessage(v: unknown): v is Message {
  return typeof v === "object" && v !== null && typeof (v as Message).zh === "string" && typeof (v as Message).en === "string";
}

/** A template split once into text and placeholder names: odd indexes are names. */
const compiled = new Map<string, string[]>();

function partsOf(template: string): string[] {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    compiled.set(template, parts);
  }
  return parts;
}

/** One parameter in `lang`: a `{zh, en}` pair gives its half, anything else its text. */
export function paramText(v: ParamValue, lang: Lang): string {
  return isMessage(v) ? v[lang] : String(v);
}

/** Fills {placeholders}; an unknown placeholder stays visible rather than vanishing. */
export function format(message: Message, lang: Lang, params: Params = {}): string {
  const parts = partsOf(message[lang]);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i]!;
    out += (key in params ? paramText(params[key]!, lang) : `{${key}}`) + parts[i + 1]!;
  }
  return out;
}

/** Upper-cases the first letter (English headings and buttons); Chinese is left as it is. */
export function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// ── Severities: the one table of their words ─────────────────────────────────────────────────────────────

/** The severity words: `one` names a single finding's severity, `many` heads a count of them. */
export const SEVERITY_WORDS: Record<Severity, { one: Message; many: Message }> = {
  error: { one: { zh: "错误", en: "error" }, many: { zh: "错误", en: "errors" } },
  warning: { one: { zh: "警告", en: "warning" }, many: { zh: "警告", en: "warnings" } },
  info: { one: { zh: "提示", en: "info" }, many: { zh: "提示", en: "info" } },
};

export interface WordOptions {
  /** "many" for a heading over a count ("Errors 3"); "one" (the default) for one finding's label. */
  number?: "one" | "many";
  /** Capitalise English (a heading, a button); the terminal and the sheets keep it lower-case. */
  capital?: boolean;
}

export function severityWord(s: Severity, lang: Lang, opts: WordOptions = {}): string {
  const word = SEVERITY_WORDS[s][opts.number ?? "one"][lang];
  return opts.capital ? capitalised(word) : word;
}

// ── Words every front end shows beside a finding ─────────────────────────────────────────────────────────

export const WORDS = {
  /** What heads a finding's offered fix: "建议 =80.00(%)". */
  fix: { zh: "建议", en: "suggested" },
  /** A rule, where its title is shown beside its id. */
  rule: { zh: "规则", en: "rule" },
  ruleId: { zh: "规则 id", en: "rule id" },
} as const satisfies Record<string, Message>;

export function word(key: keyof typeof WORDS, lang: Lang, capital = false): string {
  const w = WORDS[key][lang];
  return capital ? capitalised(w) : w;
}

// ── Settings: what a user may set, and what is wrong with a value ────────────────────────────────────────

/** The settings' names as a user reads them (the pane's labels, the errors below). */
export const SETTING_NAMES: Record<string, Message> = {
  profile: { zh: "规则集", en: "profile" },
  satisfactionFloor: { zh: "满意度下限", en: "satisfaction floor" },
  requireCostCategory: { zh: "要求成本指标", en: "require a cost indicator" },
  disabledRules: { zh: "关闭的规则", en: "disabled rules" },
  lang: { zh: "语言", en: "language" },
  settings: { zh: "设置", en: "settings" },
};

/** Why a setting is refused: the message ids `parseSettings` returns, with their placeholders. */
export const SETTINGS_MESSAGES = {
  notJson: { zh: "保存的设置无法读取（不是有效的 JSON）", en: "the saved settings could not be read (not valid JSON)" },
  notAnObject: { zh: "设置应为一组键值（JSON 对象）", en: "the settings must be a set of keys and values (a JSON object)" },
  unknownRule: { zh: "「{setting}」中有未知的规则 id「{id}」", en: "{setting}: unknown rule id \"{id}\"" },
  outOfRange: { zh: "「{setting}」应在 {min} 到 {max} 之间", en: "{setting} must be from {min} to {max}" },
  notOneOf: { zh: "「{setting}」只能是 {options} 之一", en: "{setting} must be one of {options}" },
  wrongType: { zh: "「{setting}」应为{expected}", en: "{setting} must be {expected}" },
  invalid: { zh: "「{setting}」的值无效", en: "{setting} has an invalid value" },
} as const satisfies Record<string, Message>;

export type SettingsMessageId = keyof typeof SETTINGS_MESSAGES;

/** What a value should have been, for `wrongType`. */
export const VALUE_KINDS: Record<string, Message> = {
  number: { zh: "数字", en: "a number" },
  boolean: { zh: "是或否（true / false）", en: "true or false" },
  string: { zh: "文字", en: "text" },
  array: { zh: "一组值（列表）", en: "a list" },
  object: { zh: "一组键值", en: "a set of keys and values" },
};

/** One refused setting, as data: rendered by `settingsErrorText` in the language shown. */
export interface SettingsError {
  messageId: SettingsMessageId;
  params: Params;
}

export function settingsErrorText(e: SettingsError, lang: Lang): string {
  return format(SETTINGS_MESSAGES[e.messageId], lang, e.params);
}
