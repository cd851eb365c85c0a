/**
 * The defined name that marks a sheet as the summary jixiao made: rebuilding replaces that sheet and never a
 * user's sheet of the same name, and readers skip it (it holds no form). Kept apart from the sheet plan so
 * that knowing which sheet is jixiao's does not load the summary machinery.
 */
export const OWNER_NAME = "_jixiao_summary";

/** The summary sheet's name in each language. */
export const SUMMARY_SHEET = { zh: "绩效目标汇总", en: "Target summary" } as const;

const SUMMARY_NAME = new RegExp(`^(${Object.values(SUMMARY_SHEET).join("|")})( \\(\\d+\\))?$`, "i");

/**
 * The sheet the owner name points at, if it is one jixiao could have made: a name follows its cell when the
 * user cuts and pastes it, so a name pointing into a sheet named otherwise is not evidence enough to replace
 * (or skip) that sheet. A summary sheet the user renamed is then left as theirs; a new one is made.
 */
export function ownedSheet(sheet: string | null): string | null {
  return sheet !== null && SUMMARY_NAME.test(sheet) ? sheet : null;
}
