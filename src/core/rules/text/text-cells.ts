import { Form } from "../../template/model";

export interface TextCell {
  cell: string;
  text: string;
  /** Names are where a stale year or a stray bracket matters; values and goals are long free text. */
  kind: "field" | "goal" | "name" | "value";
}

/** Every text the user typed into a form, with its cell: fields, goals, indicator names and values. */
export function textCellsOf(form: Form): TextCell[] {
  const out: TextCell[] = [];
  for (const f of Object.values(form.fields)) if (f?.cell && f.text) out.push({ cell: f.cell, text: f.text, kind: "field" });
  for (const g of Object.values(form.goals)) if (g?.cell && g.text) out.push({ cell: g.cell, text: g.text, kind: "goal" });
  for (const ind of form.indicators) {
    if (ind.name) out.push({ cell: ind.nameCell, text: ind.name, kind: "name" });
    if (ind.raw) out.push({ cell: ind.cell, text: ind.raw, kind: "value" });
  }
  return out;
}
