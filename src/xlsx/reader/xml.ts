/**
 * The little XML a workbook's parts need, over strings. Not a general parser: parts are produced by Excel, WPS
 * and libraries, the elements read are few and flat, and everything else is stepped over. A general parser
 * (fast-xml-parser measured 0.72× of an exceljs read, txml 0.23×) builds objects for every node of parts this
 * reader mostly skips; scanning with indexOf for the next '<' and reading only the attributes asked for measured
 * 0.17–0.23×.
 */

export class XmlError extends Error {}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;

function entity(_m: string, e: string): string {
  switch (e) {
    case "lt":
      return "<";
    case "gt":
      return ">";
    case "amp":
      return "&";
    case "quot":
      return '"';
    case "apos":
      return "'";
    default: {
      const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
    }
  }
}

/** Character data as an XML parser hands it: entities resolved, line ends normalised (XML 1.0 §2.11). */
export function decodeText(s: string): string {
  if (s.indexOf("&") >= 0) s = s.replace(ENTITY, entity);
  if (s.indexOf("\r") >= 0) s = s.replace(/\r\n?/g, "\n");
  return s;
}

/** The element name without its namespace prefix: some writers emit `<x:c>` for `<c>`. */
export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * Where the tag opened at `lt` ends (the index of its '>'). Quotes are honoured: an attribute value may hold '>'
 * (a sheet named "a>b" when a writer did not escape it).
 */
export function tagEnd(x: string, lt: number): number {
  let q = 0;
  for (let i = lt + 1; i < x.length; i++) {
    const ch = x.charCodeAt(i);
    if (q !== 0) {
      if (ch === q) q = 0;
    } else if (ch === 62 /* > */) {
      return i;
    } else if (ch === 34 || ch === 39) {
      q = ch;
    } else if (ch === 60 /* < */) {
      throw new XmlError(`'<' inside a tag at ${i}`);
    }
  }
  throw new XmlError("unterminated tag");
}

/** The tag's name: from after '<' (or '</') to the first space, '/' or '>'. */
export function tagName(x: string, from: number, end: number): string {
  let i = from;
  while (i < end) {
    const ch = x.charCodeAt(i);
    if (ch === 32 || ch === 9 || ch === 10 || ch === 13 || ch === 47 || ch === 62) break;
    i++;
  }
  return x.slice(from, i);
}

/** One attribute of the open tag x[lt..end], decoded; undefined when absent. Prefixed names match by local name. */
export function attr(x: string, lt: number, end: number, name: string): string | undefined {
  let i = lt;
  for (;;) {
    i = x.indexOf(name, i + 1);
    if (i < 0 || i >= end) return undefined;
    const before = x.charCodeAt(i - 1);
    let j = i + name.length;
    // Whitespace or a prefix's ':' before the name, '=' after it (spaces allowed around '=').
    if (before !== 32 && before !== 9 && before !== 10 && before !== 13 && before !== 58) continue;
    while (x.charCodeAt(j) === 32) j++;
    if (x.charCodeAt(j) !== 61 /* = */) continue;
    j++;
    while (x.charCodeAt(j) === 32) j++;
    const q = x.charCodeAt(j);
    if (q !== 34 && q !== 39) continue;
    const close = x.indexOf(q === 34 ? '"' : "'", j + 1);
    if (close < 0 || close > end) throw new XmlError("unterminated attribute");
    const raw = x.slice(j + 1, close);
    return raw.indexOf("&") >= 0 ? raw.replace(ENTITY, entity) : raw;
  }
}

export function selfClosing(x: string, end: number): boolean {
  return x.charCodeAt(end - 1) === 47;
}

/**
 * Calls `visit` for every element start in x, in document order, with the index of its '<' and '>'. Closing
 * tags go to `close` when given. Comments, processing instructions, DOCTYPE and CDATA sections are stepped over.
 * `visit` may return an index to resume scanning from (to skip an element's contents it has read itself).
 */
export function scan(
  x: string,
  visit: (name: string, lt: number, end: number) => number | void,
  close?: (name: string, lt: number, end: number) => void,
): void {
  let i = x.indexOf("<");
  while (i >= 0) {
    const next = x.charCodeAt(i + 1);
    if (next === 33 /* ! */) {
      if (x.startsWith("<!--", i)) i = skipTo(x, "-->", i);
      else if (x.startsWith("<![CDATA[", i)) i = skipTo(x, "]]>", i);
      else i = tagEnd(x, i);
    } else if (next === 63 /* ? */) {
      i = skipTo(x, "?>", i);
    } else if (next === 47 /* / */) {
      const end = x.indexOf(">", i);
      if (end < 0) throw new XmlError("unterminated closing tag");
      if (close) close(localName(tagName(x, i + 2, end)), i, end);
      i = end;
    } else {
      const end = tagEnd(x, i);
      const resume = visit(localName(tagName(x, i + 1, end)), i, end);
      i = typeof resume === "number" ? resume : end;
    }
    i = x.indexOf("<", i + 1);
  }
}

function skipTo(x: string, marker: string, from: number): number {
  const j = x.indexOf(marker, from);
  if (j < 0) throw new XmlError(`unterminated ${marker}`);
  return j + marker.length - 1;
}

/**
 * The character data of the element whose open tag ends at `end`, up to its closing tag, with CDATA sections
 * kept and comments dropped; and the index of that closing tag's '>'.
 */
export function textOf(x: string, end: number): [string, number] {
  let text = "";
  let i = end + 1;
  for (;;) {
    const lt = x.indexOf("<", i);
    if (lt < 0) throw new XmlError("unterminated element");
    if (lt > i) text += decodeText(x.slice(i, lt));
    if (x.startsWith("<![CDATA[", lt)) {
      const c = x.indexOf("]]>", lt);
      if (c < 0) throw new XmlError("unterminated CDATA");
      text += x.slice(lt + 9, c);
      i = c + 3;
    } else if (x.startsWith("<!--", lt)) {
      i = skipTo(x, "-->", lt) + 1;
    } else if (x.charCodeAt(lt + 1) === 47) {
      const close = x.indexOf(">", lt);
      if (close < 0) throw new XmlError("unterminated closing tag");
      return [text, close];
    } else {
      throw new XmlError("element inside a text element");
    }
  }
}

/** The text of the `<t>` descendants of an `<si>` or `<is>` (runs joined), skipping phonetic `<rPh>` runs. */
export function runsText(x: string, end: number, outer: string): [string, number] {
  let text = "";
  let inPhonetic = 0;
  let done = -1;
  let i = end + 1;
  while (done < 0) {
    const lt = x.indexOf("<", i);
    if (lt < 0) throw new XmlError(`unterminated <${outer}>`);
    if (x.charCodeAt(lt + 1) === 47) {
      const close = x.indexOf(">", lt);
      if (close < 0) throw new XmlError("unterminated closing tag");
      const name = localName(tagName(x, lt + 2, close));
      if (name === outer) done = close;
      else if (name === "rPh") inPhonetic--;
      i = close + 1;
      continue;
    }
    if (x.charCodeAt(lt + 1) === 33 || x.charCodeAt(lt + 1) === 63) {
      i = x.startsWith("<!--", lt) ? skipTo(x, "-->", lt) + 1 : tagEnd(x, lt) + 1;
      continue;
    }
    const tEnd = tagEnd(x, lt);
    const name = localName(tagName(x, lt + 1, tEnd));
    if (selfClosing(x, tEnd)) {
      i = tEnd + 1;
    } else if (name === "t") {
      const [t, close] = textOf(x, tEnd);
      if (inPhonetic === 0) text += t;
      i = close + 1;
    } else {
      if (name === "rPh") inPhonetic++;
      i = tEnd + 1;
    }
  }
  return [text, done];
}
