import { Rule } from "./types";
import formMissingField from "./form/missing-field";
import formInvalidDate from "./form/invalid-date";
import formDateOrder from "./form/date-order";
import formYearOutside from "./form/year-outside";
import fundsNotANumber from "./funds/not-a-number";
import fundsNegative from "./funds/negative";
import fundsSumMismatch from "./funds/sum-mismatch";
import fundsAnnualExceedsTotal from "./funds/annual-exceeds-total";
import fundsStagedWithoutTotal from "./funds/staged-without-total";
import indicatorUnknownLevel1 from "./indicator/unknown-level1";
import indicatorUnknownLevel2 from "./indicator/unknown-level2";
import indicatorLevelMismatch from "./indicator/level-mismatch";
import indicatorMissingName from "./indicator/missing-name";
import indicatorMissingValue from "./indicator/missing-value";
import indicatorDuplicate from "./indicator/duplicate";
import projectMissingCategory from "./project/missing-category";
import targetChineseNumerals from "./target/chinese-numerals";
import targetMixedNotation from "./target/mixed-notation";
import targetMissingOperator from "./target/missing-operator";
import targetNonstandardOperator from "./target/nonstandard-operator";
import targetMissingUnit from "./target/missing-unit";
import targetPercentOutOfRange from "./target/percent-out-of-range";
import targetQualitativeNotAllowed from "./target/qualitative-not-allowed";
import targetSatisfactionOperator from "./target/satisfaction-operator";
import targetSatisfactionFloor from "./target/satisfaction-floor";
import targetUnitUnfitLevel from "./target/unit-unfit-level";
import targetRateWithoutPercent from "./target/rate-without-percent";
import targetNoncanonical from "./target/noncanonical";
import targetVague from "./target/vague";
import textHtmlMarkup from "./text/html-markup";
import textUnbalancedBrackets from "./text/unbalanced-brackets";
import textStaleYear from "./text/stale-year";
import workbookDuplicateProject from "./workbook/duplicate-project";
import workbookCopiedIndicator from "./workbook/copied-indicator";
import sheetNotAForm from "./sheet/not-a-form";
import sheetUnreadableForm from "./sheet/unreadable-form";
import targetDeadlineOutsidePlan from "./target/deadline-outside-plan";
import targetOperatorDirection from "./target/operator-direction";
import fundsUnitMismatch from "./funds/unit-mismatch";
import fundsCostExceedsBudget from "./funds/cost-exceeds-budget";

/** Every rule, in the order of the catalogue in rules.md. */
export const ALL_RULES: readonly Rule[] = [
  formMissingField, formInvalidDate, formDateOrder, formYearOutside,
  fundsNotANumber, fundsNegative, fundsSumMismatch, fundsAnnualExceedsTotal, fundsStagedWithoutTotal,
  indicatorUnknownLevel1, indicatorUnknownLevel2, indicatorLevelMismatch, indicatorMissingName, indicatorMissingValue,
  indicatorDuplicate,
  projectMissingCategory,
  targetChineseNumerals, targetMixedNotation, targetMissingOperator, targetNonstandardOperator, targetMissingUnit,
  targetPercentOutOfRange, targetQualitativeNotAllowed, targetSatisfactionOperator, targetSatisfactionFloor,
  targetUnitUnfitLevel, targetRateWithoutPercent, targetNoncanonical, targetVague,
  textHtmlMarkup, textUnbalancedBrackets, textStaleYear,
  workbookDuplicateProject, workbookCopiedIndicator,
  sheetNotAForm, sheetUnreadableForm,
  targetDeadlineOutsidePlan, targetOperatorDirection, fundsUnitMismatch, fundsCostExceedsBudget,
] as Rule[];

export const RULE_IDS: readonly string[] = ALL_RULES.map((r) => r.meta.id);
