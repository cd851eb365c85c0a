import { Button } from "@fluentui/react-components";
import { useId } from "react";
import { Lang, SEVERITIES, Severity } from "../../core/diagnostic";
import { ruleDocs, ruleTitle } from "../../core/i18n/findings";
import { Filter } from "../findings";
import { severityLabel, t } from "../i18n";

/** Severity toggles (buttons with aria-pressed) and a rule picker (a native select: keyboards and screen readers know it). */
export function Filters(props: {
  lang: Lang;
  filter: Filter;
  counts: Record<Severity, number>;
  rules: { id: string; count: number }[];
  onChange(filter: Filter): void;
}) {
  const { lang, filter, onChange } = props;
  const selectId = useId();
  const hintId = useId();
  const toggle = (sev: Severity) => {
    const next = new Set(filter.severities);
    if (next.has(sev)) next.delete(sev);
    else next.add(sev);
    onChange({ ...filter, severities: next });
  };
  const docs = filter.rule === null ? undefined : ruleDocs(filter.rule, lang);
  return (
    <div className="jx-col">
      <div role="group" aria-label={t("severityFilter", lang)} className="jx-row">
        {SEVERITIES.map((sev) => {
          const on = filter.severities.has(sev);
          return (
            <Button key={sev} size="small" appearance="secondary" aria-pressed={on} className="jx-toggle" onClick={() => toggle(sev)}>
              <span aria-hidden="true" className="jx-check">
                {on ? "✓" : ""}
              </span>
              {severityLabel(sev, lang, "many")} ({props.counts[sev]})
            </Button>
          );
        })}
      </div>
      <div className="jx-field">
        <label htmlFor={selectId} className="jx-label jx-small">
          {t("ruleFilter", lang)}
        </label>
        <select
          id={selectId}
          className="jx-control jx-small jx-focus jx-wide"
          value={filter.rule ?? ""}
          aria-describedby={docs ? hintId : undefined}
          onChange={(e) => onChange({ ...filter, rule: e.target.value === "" ? null : e.target.value })}
        >
          <option value="">{t("allRules", lang)}</option>
          {props.rules.map((r) => (
            <option key={r.id} value={r.id} title={t("ruleTooltip", lang, { id: r.id, docs: ruleDocs(r.id, lang) ?? "" })}>
              {ruleTitle(r.id, lang)} ({r.count})
            </option>
          ))}
        </select>
        {docs && (
          <span id={hintId} className="jx-hint">
            <span className="jx-code">{filter.rule}</span> {docs}
          </span>
        )}
      </div>
    </div>
  );
}
