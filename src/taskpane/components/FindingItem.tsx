import { Button } from "@fluentui/react-components";
import { Diagnostic, Lang } from "../../core/diagnostic";
import { findingText, ruleTitle } from "../../core/i18n/findings";
import { fixLabel, severityLabel, t } from "../i18n";
import { cx } from "../styles";
import { Pill } from "./Pill";

/**
 * One finding. The main part is a button that selects the finding's cell; "Apply fix" is a sibling
 * button (never nested), offered only when writing the fix into the cell is the correction.
 * Everything from the workbook is rendered as text.
 */
export function FindingItem(props: {
  finding: Diagnostic;
  lang: Lang;
  canSelect: boolean;
  canFix: boolean;
  busy: boolean;
  onSelect(d: Diagnostic): void;
  onApplyFix(d: Diagnostic): void;
}) {
  const { finding: d, lang } = props;
  const info = d.severity === "info";
  const content = (
    <>
      <span className="jx-row">
        <Pill size="small" tone={d.severity}>
          {severityLabel(d.severity, lang, "one")}
        </Pill>
        <span className="jx-cell">{d.cell}</span>
        <span className="jx-rule" title={d.rule}>
          {ruleTitle(d.rule, lang)} <span className="jx-code jx-rule-id">{d.rule}</span>
        </span>
      </span>
      <span className="jx-message">{findingText(d, lang)}</span>
      {d.value !== undefined && (
        <span className="jx-detail">
          <span className="jx-detail-label">{t("written", lang)}:</span>
          <span className="jx-code">{d.value}</span>
        </span>
      )}
      {d.fix !== undefined && (
        <span className="jx-detail jx-clamp">
          <span className="jx-detail-label">{fixLabel(lang)}:</span>
          <span className="jx-code">{d.fix}</span>
        </span>
      )}
    </>
  );
  const targetClass = cx("jx-target", info && "jx-quiet", props.canSelect && "jx-focus");
  const offerFix = props.canFix && d.fixInPlace === true && d.fix !== undefined;
  return (
    <li className="jx-item" data-severity={d.severity} data-cell={d.cell} data-rule={d.rule}>
      {props.canSelect ? (
        <button
          type="button"
          className={targetClass}
          title={t("goToCell", lang, { sheet: d.sheet, cell: d.cell })}
          onClick={() => props.onSelect(d)}
        >
          {content}
        </button>
      ) : (
        <div className={targetClass}>{content}</div>
      )}
      {offerFix && (
        <Button
          className="jx-apply"
          size="small"
          appearance={info ? "subtle" : "secondary"}
          disabled={props.busy}
          aria-label={t("applyFixLabel", lang, { sheet: d.sheet, cell: d.cell })}
          onClick={() => props.onApplyFix(d)}
        >
          {t("applyFix", lang)}
        </Button>
      )}
    </li>
  );
}
