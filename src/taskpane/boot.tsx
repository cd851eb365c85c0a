import { createRoot } from "react-dom/client";
import { fileNameOf } from "../app/file-name";
import { ExcelWorkbook, excelSupport } from "../excel";
import { App } from "./App";
import { OutsideOffice } from "./components/OutsideOffice";
import { Unsupported } from "./components/Unsupported";
import { langOf } from "./i18n";
import { Root } from "./Root";

/**
 * The part of office.js the pane's boot reads. Outside Office `context.displayLanguage` and `officeTheme`
 * are undefined (office-research §0.2), so every access is optional.
 */
export interface OfficeLike {
  onReady(callback: (info: { host: unknown }) => unknown): unknown;
  HostType: { Excel: unknown };
  context?: {
    displayLanguage?: string;
    officeTheme?: { isDarkTheme?: boolean };
    document?: { url?: string };
  };
}

export { fileNameOf };

/**
 * Mounts the pane into `container` once office.js is ready: the pane in Excel, a clear message in any other
 * host, and the outside-Office state in a plain browser (or when office.js did not load at all).
 */
export function boot(container: HTMLElement, office: OfficeLike | undefined): void {
  const root = createRoot(container);
  if (!office) {
    root.render(
      <Root>
        <OutsideOffice />
      </Root>,
    );
    return;
  }
  office.onReady((info) => {
    const ctx = office.context;
    const lang = langOf(ctx?.displayLanguage ?? (typeof navigator === "undefined" ? undefined : navigator.language));
    const dark = ctx?.officeTheme?.isDarkTheme === true;
    if (info.host === null || info.host === undefined) {
      root.render(
        <Root dark={dark}>
          <OutsideOffice />
        </Root>,
      );
      return;
    }
    if (info.host !== office.HostType.Excel) {
      root.render(
        <Root dark={dark}>
          <Unsupported lang={lang} reason={`host ${String(info.host)}`} />
        </Root>,
      );
      return;
    }
    let support: { ok: boolean; reason?: string | undefined };
    try {
      support = excelSupport();
    } catch (err) {
      console.error("jixiao:", err);
      support = { ok: false, reason: "the requirement check failed" };
    }
    root.render(
      <Root dark={dark}>
        {support.ok ? (
          <App port={new ExcelWorkbook()} lang={lang} fileName={fileNameOf(ctx?.document?.url)} />
        ) : (
          <Unsupported lang={lang} {...(support.reason ? { reason: support.reason } : {})} />
        )}
      </Root>,
    );
  });
}
