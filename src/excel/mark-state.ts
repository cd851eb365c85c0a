import * as z from "zod/mini";

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
  const parsed = MarkStateSchema.safeParse(value);
  return parsed.success ? parsed.data : EMPTY_STATE;
}

export function serializeState(state: MarkState): string {
  return JSON.stringify(state);
}
