import { useId, useState } from "react";
import { Lang } from "../../core/diagnostic";
import { settingsErrorText } from "../../core/i18n";
import { Settings, SettingsError } from "../../core/settings";
import { t } from "../i18n";
import { Disclosure } from "./Disclosure";

/**
 * Profile, satisfaction floor and language, as native controls styled with Fluent's tokens (Fluent's
 * Field/Input/Select/Radio would add ~15 KiB gzipped). Whether a value is valid is the caller's call.
 */
export function SettingsPanel(props: {
  lang: Lang;
  settings: Settings;
  floorText: string;
  floorError: boolean;
  disabled: boolean;
  changedSinceRun: boolean;
  /** Why the saved settings were set aside (data, rendered here in the pane's language). */
  storedErrors?: readonly SettingsError[];
  onProfile(profile: string): void;
  onFloor(text: string): void;
  onLang(lang: Lang): void;
}) {
  const { lang, settings } = props;
  const storedErrors = props.storedErrors ?? [];
  // Saved settings that were set aside are news: the panel opens to say so.
  const [open, setOpen] = useState(storedErrors.length > 0);
  const floorId = useId();
  const floorNoteId = useId();
  const langId = useId();
  const radioName = useId();
  return (
    <Disclosure level={2} open={open} onToggle={() => setOpen((o) => !o)} header={t("settings", lang)}>
      <div className="jx-settings">
        {storedErrors.length > 0 && (
          <div role="note" className="jx-p jx-error" data-testid="stored-settings-errors">
            {t("storedSettingsInvalid", lang)}
            <ul>
              {storedErrors.map((e, i) => (
                <li key={i}>{settingsErrorText(e, lang)}</li>
              ))}
            </ul>
          </div>
        )}
        <fieldset className="jx-fieldset" disabled={props.disabled}>
          <legend className="jx-label">{t("profile", lang)}</legend>
          {(["shanghai", "lenient"] as const).map((p) => (
            <label key={p} className="jx-radio">
              <input
                type="radio"
                name={radioName}
                value={p}
                className="jx-focus"
                checked={settings.profile === p}
                onChange={() => props.onProfile(p)}
              />
              {t(p === "shanghai" ? "profileShanghai" : "profileLenient", lang)}
            </label>
          ))}
        </fieldset>
        <div className="jx-field">
          <label htmlFor={floorId} className="jx-label">
            {t("floor", lang)}
          </label>
          <input
            id={floorId}
            type="number"
            inputMode="decimal"
            min={0}
            max={100}
            step="any"
            className="jx-control jx-focus jx-narrow"
            value={props.floorText}
            disabled={props.disabled}
            aria-invalid={props.floorError}
            aria-describedby={floorNoteId}
            onChange={(e) => props.onFloor(e.target.value)}
          />
          <span id={floorNoteId} className={props.floorError ? "jx-error" : "jx-hint"}>
            {props.floorError ? t("floorInvalid", lang) : t("floorHint", lang)}
          </span>
        </div>
        <div className="jx-field">
          <label htmlFor={langId} className="jx-label">
            {t("language", lang)}
          </label>
          <select
            id={langId}
            className="jx-control jx-focus jx-narrow"
            value={lang}
            disabled={props.disabled}
            onChange={(e) => props.onLang(e.target.value === "en" ? "en" : "zh")}
          >
            <option value="zh" lang="zh-CN">
              中文
            </option>
            <option value="en" lang="en">
              English
            </option>
          </select>
        </div>
        {props.changedSinceRun && (
          <p role="note" className="jx-p jx-muted">
            {t("settingsChanged", lang)}
          </p>
        )}
      </div>
    </Disclosure>
  );
}
