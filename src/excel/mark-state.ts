import * as z from "zod/mini";

/**
 * What jixiao must remember, in the workbook itself, to undo its marks exactly: for every marked cell its
 * own fill and font colour and what was done to its note. Kept in the workbook's settings (saved with the
 * file), so "Clear highlights" works after the file was saved and reopened.
 */
export const SETTINGS_KEY = "jixiao.marks";

const OwnFormat = z.object({
  /** The cell's own fill colour, or null for "no fill". */
  fill: z.nullable(z.string()),
  /** The cell's own font colour. */
  font: z.nullable(z.string()),
});

const MarkRecord = z.object({
  /** Worksheet.id: survives a rename. */
  sheetId: z.string(),
  sheet: z.string(),
  cell: z.string(),
  severity: z.enum(["error", "warning"]),
  own: OwnFormat,
  /** "added": jixiao created the note; "appended": the user's note got jixiao's text after it; "none". */
  note: z.enum(["added", "appended", "none"]),
  ownNote: z.optional(z.string()),
});

export const MarkStateSchema = z.object({
  version: z.literal(1),
  marks: z.array(MarkRecord),
});

export type MarkRecord = z.infer<typeof MarkRecord>;
export type MarkState = z.infer<typeof MarkStateSchema>;
export type OwnFormat = z.infer<typeof OwnFormat>;

export const EMPTY_STATE: MarkState = { version: 1, marks: [] };

/**
 * Reads the stored state; anything unreadable (another add-in's key, a damaged value) counts as "no marks"
 * rather than as an instruction to repaint cells.
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

/** The prefix of every note jixiao writes: how its text is told from the user's. */
export const NOTE_PREFIX = "jixiao:";
/** Between the user's own note and jixiao's text when jixiao appends to it. */
export const NOTE_SEPARATOR = "\n\n";
