import { Lang } from "../../core/diagnostic";
import { Report } from "../../core/report/schema";
import { t } from "../i18n";
import { Pill } from "./Pill";

/** The report's totals by severity; info is shown, quietly. */
export function SeverityCounts({ totals, lang }: { totals: Report["totals"]; lang: Lang }) {
  return (
    <ul className="jx-row jx-counts" aria-label={t("resultsHeading", lang)} data-testid="severity-counts">
      <li>
        <Pill tone="error" filled={totals.errors > 0} data-testid="count-error">
          {t("sevError", lang)} {totals.errors}
        </Pill>
      </li>
      <li>
        <Pill tone="warning" filled={totals.warnings > 0} data-testid="count-warning">
          {t("sevWarning", lang)} {totals.warnings}
        </Pill>
      </li>
      <li>
        <Pill tone="info" data-testid="count-info">
          {t("sevInfo", lang)} {totals.info}
        </Pill>
      </li>
    </ul>
  );
}
