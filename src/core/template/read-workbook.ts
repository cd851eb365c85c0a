import { rangeToA1 } from "../grid/address";
import { GridView, SheetGrid } from "../grid/sheet-grid";
import { locateForms } from "./locate";
import { Form, SheetRead, WorkbookRead } from "./model";
import { ReadCache } from "./read-cache";
import { SheetLabels } from "./sheet-labels";
import { readBlockForm } from "./layouts/block";
import { findUnreadable, hasInstructionHeader, isInstructionTable } from "./unreadable";
import { readListForms } from "./layouts/list";

/** Reads every standard-template form on every sheet. Never throws on a strange grid. */
export function readWorkbook(grids: readonly SheetGrid[]): WorkbookRead {
  const cache = new ReadCache();
  const sheets: SheetRead[] = grids.map((g) => readSheet(g, cache));
  return { sheets, forms: sheets.flatMap((s) => s.forms) };
}

export function readSheet(grid: SheetGrid, cache: ReadCache = new ReadCache()): SheetRead {
  const labels = new SheetLabels(new GridView(grid), cache);
  // A list table's 项目名称 heads a column of projects: it anchors no block form, even with labels below it.
  const list = readListForms(labels);
  const located = locateForms(labels).filter((l) => !list.anchors.has(l.anchor.address));
  const all: Form[] = [];
  let instructions = false;
  for (const loc of located) {
    const form = readBlockForm(labels, loc);
    // An instruction table names the form's labels without being a form: no rule may run on it.
    if (isInstructionTable(labels, loc, form)) instructions = true;
    else all.push(form);
  }
  const filled = all.filter((f) => !isBlank(f));
  const forms = [...filled, ...list.forms];
  const unreadable = [...findUnreadable(labels, located, [...all, ...list.forms]), ...list.unreadable];
  if (!forms.length && !all.length && !unreadable.length && hasInstructionHeader(labels)) instructions = true;
  return { name: grid.name, forms, blankForms: all.length - filled.length, instructions, unreadable };
}

/** A template nobody filled in: no field, goal, amount or indicator holds anything. */
function isBlank(form: Form): boolean {
  // An error value or a formula without a result has no text, but it was typed there all the same.
  const filled = (f: { text: string; value: unknown } | undefined) => !!f && (!!f.text || f.value !== null);
  return (
    form.indicators.length === 0 &&
    !Object.values(form.fields).some(filled) &&
    !Object.values(form.dates).some(filled) &&
    !Object.values(form.goals).some(filled) &&
    !Object.values(form.funds).some(filled)
  );
}

/** "A3:F22" for messages and the report. */
export function regionAddress(form: Form): string {
  return rangeToA1(form.region);
}
