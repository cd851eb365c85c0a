import { Lang } from "../../core/diagnostic";
import { t } from "../i18n";

/** Before the first run: what the button does. */
export function EmptyState({ lang }: { lang: Lang }) {
  return (
    <div className="jx-empty" data-testid="empty-state">
      <h2 className="jx-h2">{t("emptyTitle", lang)}</h2>
      <p className="jx-p">{t("emptyBody", lang)}</p>
    </div>
  );
}
