import { NOTE_AUTHOR } from "../core/marks";

/**
 * jixiao's text in a cell's note: a block that starts with NOTE_PREFIX, after the user's own text (if any)
 * and NOTE_SEPARATOR. The state keeps a fingerprint of each block jixiao wrote, never the user's text; undoing
 * a mark takes out exactly that block and keeps everything else, wherever the user wrote it (above or below).
 * A block the user has edited is no longer jixiao's: it stays.
 */
export const NOTE_PREFIX = `${NOTE_AUTHOR}:`;
export const NOTE_SEPARATOR = "\n\n";

/** What identifies a block jixiao wrote: its length and a 32-bit FNV-1a hash, as 8 hex digits. */
export interface NoteBlock {
  hash: string;
  length: number;
}

/** The block jixiao writes for a message. */
export function blockText(message: string): string {
  return `${NOTE_PREFIX}\n${message}`;
}

export function fingerprint(text: string): NoteBlock {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return { hash: h.toString(16).padStart(8, "0"), length: text.length };
}

/**
 * The note without jixiao's block: the rest (null when nothing is left), or undefined when the block is not
 * there as written (edited, or removed by the user), in which case the note is the user's to keep.
 */
export function withoutBlock(content: string, block: NoteBlock): string | null | undefined {
  // Hosts may hand line breaks back as CRLF; jixiao writes LF.
  const text = content.replace(/\r\n/g, "\n");
  for (let at = text.indexOf(NOTE_PREFIX); at >= 0; at = text.indexOf(NOTE_PREFIX, at + 1)) {
    const starts = at === 0 || text.slice(at - NOTE_SEPARATOR.length, at) === NOTE_SEPARATOR;
    if (!starts) continue;
    const candidate = text.slice(at, at + block.length);
    const f = fingerprint(candidate);
    if (f.length !== block.length || f.hash !== block.hash) continue;
    const before = text.slice(0, at === 0 ? 0 : at - NOTE_SEPARATOR.length);
    let after = text.slice(at + block.length);
    if (before === "" && after.startsWith(NOTE_SEPARATOR)) after = after.slice(NOTE_SEPARATOR.length);
    const rest = before + after;
    return rest === "" ? null : rest;
  }
  return undefined;
}

/** A note holding the user's text (if any) and then jixiao's block. */
export function withBlock(user: string | null, block: string): string {
  return user === null || user === "" ? block : `${user}${NOTE_SEPARATOR}${block}`;
}
