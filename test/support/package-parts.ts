import { inflateRawSync } from "zlib";

/**
 * Reads one part of an .xlsx package straight from its zip bytes, for tests that patch or inspect a package
 * (a fixture with <workbookProtection>, a formula written without <v>). Independent of src/xlsx/reader on
 * purpose: a fixture built with the reader's own unzip could hide the reader's bugs. Null when the part is
 * missing or stored in a way not read here (zip64, an unknown compression).
 */
export function readPackagePart(zip: Buffer, name: string): string | null {
  // Package part names are case-insensitive (OPC).
  const entry = entriesOf(zip).find((e) => e.name.toLowerCase() === name.toLowerCase());
  if (!entry) return null;
  const { local, method, compressed } = entry;
  if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50) return null;
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  if (compressed === 0xffffffff || start + compressed > zip.length) return null;
  const data = zip.subarray(start, start + compressed);
  try {
    if (method === 0) return data.toString("utf8");
    if (method === 8) return inflateRawSync(data).toString("utf8");
  } catch {
    return null;
  }
  return null;
}

/** The names of the package's parts, in the zip's order. */
export function packagePartNames(zip: Buffer): string[] {
  return entriesOf(zip).map((e) => e.name);
}

interface Entry {
  name: string;
  method: number;
  compressed: number;
  local: number;
}

function entriesOf(zip: Buffer): Entry[] {
  const eocd = endOfCentralDirectory(zip);
  if (eocd < 0) return [];
  const count = zip.readUInt16LE(eocd + 10);
  const entries: Entry[] = [];
  let p = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < count && p + 46 <= zip.length; i++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) break;
    const nameLength = zip.readUInt16LE(p + 28);
    entries.push({
      name: zip.toString("utf8", p + 46, p + 46 + nameLength),
      method: zip.readUInt16LE(p + 10),
      compressed: zip.readUInt32LE(p + 20),
      local: zip.readUInt32LE(p + 42),
    });
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return entries;
}

/** The end-of-central-directory record sits in the last 22 bytes plus a comment of up to 64 KiB. */
function endOfCentralDirectory(zip: Buffer): number {
  if (zip.length < 22) return -1;
  for (let p = zip.length - 22; p >= Math.max(0, zip.length - 22 - 0xffff); p--) {
    if (zip.readUInt32LE(p) === 0x06054b50) return p;
  }
  return -1;
}
