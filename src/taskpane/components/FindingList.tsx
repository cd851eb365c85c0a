import { Diagnostic, Lang } from "../../core/diagnostic";
import { ProjectGroup, findingKey } from "../findings";
import { t } from "../i18n";
import { Disclosure } from "./Disclosure";
import { FindingItem } from "./FindingItem";
import { Pill } from "./Pill";

/** Findings by project (collapsible, with its counts) and by sheet. */
export function FindingList(props: {
  groups: ProjectGroup[];
  lang: Lang;
  collapsed: ReadonlySet<string>;
  onCollapsedChange(collapsed: Set<string>): void;
  canSelect: boolean;
  canFix: boolean;
  busy: boolean;
  onSelect(d: Diagnostic): void;
  onApplyFix(d: Diagnostic): void;
}) {
  const { lang } = props;
  const visible = props.groups.filter((g) => g.shown > 0);
  const toggle = (key: string) => {
    const next = new Set(props.collapsed);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    props.onCollapsedChange(next);
  };
  return (
    <div className="jx-groups" role="group" aria-label={t("findingsList", lang)}>
      {visible.map((g) => (
        <Disclosure
          key={g.key}
          data-project={g.key}
          level={3}
          open={!props.collapsed.has(g.key)}
          onToggle={() => toggle(g.key)}
          header={
            <span className="jx-row">
              <span className="jx-project-name">{g.key === "" ? t("workbookLevel", lang) : g.project}</span>
              <Pill size="small" tone={g.errors ? "error" : g.warnings ? "warning" : "info"}>
                {t("projectCounts", lang, { errors: g.errors, warnings: g.warnings })}
              </Pill>
            </span>
          }
        >
          <div className="jx-panel">
            {g.sheets.map((sheet) => (
              <section key={sheet.sheet} aria-label={t("sheetLabel", lang, { sheet: sheet.sheet })} data-sheet={sheet.sheet}>
                <h4 className="jx-sheet">{t("sheetLabel", lang, { sheet: sheet.sheet })}</h4>
                <ul className="jx-list">
                  {sheet.findings.map((d, i) => (
                    <FindingItem
                      key={`${findingKey(d)}#${i}`}
                      finding={d}
                      lang={lang}
                      canSelect={props.canSelect}
                      canFix={props.canFix}
                      busy={props.busy}
                      onSelect={props.onSelect}
                      onApplyFix={props.onApplyFix}
                    />
                  ))}
                </ul>
              </section>
            ))}
          </div>
        </Disclosure>
      ))}
    </div>
  );
}
