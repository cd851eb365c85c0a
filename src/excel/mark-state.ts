import * as z from "zod/mini";
import { utf8Bytes } from "./budget";

/**
 * What jixiao must remember, in the workbook itself, to undo its marks: for every marked cell the hidden
 * defined name that follows it, its own fill and a fingerprint of what jixiao wrote into its note. Kept in the workbook's
 * settings (saved with the file), so "Clear highlights" works after the file was saved and reopened.
 *
 * Why names rather than addresses: a defined name moves with its cell when rows or columns are inserted
 * above it and follows a renamed sheet, so a mark is undone where the cell is now, never on whatever cell
 * slid into its old address. Worksheet ids are no help: Excel does not promise they survive a reopen.
 */
export const SETTINGS_KEY = "jixiao.marks";

/** Every name jixiao makes for a mark starts so; only such names are ever deleted. */
export const MARK_NAME_PREFIX = "_jixiao_m_";
const MARK_NAME = new RegExp(`^${MARK_NAME_PREFIX}[a-z0-9]+_[0-9]+$`, "i");
const A1 = /^[A-Z]{1,3}[1-9][0-9]{0,6}$/;

/** A cell's own fill, enough to put it back: colour, and pattern and tints when they are not the plain ones. */
const OwnFill = z.object({
  /** null: no fill. */
  color: z.nullable(z.string()),
  /** A pattern other than Solid (Gray50, Checker …), with its colour and tint. */
  pattern: z.optional(z.string()),
  patternColor: z.optional(z.string()),
  patternTintAndShade: z.optional(z.number()),
  /** A theme colour's tint or shade, when not 0. */
  tintAndShade: z.optional(z.number()),
});

/** What identifies the block of text jixiao wrote into a note (see mark-note.ts). */
const NoteBlock = z.object({ hash: z.string().check(z.regex(/^[0-9a-f]{8}$/)), length: z.int().check(z.nonnegative()) });

const MarkRecord = z.object({
  name: z.string().check(z.regex(MARK_NAME)),
  /** Where the cell was when marked: used only when its name is gone (deleted by hand, or a batch cut short). */
  sheet: z.string(),
  cell: z.string().check(z.regex(A1)),
  severity: z.enum(["error", "warning"]),
  /**
   * The cell's own fill, put back on clearing; null when jixiao left the fill alone (a gradient, which
   * office.js can read but not write). Only the fill is ever painted: the font stays the user's.
   */
  fill: z.nullable(OwnFill),
  /** The block jixiao wrote into the cell's note, or null when it wrote none. */
  note: z.nullable(NoteBlock),
});

export const MarkStateSchema = z.object({
  version: z.literal(2),
  marks: z.array(MarkRecord),
});

/**
 * How the state is stored: one setting, compact. A setting string with a record per mark as written by
 * version 2 (~150 bytes, more with Chinese sheet names at 3 bytes a character) fails near 1 MB: settings hold
 * about 1 MB in Excel (office-js#3957, "The argument is invalid or missing") and 2 MB in all in some hosts
 * ("Persist add-in state and settings"). Version 3 names each sheet once and packs a record into an array
 * (~60 bytes), and the state is capped at STATE_BYTES (see fitsInSettings). Version 2 is still read.
 */
const CompactFill = z.union([z.null(), z.literal(0), z.string(), OwnFill]);
const CompactRecord = z.tuple([
  z.string().check(z.regex(MARK_NAME)),
  z.int().check(z.nonnegative()),
  z.string().check(z.regex(A1)),
  z.enum(["e", "w"]),
  CompactFill,
  z.nullable(z.tuple([z.string().check(z.regex(/^[0-9a-f]{8}$/)), z.int().check(z.nonnegative())])),
]);
const CompactState = z.object({ v: z.literal(3), s: z.array(z.string()), m: z.array(CompactRecord) });

/** The most the stored state may take, in bytes: headroom under the ~1 MB that settings hold (office-js#3957). */
export const STATE_BYTES = 900_000;

export type MarkRecord = z.infer<typeof MarkRecord>;
export type OwnFill = z.infer<typeof OwnFill>;
export type MarkState = z.infer<typeof MarkStateSchema>;

export const EMPTY_STATE: MarkState = { version: 2, marks: [] };

export function isMarkName(name: string): boolean {
  return MARK_NAME.test(name);
}

/** A fresh name for the i-th mark of a run: runs never reuse names, so one batch can drop old and add new. */
export function markName(run: string, i: number): string {
  return `${MARK_NAME_PREFIX}${run}_${i}`;
}

/**
 * Reads the stored state; anything unreadable (another add-in's key, a damaged value, an older layout)
 * counts as "no marks" rather than as an instruction to repaint cells.
 */
export function parseState(stored: unknown): MarkState {
  if (stored === null || stored === undefined) return EMPTY_STATE;
  let value = stored;
  if (typeof stored === "string") {
    try {
      value = JSON.parse(stored);
    } catch {
      return EMPTY_STATE;
    }
  }
  const compact = CompactState.safeParse(value);
  if (compact.success) return expand(compact.data);
  const parsed = MarkStateSchema.safeParse(value);
  return parsed.success ? parsed.data : EMPTY_STATE;
}

function expand(c: z.infer<typeof CompactState>): MarkState {
  const marks: MarkRecord[] = [];
  for (const [name, sheet, cell, severity, fill, note] of c.m) {
    const sheetName = c.s[sheet];
    if (sheetName === undefined) return EMPTY_STATE;
    marks.push({
      name,
      sheet: sheetName,
      cell,
      severity: severity === "e" ? "error" : "warning",
      fill: fill === null ? null : fill === 0 ? { color: null } : typeof fill === "string" ? { color: fill } : fill,
      note: note ? { hash: note[0], length: note[1] } : null,
    });
  }
  return { version: 2, marks };
}

export function serializeState(state: MarkState): string {
  const sheets: string[] = [];
  const index = new Map<string, number>();
  const m = state.marks.map((r) => {
    let i = index.get(r.sheet);
    if (i === undefined) {
      i = sheets.push(r.sheet) - 1;
      index.set(r.sheet, i);
    }
    const only = r.fill && Object.keys(r.fill).length === 1;
    const fill = r.fill === null ? null : only && r.fill.color === null ? 0 : only ? r.fill.color : r.fill;
    return [r.name, i, r.cell, r.severity === "error" ? "e" : "w", fill, r.note ? [r.note.hash, r.note.length] : null];
  });
  return JSON.stringify({ v: 3, s: sheets, m });
}

/** Whether a state fits in the workbook's settings (STATE_BYTES), as stored. */
export function fitsInSettings(state: MarkState): boolean {
  return utf8Bytes(serializeState(state)) <= STATE_BYTES;
}
