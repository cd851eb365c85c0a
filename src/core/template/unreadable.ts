import { tidy } from "../text/normalize";
import { cellText } from "../grid/cell-value";
import { FormLocation } from "./locate";
import { Form, UnreadableForm } from "./model";
import { findTableHeader } from "./layouts/block";
import { LabelHit, SheetLabels, hasRole } from "./sheet-labels";

/** The form's labels found beside an indicator header or one another before a sheet looks like a form. */
const MIN_FORM_LABELS = 3;

/**
 * An instruction table (填报说明: 栏目 | 填写要求) repeats the form's labels down its first column, one per
 * row, and explains each on its right. A form spreads its labels over rows and columns and has an indicator
 * header (一级指标 · 二级指标 on one row); a candidate without one whose labels all stand in one column, and
 * that repeats the header's labels or is headed 栏目/填写要求, is an instruction table.
 */
export function isInstructionTable(sheet: SheetLabels, loc: FormLocation, form: Form): boolean {
  if (form.table) return false;
  const roled = sheet.inRegion(loc.region).filter((h) => h.label.roles.length);
  if (roled.some((h) => h.cell.col !== loc.anchor.col)) return false;
  return roled.some((h) => h.label.roles.some((r) => r.startsWith("header:"))) || hasInstructionHeader(sheet);
}

export function hasInstructionHeader(sheet: SheetLabels): boolean {
  return sheet.all().some((h) => h.label.instructionHeader);
}

/**
 * What looks like a form on a sheet but was read as none: an indicator header no form's table covers, or,
 * on a sheet without forms, several of the form's labels laid out as a form (over more than one row and one
 * column: a summary's header row and an instruction table's label column are not).
 */
export function findUnreadable(sheet: SheetLabels, located: FormLocation[], forms: readonly Form[]): UnreadableForm[] {
  const all = sheet.all();
  const covered = (row: number, col: number) =>
    forms.some((f) => f.table && row >= f.table.headerRow && row <= f.table.endRow && col >= f.region.left && col <= f.region.right);
  const anchors = new Set(located.map((l) => l.anchor.address));
  const strayNames = all.filter((h) => hasRole(h, "field:projectName") && !anchors.has(h.cell.address));

  const out: UnreadableForm[] = [];
  const seenRows = new Set<number>();
  for (const hit of all) {
    if (!hasRole(hit, "header:level1") || seenRows.has(hit.cell.row) || covered(hit.cell.row, hit.cell.col)) continue;
    const rows = all.filter((h) => h.cell.row >= hit.cell.row && h.cell.row <= hit.cell.range.bottom + 2 && h.cell.col >= hit.cell.col);
    const header = findTableHeader(sheet.view, [hit, ...rows.filter((h) => h !== hit)]);
    if (!header) continue;
    seenRows.add(hit.cell.row);
    const found = [...new Set(rows.filter((h) => h.cell.row === hit.cell.row && h.label.roles.length).map((h) => tidy(cellText(h.cell.value))))];
    // A 项目名称 above the header that anchors no form: too far from it, or without the form's other labels.
    const name = [...strayNames].reverse().find((h) => h.cell.row < hit.cell.row);
    const u: UnreadableForm = { cell: hit.cell.address, missing: name ? "formHead" : "projectName", found };
    if (name) u.nameCell = name.cell.address;
    out.push(u);
  }
  if (out.length || forms.length || located.length) return out;

  const labels = all.filter((h) => h.label.roles.some((r) => r.startsWith("field:") || r.startsWith("fund:") || r.startsWith("goal:")));
  if (looksLikeAHead(labels)) {
    out.push({
      cell: labels[0]!.cell.address,
      missing: strayNames.length ? "headerAndHead" : "projectNameAndHeader",
      found: [...new Set(labels.map((h) => tidy(cellText(h.cell.value))))].slice(0, 6),
      ...(strayNames.length ? { nameCell: strayNames[0]!.cell.address } : {}),
    });
  }
  return out;
}

function looksLikeAHead(labels: LabelHit[]): boolean {
  const roles = new Set(labels.flatMap((h) => h.label.roles));
  if (roles.size < MIN_FORM_LABELS) return false;
  return new Set(labels.map((h) => h.cell.row)).size > 1 && new Set(labels.map((h) => h.cell.col)).size > 1;
}
