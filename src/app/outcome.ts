import { MarkOutcome } from "./ports";

/** What a ribbon command tells the user when it is done: plain data, passed to the outcome dialog. */
export type Outcome =
  | { kind: "validated"; projects: number; errors: number; warnings: number; info: number; marked: number; skipped: number }
  | { kind: "summary"; sheet: string; projects: number }
  | { kind: "unsupported" }
  | { kind: "failed"; code: string };

export function validatedOutcome(totals: { projects: number; errors: number; warnings: number; info: number }, marked: MarkOutcome | undefined): Outcome {
  return { kind: "validated", ...pick(totals), marked: marked?.cellsMarked ?? 0, skipped: marked?.skipped.length ?? 0 };
}

function pick(t: { projects: number; errors: number; warnings: number; info: number }) {
  return { projects: t.projects, errors: t.errors, warnings: t.warnings, info: t.info };
}

/** The outcome as a URL query value and back; anything unreadable is a generic failure, never thrown. */
export function encodeOutcome(o: Outcome): string {
  return encodeURIComponent(JSON.stringify(o));
}

export function decodeOutcome(query: string): Outcome {
  try {
    const param = /(?:^\?|&)o=([^&]*)/.exec(query)?.[1] ?? "";
    const value = JSON.parse(decodeURIComponent(param)) as Outcome;
    if (value && ["validated", "summary", "unsupported", "failed"].includes(value.kind)) return value;
  } catch {
    // fall through
  }
  return { kind: "failed", code: "failed" };
}
