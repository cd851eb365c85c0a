import { Button } from "@fluentui/react-components";
import { Lang } from "../../core/diagnostic";
import { t } from "../i18n";
import { Busy as Running } from "./Busy";

export type Busy = "validate" | "clear" | "fix";

const BUSY_LABEL = { validate: "validating", clear: "clearing", fix: "applyingFix" } as const;

/** The primary action (validate), the secondary one (clear highlights) and the running indicator. */
export function ActionBar(props: {
  lang: Lang;
  busy: Busy | null;
  canValidate: boolean;
  canClear: boolean;
  onValidate(): void;
  onClear(): void;
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
      {busy !== null && <Running label={t(BUSY_LABEL[busy], lang)} />}
    </div>
  );
}
