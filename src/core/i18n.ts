import { Lang } from "./diagnostic";

export type Message = { zh: string; en: string };
export type Params = Record<string, string | number>;

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

/** Fills {placeholders}; an unknown placeholder stays visible rather than vanishing. */
export function format(message: Message, lang: Lang, params: Params = {}): string {
  const parts = partsOf(message[lang]);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i]!;
    out += (key in params ? String(params[key]) : `{${key}}`) + parts[i + 1]!;
  }
  return out;
}
