import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { loadWorkbookBuffer, openWorkbook, UnreadableReason, WorkbookUnreadable } from "../../src/xlsx/open";
import { FIXTURE, makeTmpDir, storedZip } from "./helpers";

const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

let dir: string;
beforeAll(() => {
  dir = makeTmpDir();
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function write(name: string, bytes: Buffer | string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, bytes);
  return p;
}

/** Opens and returns the WorkbookUnreadable thrown, failing the test if anything else happens. */
async function failure(p: string): Promise<WorkbookUnreadable> {
  try {
    await openWorkbook(p);
  } catch (e) {
    expect(e).toBeInstanceOf(WorkbookUnreadable);
    return e as WorkbookUnreadable;
  }
  throw new Error(`${p} opened, but should not have`);
}

/** The promise to users: one line, both languages, naming the file, no stack-trace text. */
function expectOneCleanLine(err: WorkbookUnreadable, file: string): void {
  expect(err.message).not.toContain("\n");
  expect(err.message.startsWith(`无法读取 ${file}：`)).toBe(true);
  expect(err.message).toContain(` / cannot read ${file}: `);
  expect(err.message).not.toMatch(/ at |Error:|\.js/);
}

describe("openWorkbook", () => {
  it("opens the seed fixture", async () => {
    const wb = await openWorkbook(FIXTURE);
    expect(wb.worksheets).toHaveLength(11);
  });

  const cases: [string, UnreadableReason, () => string, RegExp][] = [
    ["a missing file", "missing", () => path.join(dir, "nope.xlsx"), /文件不存在 .*no such file/],
    ["a path through a file", "missing", () => path.join(write("plain.txt", "x"), "inner.xlsx"), /no such file/],
    ["a directory", "is-directory", () => dir, /directory/],
    ["a zero-byte file", "empty", () => write("empty.xlsx", ""), /empty/],
    ["a CSV renamed .xlsx", "not-xlsx", () => write("table.xlsx", "项目名称,金额\nA,1\n"), /CSV/],
    ["a zip that is not a workbook", "not-xlsx", () => write("archive.xlsx", storedZip({ "readme.txt": "hi" })), /zip/],
    ["an .xlsb (binary workbook)", "not-xlsx", () => write("binary.xlsx", storedZip({ "xl/workbook.bin": "\u0001" })), /\.xlsb/],
    ["an Excel package without its workbook part", "corrupt", () => write("parts.xlsx", storedZip({ "xl/styles.xml": "<styleSheet/>" })), /damaged/],
    ["a package with a malformed sheet", "corrupt", () => write("badxml.xlsx", storedZip({ "xl/worksheets/sheet1.xml": "<<garbage" })), /damaged/],
    ["the first half of the fixture", "corrupt", () => write("half.xlsx", halfOfFixture()), /damaged or incomplete/],
    ["a file with the CFB magic", "legacy-xls-or-encrypted", () => write("old.xlsx", Buffer.concat([CFB, Buffer.alloc(504)])), /password-protected or legacy \.xls; save it as \.xlsx without a password/],
    ["a CFB with an EncryptionInfo stream", "legacy-xls-or-encrypted", () => write("locked.xlsx", cfbNaming("EncryptionInfo")), /password-protected; save it as \.xlsx without a password/],
    ["a CFB with a Workbook stream", "legacy-xls-or-encrypted", () => write("legacy.xls", cfbNaming("Workbook")), /legacy \.xls/],
  ];
  it.each(cases)("rejects %s as %s", async (_what, reason, make, wording) => {
    const p = make();
    const err = await failure(p);
    expect(err.reason).toBe(reason);
    expect(err.message).toMatch(wording);
    expect(err.file).toBe(p);
    expectOneCleanLine(err, p);
  });

  it("keeps the underlying error as cause, out of the message", async () => {
    const err = await failure(write("half2.xlsx", halfOfFixture()));
    expect(err.cause).toBeInstanceOf(Error);
    expect(err.message).not.toContain(String((err.cause as Error).message));
  });
});

describe("loadWorkbookBuffer", () => {
  it("rejects every truncation of the fixture with a WorkbookUnreadable, never a raw error", async () => {
    const bytes = fs.readFileSync(FIXTURE);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: bytes.length - 1 }), async (n) => {
        const err = await loadWorkbookBuffer(bytes.subarray(0, n), "cut.xlsx").then(() => null, (e: unknown) => e);
        expect(err).toBeInstanceOf(WorkbookUnreadable);
        expect(["corrupt", "not-xlsx"]).toContain((err as WorkbookUnreadable).reason);
      }),
      { numRuns: 40 },
    );
  });

  it("loads good bytes and names the source in failures", async () => {
    const wb = await loadWorkbookBuffer(fs.readFileSync(FIXTURE), "stdin");
    expect(wb.worksheets).toHaveLength(11);
    await expect(loadWorkbookBuffer(Buffer.alloc(0), "stdin")).rejects.toMatchObject({ reason: "empty", file: "stdin" });
  });
});

function halfOfFixture(): Buffer {
  const bytes = fs.readFileSync(FIXTURE);
  return bytes.subarray(0, Math.floor(bytes.length / 2));
}

/** CFB header followed by a directory entry name in UTF-16LE, as the real container stores it. */
function cfbNaming(stream: string): Buffer {
  return Buffer.concat([CFB, Buffer.alloc(504), Buffer.from(stream, "utf16le"), Buffer.alloc(64)]);
}
