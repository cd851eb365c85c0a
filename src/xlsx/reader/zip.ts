import { DecodeUTF8, Inflate } from "fflate";

/**
 * The zip container, read from its central directory. Only the few parts a check needs are ever inflated, one
 * at a time, and inflation is metered as it streams: a part's declared size is the attacker's number, so it only
 * rejects early; the count of bytes actually produced is what stops a bomb.
 */

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  /** As declared; never trusted to bound what inflating produces. */
  size: number;
  localOffset: number;
}

export class ZipError extends Error {}

/** Raised when the input passes one of the reader's limits; `what` says which. */
export class LimitExceeded extends Error {
  constructor(readonly what: "part" | "total" | "entries" | "cells" | "string" | "sheets", readonly limit: number) {
    super(`past the ${what} limit (${limit})`);
  }
}

const u16 = (b: Uint8Array, p: number) => b[p]! | (b[p + 1]! << 8);
const u32 = (b: Uint8Array, p: number) => (b[p]! | (b[p + 1]! << 8) | (b[p + 2]! << 16) | (b[p + 3]! << 24)) >>> 0;

function nameOf(b: Uint8Array, from: number, to: number, utf8: boolean): string {
  let s = "";
  let ascii = true;
  for (let i = from; i < to; i++) if (b[i]! > 0x7f) ascii = false;
  if (ascii || !utf8) {
    for (let i = from; i < to; i++) s += String.fromCharCode(b[i]!);
    return s;
  }
  let out = "";
  const d = new DecodeUTF8((str) => (out += str));
  d.push(b.subarray(from, to), true);
  return out;
}

/** The entries of the central directory, or ZipError when there is none to read (a truncated or foreign file). */
export function zipEntries(b: Uint8Array, maxEntries: number): ZipEntry[] {
  const eocd = endOfCentralDirectory(b);
  if (eocd < 0) throw new ZipError("no end of central directory");
  const count = u16(b, eocd + 10);
  let p = u32(b, eocd + 16);
  if (count > maxEntries) throw new LimitExceeded("entries", maxEntries);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (p + 46 > b.length || u32(b, p) !== 0x02014b50) throw new ZipError("central directory truncated");
    const flags = u16(b, p + 8);
    const nameLength = u16(b, p + 28);
    if (p + 46 + nameLength > b.length) throw new ZipError("central directory truncated");
    entries.push({
      // Bit 11: the name is UTF-8; otherwise CP437, which for the ASCII names of a package is the same.
      name: nameOf(b, p + 46, p + 46 + nameLength, (flags & 0x800) !== 0),
      flags,
      method: u16(b, p + 10),
      compressedSize: u32(b, p + 20),
      size: u32(b, p + 24),
      localOffset: u32(b, p + 42),
    });
    p += 46 + nameLength + u16(b, p + 30) + u16(b, p + 32);
  }
  return entries;
}

/** The end-of-central-directory record sits in the last 22 bytes plus a comment of up to 64 KiB. */
function endOfCentralDirectory(b: Uint8Array): number {
  if (b.length < 22) return -1;
  for (let p = b.length - 22; p >= Math.max(0, b.length - 22 - 0xffff); p--) {
    if (b[p] === 0x50 && b[p + 1] === 0x4b && b[p + 2] === 0x05 && b[p + 3] === 0x06) return p;
  }
  return -1;
}

/** Shared by all parts of one workbook, so that many modest parts cannot add up to a bomb either. */
export interface InflateBudget {
  maxPartBytes: number;
  maxTotalBytes: number;
  used: number;
  /** The platform's own inflater, when it has one that stops at a byte count (see ReadOptions.inflateRaw). */
  inflateRaw?: RawInflate;
}

/** Inflates raw DEFLATE; must throw (anything) rather than produce more than `maxBytes`. */
export type RawInflate = (data: Uint8Array, maxBytes: number) => Uint8Array;

/**
 * Compressed input is fed in slices this size. DEFLATE expands at most ~1032:1, so one slice yields at most
 * ~16 MB before the meter sees it: that bounds the overshoot of a bomb, while slices this size cost a normal
 * part almost nothing over a one-shot inflate.
 */
const SLICE = 16 * 1024;

/** The part's text (UTF-8), inflated under the budget. */
export function readEntryText(b: Uint8Array, e: ZipEntry, budget: InflateBudget): string {
  if (e.flags & 1) throw new ZipError("encrypted entry");
  const p = e.localOffset;
  if (p + 30 > b.length || u32(b, p) !== 0x04034b50) throw new ZipError("bad local header");
  const start = p + 30 + u16(b, p + 26) + u16(b, p + 28);
  // Sizes of 0xFFFFFFFF mean zip64: a part of 4 GB or more, far past any limit here.
  if (e.compressedSize === 0xffffffff || e.size === 0xffffffff) throw new LimitExceeded("part", budget.maxPartBytes);
  if (e.size > budget.maxPartBytes) throw new LimitExceeded("part", budget.maxPartBytes);
  if (budget.used + e.size > budget.maxTotalBytes) throw new LimitExceeded("total", budget.maxTotalBytes);
  const end = start + e.compressedSize;
  if (end > b.length) throw new ZipError("entry runs past the end of the file");
  const data = b.subarray(start, end);

  // Chunks are kept raw and decoded once the part is known to be within the limits: a bomb then costs only
  // the inflating, never the decoding of what is thrown away.
  const chunks: Uint8Array[] = [];
  let produced = 0;
  const take = (chunk: Uint8Array) => {
    produced += chunk.length;
    budget.used += chunk.length;
    if (produced > budget.maxPartBytes) throw new LimitExceeded("part", budget.maxPartBytes);
    if (budget.used > budget.maxTotalBytes) throw new LimitExceeded("total", budget.maxTotalBytes);
    if (chunk.length) chunks.push(chunk);
  };
  if (e.method === 0) {
    take(data);
  } else if (e.method === 8 && budget.inflateRaw) {
    const room = Math.min(budget.maxPartBytes - produced, budget.maxTotalBytes - budget.used);
    let out: Uint8Array;
    try {
      out = budget.inflateRaw(data, room + 1);
    } catch (err) {
      // Stopped at the byte count, or the stream is bad: only the first is "too large".
      if (err instanceof RangeError || (err as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") {
        throw new LimitExceeded(budget.maxPartBytes - produced <= budget.maxTotalBytes - budget.used ? "part" : "total", budget.maxPartBytes - produced <= budget.maxTotalBytes - budget.used ? budget.maxPartBytes : budget.maxTotalBytes);
      }
      throw err;
    }
    take(out);
  } else if (e.method === 8) {
    const inflate = new Inflate((chunk) => take(chunk));
    if (data.length === 0) throw new ZipError("empty deflate stream");
    for (let i = 0; i < data.length; i += SLICE) inflate.push(data.subarray(i, i + SLICE), i + SLICE >= data.length);
  } else {
    throw new ZipError(`compression method ${e.method}`);
  }
  const pieces: string[] = [];
  const decoder = new DecodeUTF8((str) => {
    if (str) pieces.push(str);
  });
  for (let i = 0; i < chunks.length; i++) {
    decoder.push(chunks[i]!, i === chunks.length - 1);
    // Each decoded chunk is let go at once, so raw bytes and text of the whole part are never both held.
    chunks[i] = EMPTY;
  }
  return pieces.length === 1 ? pieces[0]! : pieces.join("");
}

const EMPTY = new Uint8Array(0);
