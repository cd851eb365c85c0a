/**
 * jixiao's text in a cell's note, told apart from the user's by a prefix: either the whole note is jixiao's
 * (it starts with NOTE_PREFIX) or jixiao's text follows the user's after NOTE_SEPARATOR. Nothing of the user's
 * text is stored anywhere: undoing a mark takes jixiao's part off whatever the note says now, so the user's
 * edits since are kept.
 */
export const NOTE_PREFIX = "jixiao:";
export const NOTE_SEPARATOR = "\n\n";

/** The user's part of a note: null when the note is jixiao's alone (or there is none). */
export function userPartOf(content: string | null): string | null {
  if (content === null || content.startsWith(NOTE_PREFIX)) return null;
  const at = content.indexOf(NOTE_SEPARATOR + NOTE_PREFIX);
  return at < 0 ? content : content.slice(0, at);
}

/** Does the note carry any jixiao text to take off? */
export function hasJixiaoPart(content: string | null): boolean {
  return content !== null && (content.startsWith(NOTE_PREFIX) || content.includes(NOTE_SEPARATOR + NOTE_PREFIX));
}

/** The note a cell should carry: the user's part, then jixiao's message (if any). null: no note at all. */
export function noteWith(user: string | null, message: string | null): string | null {
  if (message === null) return user === "" ? null : user;
  const ours = `${NOTE_PREFIX}\n${message}`;
  return user === null || user === "" ? ours : `${user}${NOTE_SEPARATOR}${ours}`;
}
