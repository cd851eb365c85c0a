import { HostError, MarkOutcome, SkipReason } from "./ports";

export type HostErrorCode = HostError["code"];
/** Which ribbon command ran: 一键校验 or 生成汇总表. */
export type OutcomeCommand = "validate" | "summary";

/** What a ribbon command tells the user when it is done: plain data, passed to the outcome dialog. */
export type Outcome =
  | {
      kind: "validated";
      projects: number;
      errors: number;
      warnings: number;
      info: number;
      marked: number;
      /** Cells that could not be highlighted, counted by why (only reasons that occurred). */
      skipped: Partial<Record<SkipReason, number>>;
    }
  | { kind: "summary"; sheet: string; projects: number }
  | { kind: "unsupported" }
  | { kind: "failed"; code: HostErrorCode; command?: OutcomeCommand };

/** Every SkipReason and HostError code, in the order the dialog lists them (the compiler checks the lists are whole). */
const SKIP_REASON_SET = { protected: 1, "sheet-gone": 1, "cell-gone": 1, "changed-by-user": 1, "not-a-cell": 1 } satisfies Record<SkipReason, 1>;
export const SKIP_REASONS = Object.keys(SKIP_REASON_SET) as SkipReason[];
const CODE_SET = { "unsupported-host": 1, protected: 1, busy: 1, "too-large": 1, changed: 1, failed: 1 } satisfies Record<HostErrorCode, 1>;
const CODES = Object.keys(CODE_SET) as HostErrorCode[];
const GENERIC: Outcome = { kind: "failed", code: "failed" };

export function validatedOutcome(totals: { projects: number; errors: number; warnings: number; info: number }, marked: MarkOutcome | undefined): Outcome {
  const skipped: Partial<Record<SkipReason, number>> = {};
  for (const s of marked?.skipped ?? []) skipped[s.reason] = (skipped[s.reason] ?? 0) + 1;
  return { kind: "validated", ...pick(totals), marked: marked?.cellsMarked ?? 0, skipped };
}

/** What a command that threw tells the user: the HostError's code (anything else is a plain failure). */
export function failedOutcome(command: OutcomeCommand, e: unknown): Outcome {
  return { kind: "failed", code: e instanceof HostError ? e.code : "failed", command };
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
    return checked(JSON.parse(decodeURIComponent(param)));
  } catch {
    return GENERIC;
  }
}

/** The decoded value as an Outcome, field by field: the query string is anyone's to write. */
function checked(v: unknown): Outcome {
  if (typeof v !== "object" || v === null) return GENERIC;
  const o = v as Record<string, unknown>;
  const count = (x: unknown) => (typeof x === "number" && Number.isInteger(x) && x >= 0 ? x : null);
  switch (o.kind) {
    case "validated": {
      const [projects, errors, warnings, info, marked] = [o.projects, o.errors, o.warnings, o.info, o.marked].map(count);
      if (projects == null || errors == null || warnings == null || info == null || marked == null) return GENERIC;
      const skipped: Partial<Record<SkipReason, number>> = {};
      if (typeof o.skipped === "object" && o.skipped !== null) {
        for (const reason of SKIP_REASONS) {
          const n = count((o.skipped as Record<string, unknown>)[reason]);
          if (n) skipped[reason] = n;
        }
      }
      return { kind: "validated", projects, errors, warnings, info, marked, skipped };
    }
    case "summary": {
      const projects = count(o.projects);
      return typeof o.sheet === "string" && projects !== null ? { kind: "summary", sheet: o.sheet, projects } : GENERIC;
    }
    case "unsupported":
      return { kind: "unsupported" };
    case "failed": {
      const code = CODES.find((c) => c === o.code) ?? "failed";
      const command = o.command === "validate" || o.command === "summary" ? o.command : undefined;
      return command ? { kind: "failed", code, command } : { kind: "failed", code };
    }
    default:
      return GENERIC;
  }
}
