import { Lang } from "../../core/diagnostic";
import { t } from "../i18n";
import { NoticeBar } from "./Notices";
import { CLI_EXAMPLE } from "./OutsideOffice";

/** Inside Office, but a host or an Excel version jixiao cannot work with. */
export function Unsupported({ lang, reason }: { lang: Lang; reason?: string }) {
  return (
    <main className="jx" data-testid="unsupported">
      <NoticeBar notice={{ intent: "warning", title: t("unsupportedTitle", lang), body: t("unsupportedBody", lang) }} />
      <code className="jx-cli jx-code">{CLI_EXAMPLE}</code>
      {reason && <p className="jx-p jx-muted">{t("unsupportedDetail", lang, { reason })}</p>}
    </main>
  );
}
