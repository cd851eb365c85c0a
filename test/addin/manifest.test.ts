import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { ROOT } from "./build";

/**
 * The manifest's structure, offline. `npm run validate` (office-addin-manifest validate) posts the manifest to a
 * Microsoft service and cannot run in CI; this checks what that service and Office would reject, plus our own
 * contract (buttons, function names, requirement floor, locales, icons).
 */

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
// jsdom's XML mode is a strict (saxes) parser: a manifest that is not well-formed throws here.
const doc = new JSDOM(xml, { contentType: "application/xml" }).window.document;
const root = doc.documentElement;

const all = (ns: string, name: string, under: Element = root): Element[] => Array.from(under.getElementsByTagNameNS(ns, name));
const one = (ns: string, name: string, under: Element = root): Element => {
  const found = all(ns, name, under);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0]!;
};
const kids = (el: Element, name?: string): Element[] => Array.from(el.children).filter((c) => !name || c.localName === name);
const attr = (el: Element, name: string): string => {
  const v = el.getAttribute(name);
  if (v === null) throw new Error(`<${el.localName}> has no ${name}`);
  return v;
};
const xsiType = (el: Element): string | null => el.getAttributeNS(NS.xsi, "type");
const chars = (s: string): number => [...s].length; // the XSD counts characters, not UTF-16 units

const resources = one(NS.ov, "Resources");
/** id → element for every resource (bt:Image, bt:Url, bt:String) */
const resourceById = new Map<string, Element>();
for (const group of kids(resources)) for (const r of kids(group)) resourceById.set(attr(r, "id"), r);
const resourceKind = (id: string): string => resourceById.get(id)!.parentElement!.localName; // Images | Urls | ShortStrings | LongStrings
const urlOf = (resid: string): string => attr(resourceById.get(resid)!, "DefaultValue");

const defaultLocale = one(NS.app, "DefaultLocale").textContent!.trim();
const OTHER_LOCALE = "en-US";
const HAN = /\p{Script=Han}/u;

/** Default (zh-CN) and en-US texts of a localisable element: DisplayName/Description or a bt:String. */
function texts(el: Element): { zh: string; en: string | undefined; locales: string[] } {
  const overrides = kids(el, "Override");
  return {
    zh: attr(el, "DefaultValue"),
    en: overrides.find((o) => o.getAttribute("Locale") === OTHER_LOCALE)?.getAttribute("Value") ?? undefined,
    locales: overrides.map((o) => attr(o, "Locale")),
  };
}

/** width, height from a PNG's IHDR chunk */
function pngSize(file: string): { width: number; height: number } {
  const buf = readFileSync(file);
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(buf.toString("ascii", 12, 16)).toBe("IHDR");
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** https://localhost:3000/assets/icon-16.png → <root>/assets/icon-16.png */
function assetFile(url: string): string {
  const path = new URL(url).pathname;
  expect(path).toMatch(/^\/assets\/[\w.-]+\.png$/);
  return join(ROOT, path);
}

function controlByLabel(label: string): Element {
  const controls = all(NS.ov, "Control").filter((c) => {
    const resid = one(NS.ov, "Label", c).getAttribute("resid")!;
    return attr(resourceById.get(resid)!, "DefaultValue") === label;
  });
  expect(controls).toHaveLength(1);
  return controls[0]!;
}

describe("manifest.xml", () => {
  test("is well-formed XML with an OfficeApp TaskPaneApp root", () => {
    expect(root.namespaceURI).toBe(NS.app);
    expect(root.localName).toBe("OfficeApp");
    expect(xsiType(root)).toBe("TaskPaneApp");
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  });

  test("OfficeApp's children are in the XSD's order", () => {
    const order = [
      "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
      "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions",
      "Dictionary", "VersionOverrides", "Signature",
    ];
    const names = kids(root).map((c) => c.localName);
    for (const n of names) expect(order).toContain(n);
    const positions = names.map((n) => order.indexOf(n));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(names).size).toBe(names.length);
    for (const required of ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "DefaultSettings", "Permissions"]) {
      expect(names).toContain(required);
    }
  });

  test("the VersionOverrides part is in the XSD's order too", () => {
    const vo = one(NS.ov, "VersionOverrides");
    expect(xsiType(vo)).toBe("VersionOverridesV1_0");
    expect(kids(vo).map((c) => c.localName)).toEqual(["Hosts", "Resources"]);
    const dff = one(NS.ov, "DesktopFormFactor");
    expect(kids(dff).map((c) => c.localName)).toEqual(["GetStarted", "FunctionFile", "ExtensionPoint"]);
    expect(kids(one(NS.ov, "GetStarted")).map((c) => c.localName)).toEqual(["Title", "Description", "LearnMoreUrl"]);
    expect(kids(resources).map((c) => c.localName)).toEqual(["Images", "Urls", "ShortStrings", "LongStrings"]);
    for (const group of all(NS.ov, "Group")) {
      const names = kids(group).map((c) => c.localName);
      expect(names.slice(0, 2)).toEqual(["Label", "Icon"]);
      expect(names.slice(2).every((n) => n === "Control")).toBe(true);
    }
    for (const control of all(NS.ov, "Control")) {
      expect(kids(control).map((c) => c.localName)).toEqual(["Label", "Supertip", "Icon", "Action"]);
      expect(kids(one(NS.ov, "Supertip", control)).map((c) => c.localName)).toEqual(["Title", "Description"]);
    }
    for (const action of all(NS.ov, "Action")) {
      const names = kids(action).map((c) => c.localName);
      if (xsiType(action) === "ShowTaskpane") expect(names).toEqual(["TaskpaneId", "SourceLocation", "Title"].filter((n) => names.includes(n)));
      else expect(names).toEqual(["FunctionName"]);
    }
  });

  test("Id is a fixed GUID and Version matches the XSD pattern", () => {
    expect(one(NS.app, "Id").textContent!.trim()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(one(NS.app, "Version").textContent!.trim()).toMatch(/^\d{1,5}(\.\d{1,5}){0,3}$/);
  });

  test("a Workbook add-in asking for ReadWriteDocument, with the ExcelApi 1.9 floor and nothing else", () => {
    expect(kids(one(NS.app, "Hosts")).map((h) => attr(h, "Name"))).toEqual(["Workbook"]);
    expect(all(NS.ov, "Host").map(xsiType)).toEqual(["Workbook"]);
    expect(one(NS.app, "Permissions").textContent!.trim()).toBe("ReadWriteDocument");
    const sets = all(NS.app, "Set");
    expect(sets.map((s) => [attr(s, "Name"), attr(s, "MinVersion")])).toEqual([["ExcelApi", "1.9"]]);
    expect(all(NS.ov, "Requirements")).toHaveLength(0); // no stricter floor hidden in VersionOverrides
  });

  test("every resid is defined, every resource id is unique, at most 32 characters and used", () => {
    const ids = kids(resources).flatMap((g) => kids(g).map((r) => attr(r, "id")));
    expect(new Set(ids).size).toBe(ids.length);
    const referenced = Array.from(doc.querySelectorAll("[resid]"), (el) => el.getAttribute("resid")!);
    expect(referenced.length).toBeGreaterThan(0);
    for (const id of [...ids, ...referenced]) {
      expect(chars(id)).toBeGreaterThanOrEqual(1);
      expect(chars(id)).toBeLessThanOrEqual(32);
    }
    expect(referenced.filter((r) => !resourceById.has(r))).toEqual([]);
    expect(ids.filter((id) => !referenced.includes(id))).toEqual([]);
  });

  test("resids point at the right kind of resource", () => {
    const expectKind = (selector: string, kind: string) => {
      for (const el of Array.from(doc.querySelectorAll(selector))) expect([el.localName, resourceKind(attr(el, "resid"))]).toEqual([el.localName, kind]);
    };
    expectKind("Image[resid]", "Images");
    expectKind("FunctionFile, SourceLocation[resid], LearnMoreUrl", "Urls");
    expectKind("Label, Supertip > Title, GetStarted > Title, Action > Title", "ShortStrings");
    expectKind("Supertip > Description, GetStarted > Description", "LongStrings");
  });

  test("ShortStrings ≤ 125 and LongStrings ≤ 250 characters, overrides included", () => {
    const limit = { ShortStrings: 125, LongStrings: 250 } as const;
    for (const kind of ["ShortStrings", "LongStrings"] as const) {
      for (const s of kids(one(NS.bt, kind))) {
        for (const value of [attr(s, "DefaultValue"), ...kids(s, "Override").map((o) => attr(o, "Value"))]) {
          expect(chars(value)).toBeGreaterThanOrEqual(1);
          expect(chars(value)).toBeLessThanOrEqual(limit[kind]);
        }
      }
    }
    for (const [name, max] of [["DisplayName", 125], ["Description", 250]] as const) {
      const el = one(NS.app, name);
      for (const value of [attr(el, "DefaultValue"), ...kids(el, "Override").map((o) => attr(o, "Value"))]) {
        expect(chars(value)).toBeLessThanOrEqual(max);
      }
    }
    for (const el of [...all(NS.ov, "Group"), ...all(NS.ov, "Control")]) expect(chars(attr(el, "id"))).toBeLessThanOrEqual(125);
  });

  test("every URL is https (and at most 2048 characters)", () => {
    const urls: string[] = [];
    for (const el of Array.from(doc.getElementsByTagName("*"))) {
      for (const a of Array.from(el.attributes)) {
        if (a.name === "xmlns" || a.name.startsWith("xmlns:")) continue; // namespace names, not locations
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(a.value)) urls.push(a.value);
      }
      const text = Array.from(el.childNodes).filter((n) => n.nodeType === 3).map((n) => n.textContent!.trim()).join("");
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) urls.push(text);
    }
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) {
      expect(u).toMatch(/^https:\/\//);
      expect(chars(u)).toBeLessThanOrEqual(2048);
      expect(() => new URL(u)).not.toThrow();
    }
    for (const el of Array.from(doc.querySelectorAll("Image, Url"))) expect(attr(el, "DefaultValue")).toMatch(/^https:\/\//);
  });

  test("Group and Control ids are unique", () => {
    const ids = [...all(NS.ov, "Group"), ...all(NS.ov, "Control")].map((el) => attr(el, "id"));
    expect(ids.length).toBe(4);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("every icon referenced exists in assets/ with the pixel size it is declared at", () => {
    const checked: string[] = [];
    for (const img of all(NS.bt, "Image").filter((i) => i.hasAttribute("size"))) {
      const size = Number(attr(img, "size"));
      expect([16, 32, 80]).toContain(size);
      const file = assetFile(urlOf(attr(img, "resid")));
      expect(existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
      checked.push(file);
    }
    for (const [name, size] of [["IconUrl", 32], ["HighResolutionIconUrl", 64]] as const) {
      const file = assetFile(attr(one(NS.app, name), "DefaultValue"));
      expect(existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
      checked.push(file);
    }
    for (const res of kids(one(NS.bt, "Images"))) {
      const file = assetFile(attr(res, "DefaultValue"));
      const { width } = pngSize(file);
      expect(attr(res, "id")).toBe(`Icon.${width}`);
    }
    // 16, 32, 80 on the ribbon; 32 and 64 for the add-in list
    expect([...new Set(checked)].map((f) => pngSize(f).width).sort((a, b) => a - b)).toEqual([16, 32, 64, 80]);
  });

  test("a group labelled 绩效目标 on the Home tab with the three buttons", () => {
    const tab = one(NS.ov, "OfficeTab");
    expect(attr(tab, "id")).toBe("TabHome");
    expect(all(NS.ov, "CustomTab")).toHaveLength(0);
    const group = one(NS.ov, "Group", tab);
    expect(attr(resourceById.get(attr(kids(group, "Label")[0]!, "resid"))!, "DefaultValue")).toBe("绩效目标");
    const labels = kids(group, "Control").map((c) => attr(resourceById.get(attr(one(NS.ov, "Label", c), "resid"))!, "DefaultValue"));
    expect(labels).toEqual(["一键校验", "生成汇总表", "打开面板"]);
    for (const c of kids(group, "Control")) expect(xsiType(c)).toBe("Button");
  });

  test("一键校验 and 生成汇总表 run validate and buildSummary; 打开面板 shows taskpane.html", () => {
    const action = (label: string) => one(NS.ov, "Action", controlByLabel(label));
    const validate = action("一键校验");
    expect(xsiType(validate)).toBe("ExecuteFunction");
    expect(one(NS.ov, "FunctionName", validate).textContent!.trim()).toBe("validate");
    const summary = action("生成汇总表");
    expect(xsiType(summary)).toBe("ExecuteFunction");
    expect(one(NS.ov, "FunctionName", summary).textContent!.trim()).toBe("buildSummary");
    const pane = action("打开面板");
    expect(xsiType(pane)).toBe("ShowTaskpane");
    expect(new URL(urlOf(attr(one(NS.ov, "SourceLocation", pane), "resid"))).pathname).toBe("/taskpane.html");

    const functionNames = all(NS.ov, "FunctionName").map((f) => f.textContent!.trim());
    expect(functionNames.sort()).toEqual(["buildSummary", "validate"]);
  });

  test("the function file is commands.html and the default pane is taskpane.html, all on one origin", () => {
    expect(new URL(urlOf(attr(one(NS.ov, "FunctionFile"), "resid"))).pathname).toBe("/commands.html");
    const source = attr(one(NS.app, "SourceLocation", one(NS.app, "DefaultSettings")), "DefaultValue");
    expect(new URL(source).pathname).toBe("/taskpane.html");
    const origins = new Set(Array.from(doc.querySelectorAll("[DefaultValue^='https://']"), (el) => new URL(el.getAttribute("DefaultValue")!).origin));
    expect([...origins]).toEqual(["https://localhost:3000"]);
  });

  test(`default locale zh-CN with an ${OTHER_LOCALE} override for every text`, () => {
    expect(defaultLocale).toBe("zh-CN");
    const localisable = [one(NS.app, "DisplayName"), one(NS.app, "Description"), ...kids(one(NS.bt, "ShortStrings")), ...kids(one(NS.bt, "LongStrings"))];
    for (const el of localisable) {
      const t = texts(el);
      const id = el.getAttribute("id") ?? el.localName;
      expect([id, HAN.test(t.zh)]).toEqual([id, true]); // the default really is Chinese
      expect([id, t.locales]).toEqual([id, [OTHER_LOCALE]]); // one override; the default locale cannot be overridden
      expect([id, t.en !== undefined && t.en.trim() !== "" && !HAN.test(t.en)]).toEqual([id, true]);
    }
    // Every label and tooltip shown on the ribbon is one of those localised strings.
    for (const el of Array.from(doc.querySelectorAll("Label, Title, Description[resid]"))) {
      expect(["ShortStrings", "LongStrings"]).toContain(resourceKind(attr(el, "resid")));
    }
  });
});
