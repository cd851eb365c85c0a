import { Lang } from "./diagnostic";

export type Message = { zh: string; en: string };
export type Params = Record<string, string | number>;

/** Fills {placeholders}; an unknown placeholder stays visible rather than vanishing. */
export function format(message: Message, lang: Lang, params: Params = {}): string {
  return message[lang].replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}
