import { Button } from "@fluentui/react-components";
import { Lang } from "../../core/diagnostic";
import { t } from "../i18n";
import { Busy as Running } from "./Busy";

export type Busy = "validate" | "clear" | "fix" | "summary";

const BUSY_LABEL = { validate: "validating", clear: "clearing", fix: "applyingFix", summary: "buildingSummary" } as const;

/** The primary action (validate), the secondary ones (clear highlights, build the summary) and the running indicator. */
export function ActionBar(props: {
  lang: Lang;
  busy: Busy | null;
  canValidate: boolean;
  canClear: boolean;
  onValidate(): void;
  onClear(): void;
  onSummary(): void;
}) {
  const { lang, busy } = props;
  return (
    <div className="jx-row" data-testid="action-bar">
      {/* disabledFocusable while busy: a focused button that became disabled would drop keyboard focus */}
      <Button
        appearance="primary"
        size="large"
        disabled={!props.canValidate}
        disabledFocusable={busy !== null && props.canValidate}
        onClick={props.onValidate}
      >
        {t("validate", lang)}
      </Button>
      {props.canClear && (
        <Button appearance="secondary" disabledFocusable={busy !== null} onClick={props.onClear}>
          {t("clear", lang)}
        </Button>
      )}
      <Button appearance="secondary" disabled={!props.canValidate} disabledFocusable={busy !== null && props.canValidate} onClick={props.onSummary}>
        {t("buildSummary", lang)}
      </Button>
      {busy !== null && <Running label={t(BUSY_LABEL[busy], lang)} />}
    </div>
  );
}
