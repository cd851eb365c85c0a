import { CellRange, columnLetters, parseA1, parseRange, rangeToA1, toA1 } from "../../src/core/grid/address";
import { isCellError } from "../../src/core/grid/cell-value";
import { SheetGrid } from "../../src/core/grid/sheet-grid";

/**
 * A fake Excel host for adapter tests and the bench: it models what the office.js adapter relies on and
 * nothing more, and refuses what Excel refuses. Commands queue and run in order at sync() (a failing command
 * does not undo the ones before it, as in Excel); properties can be read only after load + sync; a merged area
 * shows its top-left cell; protected sheets refuse writes; a merge query over more than 512 areas fails. Each
 * sync is counted and may wait `latencyMs`. The documented limits and known quirks it models, each cited where
 * it is modelled:
 * - requests and responses are measured in bytes (UTF-8, what is written or loaded plus a cost per command)
 *   and refused over 5 MB, as Excel on the web does;
 * - a range loaded with more than 5 million cells is refused (RangeExceedsLimit);
 * - "no fill" reads as white, with pattern null, and only tintAndShade (null) tells it apart;
 * - a defined name's `visible = false` is lost when set in the request that adds the name; a name whose
 *   target was deleted has type Error, and touching its range throws;
 * - tables.add with a bare address lands on the active sheet;
 * - settings refuse more than about 1 MB in all;
 * - while the user edits a cell every request fails, unless the run asked to wait (delayForCellEdit);
 * - ribbon actions associated before Office.onReady resolves do nothing.
 */

export interface FakeCell {
  value: string | number | boolean;
  error?: string;
  numberFormat: string;
  /** null: no fill. */
  fill: string | null;
  /** A fill pattern other than Solid, its colour, and tints (absent: Solid, black, 0). */
  pattern?: string;
  patternColor?: string;
  tintAndShade?: number;
  font: string;
  formula?: string;
  link?: string;
  bold?: boolean;
}

export interface FakeSheet {
  id: string;
  name: string;
  protected: boolean;
  cells: Map<string, FakeCell>;
  merges: CellRange[];
  notes: Map<string, string>;
  tables: { name: string; address: string; style: string }[];
  /** Threaded comments by cell: a cell with one cannot take a note. */
  comments: Map<string, string>;
  charts: { type: string; values: string; categories: string; title: string; anchor: string }[];
}

export class FakeError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

const DEFAULT_FONT = "#000000";
/** A name's sheet or cell once it was deleted. */
const REF = "#REF";

function emptySheet(id: string, name: string, cells = new Map<string, FakeCell>(), merges: CellRange[] = []): FakeSheet {
  return { id, name, protected: false, cells, merges: [...merges], notes: new Map(), tables: [], charts: [], comments: new Map() };
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  settings = new Map<string, unknown>();
  /** Defined names → the sheet and cell they refer to (and whether Name Manager shows them). */
  names = new Map<string, { sheet: string; cell: string; visible?: boolean }>();
  selection: { sheet: string; cell: string } | null = null;
  activeSheet: string | null = null;
  /** Workbook structure protection: sheets cannot be added, deleted or renamed. */
  structureProtected = false;
  /**
   * The user is editing a cell: every request fails, with InvalidOperationInCellEditMode or, in some builds,
   * plain InvalidOperation; null when not editing.
   */
  cellEditMode: "InvalidOperationInCellEditMode" | "InvalidOperation" | null = null;

  /**
   * Inserts rows as a user does: cells, merges, notes, comments and the names pointing into the sheet move
   * down with them (Excel keeps names attached to their cells).
   */
  insertRows(sheetName: string, before: number, count: number): void {
    const s = this.sheet(sheetName);
    const shift = (address: string) => {
      const p = parseA1(address)!;
      return p.row >= before ? toA1(p.row + count, p.col) : address;
    };
    s.cells = new Map([...s.cells].map(([a, c]) => [shift(a), c]));
    s.notes = new Map([...s.notes].map(([a, n]) => [shift(a), n]));
    s.comments = new Map([...s.comments].map(([a, n]) => [shift(a), n]));
    s.merges = s.merges.map((m) => (m.top >= before ? { ...m, top: m.top + count, bottom: m.bottom + count } : m));
    for (const [n, t] of this.names) if (t.sheet === s.name) this.names.set(n, { ...t, cell: shift(t.cell) });
  }

  /** Deletes rows as a user does: what was in them is gone (names into them become #REF!), the rest moves up. */
  deleteRows(sheetName: string, first: number, count: number): void {
    const s = this.sheet(sheetName);
    const shift = (address: string): string | null => {
      const p = parseA1(address)!;
      if (p.row < first) return address;
      return p.row < first + count ? null : toA1(p.row - count, p.col);
    };
    const move = <T>(m: Map<string, T>) => new Map([...m].flatMap(([a, v]) => { const to = shift(a); return to ? [[to, v] as [string, T]] : []; }));
    s.cells = move(s.cells);
    s.notes = move(s.notes);
    s.comments = move(s.comments);
    s.merges = s.merges.filter((m) => m.bottom < first || m.top >= first + count).map((m) => (m.top >= first ? { ...m, top: m.top - count, bottom: m.bottom - count } : m));
    for (const [n, t] of this.names) if (t.sheet === s.name && t.cell !== REF) this.names.set(n, { ...t, cell: shift(t.cell) ?? REF });
  }

  /** Renames a sheet as a user does: names pointing into it follow. */
  renameSheet(from: string, to: string): void {
    const s = this.sheet(from);
    for (const [n, t] of this.names) if (t.sheet === s.name) this.names.set(n, { ...t, sheet: to });
    s.name = to;
  }

  /** Deletes a sheet as a user does: names pointing into it become #REF! for good (their range is null). */
  deleteSheet(name: string): void {
    const s = this.sheet(name);
    this.sheets = this.sheets.filter((x) => x !== s);
    for (const [n, t] of this.names) if (t.sheet === s.name) this.names.set(n, { ...t, sheet: REF });
  }

  /** What Excel shows as a name's formula: "='表 1'!$F$14", "=#REF!$F$14" (sheet deleted), "=表1!#REF!" (row deleted). */
  nameFormula(name: string): string {
    const t = this.names.get(name)!;
    const absolute = (cell: string) => cell.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
    if (t.sheet === REF) return `=#REF!${absolute(t.cell)}`;
    return `=${quote(t.sheet)}!${t.cell === REF ? "#REF!" : absolute(t.cell)}`;
  }

  static fromGrids(grids: SheetGrid[]): FakeWorkbook {
    const wb = new FakeWorkbook();
    grids.forEach((g, i) => {
      const cells = new Map<string, FakeCell>();
      g.values.forEach((row, r) =>
        row?.forEach((v, c) => {
          if (v === null || v === undefined) return;
          const address = toA1(g.origin.row + r, g.origin.col + c);
          const numberFormat = g.numberFormats?.[r]?.[c] ?? "General";
          cells.set(address, isCellError(v) ? { value: v.error, error: v.error, numberFormat, fill: null, font: DEFAULT_FONT } : { value: v as string | number | boolean, numberFormat, fill: null, font: DEFAULT_FONT });
        }),
      );
      wb.sheets.push(emptySheet(`{sheet-${i + 1}}`, g.name, cells, g.merges));
    });
    return wb;
  }

  sheet(name: string): FakeSheet {
    // Excel's sheet names are case-insensitive.
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase() || x.id === name);
    if (!s) throw new FakeError("ItemNotFound", `no sheet ${name}`);
    return s;
  }

  /** A cell's record, created on demand (formatting an empty cell makes it exist). */
  cell(sheet: FakeSheet, address: string): FakeCell {
    let c = sheet.cells.get(address);
    if (!c) {
      c = { value: "", numberFormat: "General", fill: null, font: DEFAULT_FONT };
      sheet.cells.set(address, c);
    }
    return c;
  }

  /** Everything a user could see change, for before/after comparisons. */
  snapshot(): string {
    return JSON.stringify(
      this.sheets.map((s) => ({
        name: s.name,
        cells: [...s.cells]
          .filter(([, c]) => c.value !== "" || c.fill !== null || c.font !== DEFAULT_FONT)
          .sort(([a], [b]) => (a < b ? -1 : 1))
          // properties in one order, whatever order they were set in
          .map(([a, c]) => [a, Object.fromEntries(Object.entries(c).sort(([x], [y]) => (x < y ? -1 : 1)))]),
        notes: [...s.notes].sort(([a], [b]) => (a < b ? -1 : 1)),
        merges: s.merges.map(rangeToA1),
      })),
    );
  }
}

export interface FakeHostOptions {
  /** ExcelApi versions the host claims ("1.7" … "1.18"). */
  apiVersion?: string;
  latencyMs?: number;
  /**
   * "Resource limits and performance optimization for Office Add-ins" (Excel add-ins): Excel on the web
   * refuses a request or a response over 5 MB (RequestPayloadSizeLimitExceeded,
   * ResponsePayloadSizeLimitExceeded). Lower them to test splitting on small workbooks.
   */
  maxRequestBytes?: number;
  maxResponseBytes?: number;
  /** Same page: a range is limited to five million cells for get operations (RangeExceedsLimit). */
  maxCellsPerRange?: number;
}

/** 5 MB, as the resource-limits page states it. */
export const FIVE_MB = 5 * 1024 * 1024;
/**
 * What a command costs in the request JSON beyond its payload: its action and the object path it runs on
 * (ids, method or property name, the range's address).
 */
export const COMMAND_BYTES = 300;
/** #3957 (office-js): a workbook's settings take about 1 MB in all; more fails as InvalidArgument. */
export const SETTINGS_BYTES = 1_000_000;

/**
 * UTF-8 bytes of a string, as on the wire (a Chinese character is 3). Node's own count, not the adapter's
 * estimator: a fake that measured with the adapter's code could never catch the adapter under-counting.
 */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

/** The bytes a value takes as JSON, the form office.js sends it in; 0 for what cannot be serialised (proxies). */
export function jsonBytes(value: unknown): number {
  if (value === undefined) return 0;
  try {
    return utf8Bytes(JSON.stringify(value) ?? "");
  } catch {
    return 0;
  }
}

type Op = () => void;

class Batch {
  ops: Op[] = [];
  requestBytes = 0;
  responseBytes = 0;
  /** The workbook's names, lower-cased, while this batch runs (built on first use: thousands of adds). */
  names: Set<string> | null = null;
}

/** The context whose batch is running: what a load returns counts towards its response. */
const responding: { context: FakeContext | null } = { context: null };

/** Installs globalThis.Excel and globalThis.Office backed by a FakeWorkbook. */
export class FakeExcelHost {
  syncs = 0;
  /** The largest request and response seen, in bytes. */
  largestRequest = 0;
  largestResponse = 0;
  /** Runs that waited for the user to finish editing a cell (delayForCellEdit). */
  delayedRuns = 0;
  /** Ribbon actions, as associated once Office.js was ready. */
  readonly actions = new Map<string, (event: { completed(): void }) => unknown>();
  /** Associations made before Office.onReady resolved: they do nothing (office-js#3301). */
  readonly lostActions: string[] = [];
  private ready = false;
  readonly options: Required<FakeHostOptions>;

  constructor(readonly workbook: FakeWorkbook, options: FakeHostOptions = {}) {
    this.options = { apiVersion: "1.18", latencyMs: 0, maxRequestBytes: FIVE_MB, maxResponseBytes: FIVE_MB, maxCellsPerRange: 5_000_000, ...options };
  }

  install(): () => void {
    const g = globalThis as unknown as { Excel?: unknown; Office?: unknown };
    const before = { Excel: g.Excel, Office: g.Office };
    g.Excel = {
      run: <T>(a: unknown, b?: (ctx: unknown) => Promise<T>) => {
        const [options, cb] = typeof a === "function" ? [{}, a as (ctx: unknown) => Promise<T>] : [(a ?? {}) as { delayForCellEdit?: boolean }, b!];
        // Excel.RunOptions.delayForCellEdit (ExcelApi 1.11): the batch waits until the user leaves cell edit mode.
        if (options.delayForCellEdit && this.supports("1.11") && this.workbook.cellEditMode) {
          this.workbook.cellEditMode = null;
          this.delayedRuns++;
        }
        return cb(new FakeContext(this));
      },
    };
    const [major, minor] = this.options.apiVersion.split(".").map(Number) as [number, number];
    g.Office = {
      // "Initialize your Office Add-in": onReady resolves once Office.js is initialised; command code waits for it.
      onReady: (cb?: (info: { host: string; platform: string }) => unknown) =>
        Promise.resolve().then(() => {
          this.ready = true;
          const info = { host: "Excel", platform: "PC" };
          cb?.(info);
          return info;
        }),
      actions: {
        associate: (name: string, fn: (event: { completed(): void }) => unknown) => {
          if (this.ready) this.actions.set(name, fn);
          else this.lostActions.push(name);
        },
      },
      context: {
        requirements: {
          isSetSupported: (set: string, v: string) => {
            const [a, b] = v.split(".").map(Number) as [number, number];
            return set === "ExcelApi" && (a < major || (a === major && b <= minor));
          },
        },
      },
    };
    return () => {
      g.Excel = before.Excel;
      g.Office = before.Office;
    };
  }

  supports(v: string): boolean {
    const [a, b] = v.split(".").map(Number) as [number, number];
    const [major, minor] = this.options.apiVersion.split(".").map(Number) as [number, number];
    return a < major || (a === major && b <= minor);
  }
}

/** A proxy's loaded properties: reading one that was not loaded and synced throws, as office.js does. */
class Loaded {
  private values = new Map<string, unknown>();
  private requested = new Set<string>();
  request(props: string[]): void {
    for (const p of props) this.requested.add(p);
  }
  /** A loaded value: its JSON counts towards the running batch's response. */
  set(prop: string, value: unknown, bytes = jsonBytes(value)): void {
    responding.context?.respond(bytes);
    this.values.set(prop, value);
  }
  get<T>(prop: string): T {
    if (!this.values.has(prop)) throw new FakeError("PropertyNotLoaded", `property ${prop} was not loaded (load it, then sync)`);
    return this.values.get(prop) as T;
  }
}

class FakeContext {
  private batch = new Batch();
  readonly workbook: FakeWorkbookProxy;

  constructor(readonly host: FakeExcelHost) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  /** Queues a command: it costs COMMAND_BYTES in the request, plus what it writes (`payload`, as JSON). */
  queue(op: Op, payload?: unknown): void {
    this.batch.ops.push(op);
    this.batch.requestBytes += COMMAND_BYTES + jsonBytes(payload);
  }

  /** The batch being queued (a name's visibility set in the batch that adds it is lost). */
  get current(): object {
    return this.batch;
  }

  /** The batch being run. */
  running: object | null = null;

  /** The names in the workbook now, lower-cased, kept up to date by the running batch's adds and deletes. */
  nameIndex(): Set<string> {
    const batch = this.running as Batch;
    batch.names ??= new Set([...this.model.names.keys()].map((n) => n.toLowerCase()));
    return batch.names;
  }

  respond(bytes: number): void {
    if (this.running) (this.running as Batch).responseBytes += bytes;
  }

  async sync(): Promise<void> {
    this.host.syncs++;
    const batch = this.batch;
    this.batch = new Batch();
    if (this.host.options.latencyMs) await new Promise((r) => setTimeout(r, this.host.options.latencyMs));
    // "Finish editing the cell first": Excel fails a request while the user edits a cell, with either code.
    const editing = this.host.workbook.cellEditMode;
    if (editing) throw new FakeError(editing, "the user is editing a cell");
    this.host.largestRequest = Math.max(this.host.largestRequest, batch.requestBytes);
    if (batch.requestBytes > this.host.options.maxRequestBytes) throw new FakeError("RequestPayloadSizeLimitExceeded", `request of ${batch.requestBytes} bytes`);
    this.running = batch;
    responding.context = this;
    try {
      for (const op of batch.ops) op();
    } finally {
      this.running = null;
      responding.context = null;
    }
    this.host.largestResponse = Math.max(this.host.largestResponse, batch.responseBytes);
    if (batch.responseBytes > this.host.options.maxResponseBytes) throw new FakeError("ResponsePayloadSizeLimitExceeded", `response of ${batch.responseBytes} bytes`);
  }

  get model(): FakeWorkbook {
    return this.host.workbook;
  }
}

class FakeWorkbookProxy {
  readonly worksheets: WorksheetsProxy;
  readonly settings: SettingsProxy;
  readonly names: NamesProxy;
  readonly protection: { protected: boolean; load(p: string): void };
  readonly comments: CommentsProxy;
  readonly tables: { items: { name: string }[]; load(p: string): void };
  constructor(ctx: FakeContext) {
    this.worksheets = new WorksheetsProxy(ctx);
    this.settings = new SettingsProxy(ctx);
    this.names = new NamesProxy(ctx);
    this.comments = new CommentsProxy(ctx);
    const tablesLoaded = new Loaded();
    this.tables = {
      load: () => ctx.queue(() => tablesLoaded.set("items", ctx.model.sheets.flatMap((s) => s.tables.map((t) => ({ name: t.name }))))),
      get items(): { name: string }[] {
        return tablesLoaded.get("items");
      },
    };
    const loaded = new Loaded();
    this.protection = {
      load: () => ctx.queue(() => loaded.set("protected", ctx.model.structureProtected)),
      get protected(): boolean {
        return loaded.get("protected");
      },
    };
  }
}

/** Threaded comments: the collection's items and, through each, the cell it sits on. */
class CommentsProxy {
  private loaded = new Loaded();
  constructor(private readonly ctx: FakeContext) {}
  load(_props: string): this {
    this.ctx.queue(() =>
      this.loaded.set(
        "items",
        this.ctx.model.sheets.flatMap((s) =>
          [...s.comments.keys()].map((cell) => ({
            getLocation: () => {
              const p = parseA1(cell)!;
              return new RangeProxy(this.ctx, { sheet: () => s }, () => ({ top: p.row, left: p.col, bottom: p.row, right: p.col }));
            },
          })),
        ),
      ),
    );
    return this;
  }
  get items(): { getLocation(): RangeProxy }[] {
    return this.loaded.get("items");
  }
}

class NamesProxy {
  private loaded = new Loaded();
  constructor(private readonly ctx: FakeContext) {}
  load(_props: string): this {
    this.ctx.queue(() => {
      const model = this.ctx.model;
      this.loaded.set("items", [...model.names].map(([name, t]) => ({ name, formula: model.nameFormula(name), type: nameType(t), visible: t.visible !== false })));
    });
    return this;
  }
  get items(): { name: string; formula: string; type: string; visible: boolean }[] {
    return this.loaded.get("items");
  }
  add(name: string, range: RangeProxy): NamedItemProxy {
    this.ctx.queue(() => {
      const index = this.ctx.nameIndex();
      if (index.has(name.toLowerCase())) throw new FakeError("ItemAlreadyExists", `name ${name} exists`);
      this.ctx.model.names.set(name, range.where());
      index.add(name.toLowerCase());
    }, name);
    return new NamedItemProxy(this.ctx, name, false, this.ctx.current);
  }
  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(this.ctx, name, true);
  }
  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this.ctx, name, false);
  }
}

/** A name whose sheet or cell was deleted is of type Error; jixiao's names are otherwise ranges. */
function nameType(t: { sheet: string; cell: string }): "Range" | "Error" {
  return t.sheet === REF || t.cell === REF ? "Error" : "Range";
}

class NamedItemProxy {
  private loaded = new Loaded();
  constructor(
    private readonly ctx: FakeContext,
    private readonly name: string,
    private readonly orNull: boolean,
    /** The batch that adds this name, for a proxy returned by names.add. */
    private readonly addedIn: object | null = null,
  ) {}
  private target(): { sheet: string; cell: string; visible?: boolean } | undefined {
    const t = this.ctx.model.names.get(this.name);
    if (!t && !this.orNull) throw new FakeError("ItemNotFound", `no name ${this.name}`);
    return t;
  }
  load(_props: string): this {
    this.ctx.queue(() => this.loaded.set("isNullObject", !this.target()));
    return this;
  }
  get isNullObject(): boolean {
    return this.loaded.get("isNullObject");
  }
  /**
   * office-js#3878, #3949: `visible = false` set in the same request as names.add often does not take effect,
   * and the name stays in Name Manager. The fake always loses it; a later request sets it.
   */
  set visible(v: boolean) {
    const sameRequest = this.addedIn !== null && this.addedIn === this.ctx.current;
    this.ctx.queue(() => {
      const t = this.target();
      if (t && !sameRequest) t.visible = v;
    }, v);
  }
  delete(): void {
    this.ctx.queue(() => {
      this.target();
      this.ctx.model.names.delete(this.name);
      this.ctx.nameIndex().delete(this.name.toLowerCase());
    });
  }
  /** The name's range, resolved when the batch runs: null when the name is gone or its sheet was deleted. */
  getRangeOrNullObject(): RangeProxy {
    const model = () => this.ctx.model;
    const alive = () => {
      const t = model().names.get(this.name);
      return t && t.cell !== REF && model().sheets.some((s) => s.name === t.sheet) ? t : undefined;
    };
    const source: SheetSource = { sheet: () => model().sheet(alive()!.sheet) };
    // Loading the range also tells whether the name itself exists (read after the same sync).
    this.load("isNullObject");
    return new RangeProxy(this.ctx, source, () => {
      // office-js#5174, #5882: touching the range of a name of type Error throws in recent builds.
      const named = model().names.get(this.name);
      if (named && nameType(named) === "Error") throw new FakeError("InvalidOperation", `name ${this.name} refers to #REF!`);
      const t = alive();
      if (!t) return null;
      const p = parseA1(t.cell)!;
      return { top: p.row, left: p.col, bottom: p.row, right: p.col };
    });
  }
}

class WorksheetsProxy {
  private loaded = new Loaded();
  constructor(private readonly ctx: FakeContext) {}
  load(props: string): this {
    const wanted = props.split(",").map((p) => p.trim().replace(/^items\//, ""));
    this.ctx.queue(() => {
      this.loaded.set(
        "items",
        this.ctx.model.sheets.map((s) => {
          const ws = new WorksheetProxy(this.ctx, s.name);
          ws.fill(s, wanted);
          return ws;
        }),
      );
    });
    return this;
  }
  get items(): WorksheetProxy[] {
    return this.loaded.get("items");
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, name);
  }
  add(name: string): WorksheetProxy {
    this.ctx.queue(() => {
      const model = this.ctx.model;
      if (model.structureProtected) throw new FakeError("AccessDenied", "the workbook's structure is protected");
      if (model.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new FakeError("ItemAlreadyExists", `sheet ${name} exists`);
      model.sheets.push(emptySheet(`{sheet-${model.sheets.length + 1}-${name}}`, name));
    });
    return new WorksheetProxy(this.ctx, name);
  }
}

class WorksheetProxy {
  private loaded = new Loaded();
  private resolved: FakeSheet | null = null;
  readonly protection: { protected: boolean };
  readonly notes: NotesProxy;
  constructor(private readonly ctx: FakeContext, private readonly key: string) {
    const loaded = this.loaded;
    this.protection = {
      get protected(): boolean {
        return loaded.get("protection/protected");
      },
    };
    this.notes = new NotesProxy(ctx, key);
  }
  fill(s: FakeSheet, wanted: string[]): void {
    if (wanted.includes("name")) this.loaded.set("name", s.name);
    if (wanted.includes("id")) this.loaded.set("id", s.id);
    if (wanted.includes("protection/protected")) this.loaded.set("protection/protected", s.protected);
  }
  get name(): string {
    return this.loaded.get("name");
  }
  set name(v: string) {
    this.ctx.queue(() => {
      const model = this.ctx.model;
      if (model.structureProtected) throw new FakeError("AccessDenied", "the workbook's structure is protected");
      const s = this.sheet();
      if (model.sheets.some((x) => x !== s && x.name.toLowerCase() === v.toLowerCase())) throw new FakeError("ItemAlreadyExists", `sheet ${v} exists`);
      model.renameSheet(s.name, v);
    });
  }
  get id(): string {
    return this.loaded.get("id");
  }
  /** The sheet this proxy stands for: found by name (or id) once, then followed through renames, as in Excel. */
  sheet(): FakeSheet {
    if (this.resolved && this.ctx.model.sheets.includes(this.resolved)) return this.resolved;
    this.resolved = this.ctx.model.sheet(this.key);
    return this.resolved;
  }
  activate(): void {
    this.ctx.queue(() => (this.ctx.model.activeSheet = this.sheet().name));
  }
  delete(): void {
    this.ctx.queue(() => {
      if (this.ctx.model.structureProtected) throw new FakeError("AccessDenied", "the workbook's structure is protected");
      this.ctx.model.deleteSheet(this.sheet().name);
    });
  }
  get tables(): { add(address: string | RangeProxy, hasHeaders: boolean): { name: string; style: string } } {
    return {
      add: (source: string | RangeProxy) => {
        const table = { name: "", address: "", style: "" };
        this.ctx.queue(() => {
          // "Excel.TableCollection.add": a bare address is resolved against the active worksheet, whichever
          // collection add is called on; a Range says its own sheet.
          if (typeof source === "string") {
            const model = this.ctx.model;
            const target = source.includes("!") ? model.sheet(source.slice(0, source.lastIndexOf("!")).replace(/^'|'$/g, "").replace(/''/g, "'")) : model.sheet(model.activeSheet ?? model.sheets[0]!.name);
            table.address = source.slice(source.lastIndexOf("!") + 1);
            target.tables.push(table);
          } else {
            table.address = rangeToA1(source.bounds()!);
            source.sheetOf().tables.push(table);
          }
        }, typeof source === "string" ? source : "");
        const ctx = this.ctx;
        return {
          get name() {
            return table.name;
          },
          // Excel's table names are unique in the workbook, case-insensitively.
          set name(n: string) {
            ctx.queue(() => {
              const clash = ctx.model.sheets.some((s) => s.tables.some((t) => t !== table && t.name.toLowerCase() === n.toLowerCase()));
              if (clash) throw new FakeError("InvalidArgument", `a table named ${n} exists`);
              table.name = n;
            });
          },
          get style() {
            return table.style;
          },
          set style(v: string) {
            ctx.queue(() => (table.style = v));
          },
        };
      },
    };
  }

  get charts(): { add(type: string, values: RangeProxy, seriesBy: string): unknown } {
    return {
      add: (type: string, values: RangeProxy) => {
        const chart = { type, values: "", categories: "", title: "", anchor: "" };
        this.ctx.queue(() => {
          chart.values = rangeToA1(values.bounds()!);
          this.sheet().charts.push(chart);
        });
        return {
          series: { getItemAt: () => ({ setXAxisValues: (r: RangeProxy) => this.ctx.queue(() => (chart.categories = rangeToA1(r.bounds()!))) }) },
          title: { set text(t: string) { chart.title = t; } },
          legend: { visible: true },
          setPosition: (cell: string) => this.ctx.queue(() => (chart.anchor = cell)),
        };
      },
    };
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.ctx, this, () => usedRange(this.sheet()));
  }
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.ctx, this, () => (address === undefined ? { top: 1, left: 1, bottom: 1048576, right: 16384 } : rangeOrThrow(address)));
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    return new RangeProxy(this.ctx, this, () => ({ top: row + 1, left: col + 1, bottom: row + rows, right: col + cols }));
  }
}

function rangeOrThrow(address: string): CellRange {
  const r = parseRange(address);
  if (!r) throw new FakeError("InvalidArgument", `bad address ${address}`);
  return r;
}

function usedRange(s: FakeSheet): CellRange | null {
  let r: CellRange | null = null;
  for (const [address, c] of s.cells) {
    if (c.value === "" && !c.error) continue;
    const p = parseA1(address)!;
    r = r ? { top: Math.min(r.top, p.row), left: Math.min(r.left, p.col), bottom: Math.max(r.bottom, p.row), right: Math.max(r.right, p.col) } : { top: p.row, left: p.col, bottom: p.row, right: p.col };
  }
  return r;
}

/** Whatever a range lives on: a worksheet, or the sheet a defined name points at when the batch runs. */
interface SheetSource {
  sheet(): FakeSheet;
}

class RangeProxy {
  private loaded = new Loaded();
  readonly format: { fill: FillProxy; font: FontProxy };
  constructor(private readonly ctx: FakeContext, private readonly ws: SheetSource, private readonly resolve: () => CellRange | null) {
    this.format = { fill: new FillProxy(ctx, this), font: new FontProxy(ctx, this) };
  }
  bounds(): CellRange | null {
    return this.resolve();
  }
  where(): { sheet: string; cell: string } {
    const r = this.resolve()!;
    return { sheet: this.ws.sheet().name, cell: toA1(r.top, r.left) };
  }
  /** Every cell of the range, row by row (writes of 2D arrays). */
  private eachCell(write: (c: FakeCell, i: number, j: number) => void): void {
    const s = this.ws.sheet();
    if (s.protected) throw new FakeError("AccessDenied", `sheet ${s.name} is protected`);
    const r = this.resolve()!;
    for (let i = r.top; i <= r.bottom; i++) for (let j = r.left; j <= r.right; j++) write(this.ctx.model.cell(s, toA1(i, j)), i - r.top, j - r.left);
  }
  set numberFormat(v: unknown[][]) {
    this.ctx.queue(() => this.eachCell((c, i, j) => (c.numberFormat = String(v[i]![j]))), v);
  }
  set formulas(v: unknown[][]) {
    this.ctx.queue(() => this.eachCell((c, i, j) => {
      const f = String(v[i]![j]);
      if (f.startsWith("=")) c.formula = f;
      else c.value = f;
    }), v);
  }
  set hyperlink(v: { documentReference?: string; textToDisplay?: string }) {
    this.ctx.queue(() => {
      const c = this.topLeft(true);
      c.link = v.documentReference ?? "";
      if (v.textToDisplay !== undefined) c.value = v.textToDisplay;
    }, v);
  }
  /** The sheet the range is on, when the batch runs. */
  sheetOf(): FakeSheet {
    return this.ws.sheet();
  }
  /** The top-left cell's record: what a format read shows and a format write changes. */
  topLeft(write: boolean): FakeCell {
    const s = this.ws.sheet();
    if (write && s.protected) throw new FakeError("AccessDenied", `sheet ${s.name} is protected`);
    const r = this.resolve();
    if (!r) throw new FakeError("ItemNotFound", "null range");
    return this.ctx.model.cell(s, toA1(r.top, r.left));
  }
  load(props: string): this {
    const wanted = props.split(",").map((p) => p.trim());
    this.ctx.queue(() => {
      const r = this.resolve();
      this.loaded.set("isNullObject", r === null);
      if (!r) return;
      const s = this.ws.sheet();
      const rows = r.bottom - r.top + 1;
      const cols = r.right - r.left + 1;
      const cellLoad = wanted.some((p) => p === "values" || p === "valueTypes" || p === "numberFormat");
      if (cellLoad && rows * cols > this.ctx.host.options.maxCellsPerRange) throw new FakeError("RangeExceedsLimit", `a range of ${rows * cols} cells`);
      const covered = new Set<string>();
      for (const m of s.merges) for (let i = m.top; i <= m.bottom; i++) for (let j = m.left; j <= m.right; j++) if (i !== m.top || j !== m.left) covered.add(toA1(i, j));
      const grid = <T>(f: (c: FakeCell | undefined, a: string) => T) => Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => {
        const a = toA1(r.top + i, r.left + j);
        return f(covered.has(a) ? undefined : s.cells.get(a), a);
      }));
      for (const p of wanted) {
        if (p === "values") this.loaded.set(p, grid((c) => (c ? (c.error ?? c.value) : "")));
        else if (p === "valueTypes") this.loaded.set(p, grid((c) => (!c || c.value === "" ? "Empty" : c.error ? "Error" : typeof c.value === "number" ? "Double" : typeof c.value === "boolean" ? "Boolean" : "String")));
        else if (p === "numberFormat") this.loaded.set(p, grid((c) => c?.numberFormat ?? "General"));
        else if (p === "address") this.loaded.set(p, `${quote(s.name)}!${rangeToA1(r)}`);
        else if (p === "rowIndex") this.loaded.set(p, r.top - 1);
        else if (p === "columnIndex") this.loaded.set(p, r.left - 1);
        else if (p === "rowCount") this.loaded.set(p, rows);
        else if (p === "columnCount") this.loaded.set(p, cols);
        else throw new FakeError("InvalidArgument", `the fake cannot load ${p}`);
      }
    });
    return this;
  }
  get isNullObject(): boolean {
    return this.loaded.get("isNullObject");
  }
  get values(): unknown[][] {
    return this.loaded.get("values");
  }
  /**
   * Values are taken as a user types them: a numeric string becomes a number unless the cell is formatted as
   * text ("@"), and a string starting with "=" becomes a formula unless the cell is text.
   */
  set values(v: unknown[][]) {
    this.ctx.queue(() =>
      this.eachCell((c, i, j) => {
        const value = v[i]![j];
        const text = c.numberFormat === "@";
        delete c.error;
        delete c.formula;
        if (typeof value === "string" && !text && value.startsWith("=")) c.formula = value;
        else if (typeof value === "string" && !text && value.trim() !== "" && !Number.isNaN(Number(value))) c.value = Number(value);
        else c.value = value as string | number | boolean;
      }),
      v,
    );
  }
  get valueTypes(): string[][] {
    return this.loaded.get("valueTypes");
  }
  get numberFormat(): unknown[][] {
    return this.loaded.get("numberFormat");
  }
  get address(): string {
    return this.loaded.get("address");
  }
  get rowIndex(): number {
    return this.loaded.get("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded.get("columnIndex");
  }
  get rowCount(): number {
    return this.loaded.get("rowCount");
  }
  get columnCount(): number {
    return this.loaded.get("columnCount");
  }
  select(): void {
    this.ctx.queue(() => {
      const r = this.resolve()!;
      this.ctx.model.selection = { sheet: this.ws.sheet().name, cell: rangeToA1(r) };
    });
  }
  getMergedAreasOrNullObject(): AreasProxy {
    return new AreasProxy(this.ctx, () => {
      const r = this.resolve();
      const s = this.ws.sheet();
      if (!r) return { sheet: s.name, areas: [] };
      const areas = s.merges.filter((m) => m.top >= r.top && m.top <= r.bottom && m.left >= r.left && m.left <= r.right);
      if (areas.length > 512) throw new FakeError("GeneralException", "more than 512 merged areas");
      return { sheet: s.name, areas };
    });
  }
}

function quote(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

class AreasProxy {
  private loaded = new Loaded();
  constructor(private readonly ctx: FakeContext, private readonly resolve: () => { sheet: string; areas: CellRange[] }) {}
  load(_props: string): this {
    this.ctx.queue(() => {
      const { sheet, areas } = this.resolve();
      this.loaded.set("isNullObject", areas.length === 0);
      this.loaded.set("address", areas.map((a) => `${quote(sheet)}!${rangeToA1(a)}`).join(", "));
    });
    return this;
  }
  get isNullObject(): boolean {
    return this.loaded.get("isNullObject");
  }
  get address(): string {
    return this.loaded.get("address");
  }
}

class FillProxy {
  private loaded = new Loaded();
  constructor(private readonly ctx: FakeContext, private readonly range: RangeProxy) {}
  load(props: string): this {
    const wanted = props.split(",").map((p) => p.trim());
    this.ctx.queue(() => {
      const c = this.range.topLeft(false);
      for (const p of wanted) {
        if (p !== "color" && !this.ctx.host.supports("1.9")) throw new FakeError("ApiNotFound", `RangeFill.${p} needs ExcelApi 1.9`);
        // office-js#4900, #6218: "no fill" and a white fill both read as colour #FFFFFF and pattern null (so
        // does any plain solid fill); only tintAndShade tells them apart: null for no fill, a number for a fill.
        if (p === "color") this.loaded.set(p, c.fill ?? "#FFFFFF");
        else if (p === "pattern") this.loaded.set(p, c.fill === null ? null : (c.pattern ?? null));
        else if (p === "patternColor") this.loaded.set(p, c.patternColor ?? "#000000");
        else if (p === "patternTintAndShade") this.loaded.set(p, 0);
        else if (p === "tintAndShade") this.loaded.set(p, c.fill === null ? null : (c.tintAndShade ?? 0));
        else throw new FakeError("InvalidArgument", `the fake cannot load fill ${p}`);
      }
    });
    return this;
  }
  get color(): string {
    return this.loaded.get("color");
  }
  /** Setting the colour keeps the pattern and tint (the worst case for a mark: the adapter must reset them). */
  set color(v: string) {
    this.ctx.queue(() => (this.range.topLeft(true).fill = v.toUpperCase()), v);
  }
  get pattern(): string | null {
    return this.loaded.get("pattern");
  }
  set pattern(v: string) {
    this.ctx.queue(() => {
      const c = this.range.topLeft(true);
      if (v === "Solid") delete c.pattern;
      else c.pattern = v;
    });
  }
  get patternColor(): string {
    return this.loaded.get("patternColor");
  }
  set patternColor(v: string) {
    this.ctx.queue(() => (this.range.topLeft(true).patternColor = v.toUpperCase()));
  }
  get patternTintAndShade(): number {
    return this.loaded.get("patternTintAndShade");
  }
  set patternTintAndShade(_v: number) {
    this.ctx.queue(() => undefined);
  }
  get tintAndShade(): number | null {
    return this.loaded.get("tintAndShade");
  }
  set tintAndShade(v: number) {
    this.ctx.queue(() => {
      const c = this.range.topLeft(true);
      if (v === 0) delete c.tintAndShade;
      else c.tintAndShade = v;
    });
  }
  clear(): void {
    this.ctx.queue(() => {
      const c = this.range.topLeft(true);
      c.fill = null;
      delete c.pattern;
      delete c.patternColor;
      delete c.tintAndShade;
    });
  }
}

class FontProxy {
  private loaded = new Loaded();
  set bold(v: boolean) {
    this.ctx.queue(() => (this.range.topLeft(true).bold = v));
  }
  constructor(private readonly ctx: FakeContext, private readonly range: RangeProxy) {}
  load(_props: string): this {
    this.ctx.queue(() => this.loaded.set("color", this.range.topLeft(false).font));
    return this;
  }
  get color(): string {
    return this.loaded.get("color");
  }
  set color(v: string) {
    this.ctx.queue(() => (this.range.topLeft(true).font = v.toUpperCase()));
  }
}

class NotesProxy {
  constructor(private readonly ctx: FakeContext, private readonly sheetKey: string) {}
  private sheet(write: boolean): FakeSheet {
    if (!this.ctx.host.supports("1.18")) throw new FakeError("ApiNotFound", "notes need ExcelApi 1.18");
    const s = this.ctx.model.sheet(this.sheetKey);
    if (write && s.protected) throw new FakeError("AccessDenied", `sheet ${s.name} is protected`);
    return s;
  }
  add(cell: string, content: string): void {
    this.ctx.queue(() => {
      const s = this.sheet(true);
      if (s.notes.has(cell)) throw new FakeError("InvalidArgument", `${cell} already has a note`);
      if (s.comments.has(cell)) throw new FakeError("InvalidArgument", `${cell} has a threaded comment: no note can be added`);
      s.notes.set(cell, content);
    }, content);
  }
  getItemOrNullObject(cell: string): NoteProxy {
    return new NoteProxy(this.ctx, () => this.sheet(false), () => this.sheet(true), cell, true);
  }
  getItem(cell: string): NoteProxy {
    return new NoteProxy(this.ctx, () => this.sheet(false), () => this.sheet(true), cell, false);
  }
}

class NoteProxy {
  private loaded = new Loaded();
  constructor(
    private readonly ctx: FakeContext,
    private readonly read: () => FakeSheet,
    private readonly write: () => FakeSheet,
    private readonly cell: string,
    private readonly orNull: boolean,
  ) {}
  private existing(s: FakeSheet): string | undefined {
    const n = s.notes.get(this.cell);
    if (n === undefined && !this.orNull) throw new FakeError("ItemNotFound", `no note at ${this.cell}`);
    return n;
  }
  load(_props: string): this {
    this.ctx.queue(() => {
      const n = this.existing(this.read());
      this.loaded.set("isNullObject", n === undefined);
      if (n !== undefined) this.loaded.set("content", n);
    });
    return this;
  }
  get isNullObject(): boolean {
    return this.loaded.get("isNullObject");
  }
  get content(): string {
    return this.loaded.get("content");
  }
  set content(v: string) {
    this.ctx.queue(() => {
      const s = this.write();
      if (this.existing(s) === undefined) throw new FakeError("ItemNotFound", `no note at ${this.cell}`);
      s.notes.set(this.cell, v);
    }, v);
  }
  delete(): void {
    this.ctx.queue(() => {
      const s = this.write();
      this.existing(s);
      s.notes.delete(this.cell);
    });
  }
}

class SettingsProxy {
  constructor(private readonly ctx: FakeContext) {}
  add(key: string, value: unknown): void {
    this.ctx.queue(() => {
      const settings = new Map(this.ctx.model.settings).set(key, value);
      const bytes = [...settings].reduce((n, [k, v]) => n + utf8Bytes(k) + jsonBytes(v), 0);
      // office-js#3957: settings hold about 1 MB; more fails with "The argument is invalid or missing".
      if (bytes > SETTINGS_BYTES) throw new FakeError("InvalidArgument", `settings of ${bytes} bytes`);
      this.ctx.model.settings.set(key, value);
    }, [key, value]);
  }
  getItemOrNullObject(key: string): SettingProxy {
    return new SettingProxy(this.ctx, key, true);
  }
  getItem(key: string): SettingProxy {
    return new SettingProxy(this.ctx, key, false);
  }
}

class SettingProxy {
  private loaded = new Loaded();
  constructor(private readonly ctx: FakeContext, private readonly key: string, private readonly orNull: boolean) {}
  load(_props: string): this {
    this.ctx.queue(() => {
      const has = this.ctx.model.settings.has(this.key);
      if (!has && !this.orNull) throw new FakeError("ItemNotFound", `no setting ${this.key}`);
      this.loaded.set("isNullObject", !has);
      if (has) this.loaded.set("value", this.ctx.model.settings.get(this.key));
    });
    return this;
  }
  get isNullObject(): boolean {
    return this.loaded.get("isNullObject");
  }
  get value(): unknown {
    return this.loaded.get("value");
  }
  delete(): void {
    this.ctx.queue(() => {
      if (!this.ctx.model.settings.delete(this.key) && !this.orNull) throw new FakeError("ItemNotFound", `no setting ${this.key}`);
    });
  }
}

export { columnLetters };
