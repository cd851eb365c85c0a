import { t } from "../i18n";

export const CLI_EXAMPLE = "npx jixiao check FILE.xlsx";

/** Opened in a plain browser (office.js resolved with host null, or did not load): say so, in both languages. */
export function OutsideOffice() {
  return (
    <main className="jx" data-testid="outside-office">
      <h1 className="jx-title">
        <span lang="zh-CN">{t("outsideTitle", "zh")}</span> · <span lang="en">{t("outsideTitle", "en")}</span>
      </h1>
      <p className="jx-p" lang="zh-CN">
        {t("outsideAbout", "zh")}
      </p>
      <p className="jx-p" lang="en">
        {t("outsideAbout", "en")}
      </p>
      <p className="jx-p">
        <span lang="zh-CN">{t("outsideCli", "zh")}</span> <span lang="en">{t("outsideCli", "en")}</span>
      </p>
      <code className="jx-cli jx-code">{CLI_EXAMPLE}</code>
    </main>
  );
}
