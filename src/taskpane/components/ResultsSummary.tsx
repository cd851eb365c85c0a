import { Lang } from "../../core/diagnostic";
import { Report } from "../../core/report/schema";
import { t } from "../i18n";
import { NoticeBar } from "./Notices";
import { SeverityCounts } from "./SeverityCounts";

/** Counts, what was checked, and the "no problems" states. */
export function ResultsSummary({ report, lang }: { report: Report; lang: Lang }) {
  const { totals } = report;
  const checked = { projects: totals.projects, indicators: totals.indicators };
  return (
    <div className="jx-col">
      <SeverityCounts totals={totals} lang={lang} />
      <p className="jx-p jx-muted">{t("summary", lang, checked)}</p>
      {totals.projects === 0 ? (
        <NoticeBar notice={{ intent: "warning", title: t("noFormsTitle", lang), body: t("noFormsBody", lang) }} />
      ) : report.diagnostics.length === 0 ? (
        <NoticeBar notice={{ intent: "success", title: t("noProblemsTitle", lang), body: t("noProblemsBody", lang, checked) }} />
      ) : totals.errors + totals.warnings === 0 ? (
        <NoticeBar notice={{ intent: "success", title: t("noErrorsTitle", lang), body: t("noErrorsBody", lang) }} />
      ) : null}
    </div>
  );
}
