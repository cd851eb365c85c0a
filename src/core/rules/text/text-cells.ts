import { Form } from "../../template/model";
import { targetCells } from "../target/fixes";

export interface TextCell {
  cell: string;
  text: string;
  /** Names are where a stale year or a stray bracket matters; values and goals are long free text. */
  kind: "field" | "goal" | "name" | "value";
}

/**
 * Every text the user typed into a form, with its cell: fields, goals, indicator names and values. A target
 * over several cells (指标性质 · 指标值 · 计量单位) gives a text for each, so that a fix (text/html-markup's)
 * is the content of the cell it names.
 */
export function textCellsOf(form: Form): TextCell[] {
  // Three rules read every form's texts; a form is immutable once read, so the list is made once per form.
  const known = made.get(form);
  if (known) return known;
  const out: TextCell[] = [];
  for (const f of Object.values(form.fields)) if (f?.cell && f.text) out.push({ cell: f.cell, text: f.text, kind: "field" });
  for (const g of Object.values(form.goals)) if (g?.cell && g.text) out.push({ cell: g.cell, text: g.text, kind: "goal" });
  for (const ind of form.indicators) {
    if (ind.name) out.push({ cell: ind.nameCell, text: ind.name, kind: "name" });
    // A formula without a result is shown by its formula in `raw`: that is no text the user typed.
    for (const part of targetCells(ind)) if (part.text && !ind.noResult?.some((n) => n.cell === part.cell)) out.push({ cell: part.cell, text: part.text, kind: "value" });
  }
  made.set(form, out);
  return out;
}

const made = new WeakMap<Form, TextCell[]>();
