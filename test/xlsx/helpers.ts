import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import { Workbook } from "exceljs";
import { fixturePath } from "../support/fixtures";

export const FIXTURE = fixturePath("seed-2024.xlsx");

/** Write to bytes and read back: what a user's file looks like to the adapter, not exceljs's in-memory model. */
export async function roundTrip(wb: Workbook): Promise<Workbook> {
  const buf = await wb.xlsx.writeBuffer();
  const back = new Workbook();
  await back.xlsx.load(buf);
  return back;
}

export async function loadFixture(): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load(fs.readFileSync(FIXTURE) as unknown as Parameters<Workbook["xlsx"]["load"]>[0]);
  return wb;
}

export function makeTmpDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-xlsx-"));
}

/** exceljs reads a one-run note back as a plain string and a multi-run note as { texts }. */
export function noteText(note: unknown): string {
  if (typeof note === "string") return note;
  if (note && typeof note === "object" && "texts" in note) {
    return (note as { texts: { text: string }[] }).texts.map((t) => t.text).join("");
  }
  return "";
}

/**
 * A minimal zip (stored, no compression) holding the given files: enough to make "a zip that is not a
 * workbook" without depending on a zip library the project does not declare.
 */
export function storedZip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const nameBuf = Buffer.from(name, "utf8");
    const data = Buffer.from(text, "utf8");
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, data);
    centrals.push(central, nameBuf);
    offset += local.length + nameBuf.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}
