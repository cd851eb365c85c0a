import { Lang } from "../../core/diagnostic";
import { Report } from "../../core/report/schema";
import { severityLabel, t } from "../i18n";
import { Pill } from "./Pill";

/** The report's totals by severity (info shown quietly), and how many cells need a change: what a clerk counts. */
export function SeverityCounts({ totals, lang }: { totals: Report["totals"]; lang: Lang }) {
  return (
    <ul className="jx-row jx-counts" aria-label={t("resultsHeading", lang)} data-testid="severity-counts">
      <li>
        <Pill tone="error" filled={totals.errors > 0} data-testid="count-error">
          {severityLabel("error", lang, "many")} {totals.errors}
        </Pill>
      </li>
      <li>
        <Pill tone="warning" filled={totals.warnings > 0} data-testid="count-warning">
          {severityLabel("warning", lang, "many")} {totals.warnings}
        </Pill>
      </li>
      <li>
        <Pill tone="info" data-testid="count-info">
          {severityLabel("info", lang, "many")} {totals.info}
        </Pill>
      </li>
      <li>
        <Pill tone="info" data-testid="count-cells">
          {t("cellsToChange", lang, { n: totals.cells })}
        </Pill>
      </li>
    </ul>
  );
}
