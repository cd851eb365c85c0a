/**
 * The defined name that marks a sheet as the summary jixiao made: rebuilding replaces that sheet and never a
 * user's sheet of the same name, and readers skip it (it holds no form). Kept apart from the sheet plan so
 * that knowing which sheet is jixiao's does not load the summary machinery.
 */
export const OWNER_NAME = "_jixiao_summary";

/** "'绩效目标汇总'!$A$1" → 绩效目标汇总. */
export function sheetOfReference(reference: string): string | null {
  const bang = reference.lastIndexOf("!");
  if (bang <= 0) return null;
  return reference.slice(0, bang).replace(/^=/, "").replace(/^'|'$/g, "").replace(/''/g, "'");
}
