import { useEffect, useMemo, useRef, useState } from "react";
import { applyFix, buildSummarySheet, clearHighlights, validateAndMark } from "../app/actions";
import { ClearOutcome, Skipped, WorkbookPort } from "../app/ports";
import { Validation } from "../app/validate";
import { Diagnostic, Lang, SEVERITIES } from "../core/diagnostic";
import { reportIn } from "../core/i18n/findings";
import { marksFrom } from "../core/marks";
import { Report } from "../core/report/schema";
import { RULE_IDS } from "../core/rules/registry";
import { Settings, parseSettings } from "../core/settings";
import { ActionBar, Busy } from "./components/ActionBar";
import { EmptyState } from "./components/EmptyState";
import { Filters } from "./components/Filters";
import { FindingList } from "./components/FindingList";
import { LiveRegion } from "./components/LiveRegion";
import { Notice, Notices } from "./components/Notices";
import { ResultsSummary } from "./components/ResultsSummary";
import { SettingsPanel } from "./components/SettingsPanel";
import { Filter, groupFindings, rulesPresent } from "./findings";
import { errorMessage, t } from "./i18n";
import { loadSettingsChecked, saveSettings } from "./settings-store";

export interface AppProps {
  /** The workbook: Excel in the add-in, a MemoryWorkbook in tests. The pane knows nothing else of the host. */
  port: WorkbookPort;
  /** The language Office shows (the user may switch it in the settings). */
  lang: Lang;
  /** The workbook's name, for the report. */
  fileName?: string;
}

const MAX_SKIPPED_LINES = 10;
const ALL_SEVERITIES: Filter["severities"] = new Set(SEVERITIES);

/** The task pane: validate, read the findings, go to a cell, apply a fix, clear the highlights. */
export function App({ port, lang: officeLang, fileName = "workbook.xlsx" }: AppProps) {
  const [stored] = useState(() => loadSettingsChecked(officeLang));
  const [settings, setSettings] = useState<Settings>(stored.settings);
  const [floorText, setFloorText] = useState(() => String(settings.satisfactionFloor));
  const [floorError, setFloorError] = useState(false);
  const [settingsChanged, setSettingsChanged] = useState(false);
  const [busy, setBusy] = useState<Busy | null>(null);
  const busyRef = useRef(false);
  const [report, setReport] = useState<Report | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [announcement, setAnnouncement] = useState({ text: "", seq: 0 });
  const [filter, setFilter] = useState<Filter>({ severities: ALL_SEVERITIES, rule: null });
  const [collapsed, setCollapsed] = useState<Set<string>>(() => new Set());
  /** The user cleared the highlights since the last run that marked: a mere re-run must not paint them again. */
  const [cleared, setCleared] = useState(false);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const lang = settings.lang;
  const caps = port.capabilities;

  useEffect(() => {
    document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  }, [lang]);

  const announce = (text: string) => setAnnouncement((a) => ({ text, seq: a.seq + 1 }));

  const skippedLines = (skipped: readonly Skipped[], l: Lang): string[] => {
    const lines = skipped.slice(0, MAX_SKIPPED_LINES).map((x) => `${x.sheet}!${x.cell}: ${t(`skip.${x.reason}`, l)}`);
    if (skipped.length > MAX_SKIPPED_LINES) lines.push(t("andMore", l, { n: skipped.length - MAX_SKIPPED_LINES }));
    return lines;
  };

  /** Runs one action at a time; a failure becomes a localised message, never a stack trace. */
  async function run<T>(kind: Busy, l: Lang, action: () => Promise<T>): Promise<T | undefined> {
    if (busyRef.current) return undefined;
    busyRef.current = true;
    setBusy(kind);
    try {
      return await action();
    } catch (err) {
      const body = errorMessage(err, l);
      setNotices([{ intent: "error", title: t("errHostTitle", l), body }]);
      announce(body);
      console.error("jixiao:", err);
      return undefined;
    } finally {
      busyRef.current = false;
      setBusy(null);
    }
  }

  /** Shows a fresh validation: the report, what could not be marked, and the counts read aloud. */
  function show(v: Validation, l: Lang, first?: Notice) {
    const r = v.report;
    setReport(r);
    setSettingsChanged(false);
    setFilter((f) => (f.rule !== null && !r.diagnostics.some((d) => d.rule === f.rule) ? { ...f, rule: null } : f));
    const next: Notice[] = first ? [first] : [];
    if (!caps.highlight) next.push({ intent: "info", body: t("noHighlight", l) });
    if (v.marked && v.marked.skipped.length > 0) {
      next.push({
        intent: "warning",
        title: t("markSkipped", l, { n: v.marked.skipped.length }),
        items: skippedLines(v.marked.skipped, l),
      });
    }
    setNotices(next);
    const counts = t("announceCounts", l, r.totals);
    announce(first?.body ? `${first.body} ${counts}` : counts);
  }

  /** Validates and marks the workbook. */
  async function validate() {
    const v = await run("validate", lang, () => validateAndMark(port, fileName, settings));
    if (!v) return;
    setCleared(false);
    show(v, lang);
  }

  async function clear() {
    const out: ClearOutcome | undefined = await run("clear", lang, () => clearHighlights(port));
    if (!out) return;
    setCleared(true);
    const body = out.cellsRestored > 0 ? t("cleared", lang, { n: out.cellsRestored }) : t("clearedNone", lang);
    const next: Notice[] = [{ intent: "success", body }];
    if (out.skipped.length > 0) {
      next.push({ intent: "warning", title: t("clearSkipped", lang, { n: out.skipped.length }), items: skippedLines(out.skipped, lang) });
    }
    setNotices(next);
    announce(body);
  }

  async function summary() {
    const out = await run("summary", lang, () => buildSummarySheet(port, fileName, settings));
    if (!out) return;
    const body = t("summaryBuilt", lang, { sheet: out.sheet, projects: out.model.totals.projects });
    setNotices([{ intent: "success", body }]);
    announce(body);
  }

  async function fix(d: Diagnostic) {
    const v = await run("fix", lang, () => applyFix(port, d, fileName, settings));
    if (!v) return;
    setCleared(false); // applying a fix validates and marks again
    show(v, lang, { intent: "success", body: t("fixApplied", lang, { sheet: d.sheet, cell: d.cell }) });
    // the finding's buttons are gone: keep the keyboard user in the results
    resultsHeading.current?.focus();
  }

  async function select(d: Diagnostic) {
    try {
      await port.select(d.sheet, d.cell);
    } catch (err) {
      const body = errorMessage(err, lang);
      setNotices([{ intent: "error", title: t("errHostTitle", lang), body }]);
      announce(body);
    }
  }

  function update(input: Partial<Settings>): boolean {
    const parsed = parseSettings({ ...settings, ...input }, RULE_IDS);
    if (!parsed.ok) return false;
    setSettings(parsed.settings);
    saveSettings(parsed.settings);
    return true;
  }

  function onFloor(text: string) {
    setFloorText(text);
    const n = text.trim() === "" ? Number.NaN : Number(text);
    const ok = update({ satisfactionFloor: n });
    setFloorError(!ok);
    if (ok && report) setSettingsChanged(true);
  }

  function onProfile(profile: string) {
    if (update({ profile: profile as Settings["profile"] }) && report) setSettingsChanged(true);
  }

  /**
   * A language switch re-renders what the pane holds: the findings are ids and parameters, so the list speaks
   * the new language without reading the workbook again. The notes in the cells are written again from the
   * same findings (a write, never a read); after the user cleared the highlights, the workbook stays clean.
   */
  function onLang(next: Lang) {
    if (next === lang) return;
    setSettings({ ...settings, lang: next });
    if (!report) return;
    const held = reportIn(report, next);
    setReport(held);
    setNotices(caps.highlight ? [] : [{ intent: "info", body: t("noHighlight", next) }]);
    if (cleared || !caps.highlight) return;
    void run("validate", next, async () => {
      const marked = await port.mark(marksFrom(held.diagnostics, next));
      if (marked.skipped.length > 0) {
        setNotices([{ intent: "warning", title: t("markSkipped", next, { n: marked.skipped.length }), items: skippedLines(marked.skipped, next) }]);
      }
    });
  }

  const groups = useMemo(() => (report ? groupFindings(report, filter) : []), [report, filter]);
  const rules = useMemo(() => (report ? rulesPresent(report) : []), [report]);
  const shown = groups.reduce((n, g) => n + g.shown, 0);

  return (
    <main className="jx" aria-labelledby="jixiao-title">
      <h1 id="jixiao-title" className="jx-title">
        {t("appTitle", lang)}
      </h1>
      <ActionBar
        lang={lang}
        busy={busy}
        canValidate={!floorError}
        canClear={caps.highlight}
        onValidate={() => void validate()}
        onClear={() => void clear()}
        onSummary={() => void summary()}
      />
      {floorError && (
        <p role="note" className="jx-p jx-error">
          {t("settingsInvalid", lang)}
        </p>
      )}
      <LiveRegion text={announcement.text} seq={announcement.seq} />
      <Notices notices={notices} />
      {report === null ? (
        <EmptyState lang={lang} />
      ) : (
        <section className="jx-col jx-results" aria-labelledby="jixiao-results">
          <h2 id="jixiao-results" ref={resultsHeading} tabIndex={-1} className="jx-h2">
            {t("resultsHeading", lang)}
          </h2>
          <ResultsSummary report={report} lang={lang} />
          {report.diagnostics.length > 0 && (
            <>
              <Filters
                lang={lang}
                filter={filter}
                counts={{ error: report.totals.errors, warning: report.totals.warnings, info: report.totals.info }}
                rules={rules}
                onChange={setFilter}
              />
              <div className="jx-muted" data-testid="shown-count">
                {shown === 0 ? t("noMatch", lang) : t("shownOf", lang, { shown, total: report.diagnostics.length })}
              </div>
              <FindingList
                groups={groups}
                lang={lang}
                collapsed={collapsed}
                onCollapsedChange={setCollapsed}
                canSelect={caps.select}
                canFix={caps.writeValues}
                busy={busy !== null}
                onSelect={(d) => void select(d)}
                onApplyFix={(d) => void fix(d)}
              />
            </>
          )}
        </section>
      )}
      <SettingsPanel
        lang={lang}
        settings={settings}
        floorText={floorText}
        floorError={floorError}
        disabled={busy !== null}
        changedSinceRun={settingsChanged}
        storedErrors={stored.errors}
        onProfile={onProfile}
        onFloor={onFloor}
        onLang={onLang}
      />
    </main>
  );
}
