import { useId } from "react";

/** One outcome the user should read: an error, skipped cells, a success. Text only. */
export interface Notice {
  intent: "error" | "warning" | "success" | "info";
  title?: string;
  body?: string;
  /** Details, e.g. one line per skipped cell. */
  items?: string[];
}

const GLYPH = { error: "✕", warning: "!", success: "✓", info: "i" } as const;

/**
 * The outcomes of the last action, drawn like Fluent's MessageBar (which would cost ~4 KiB gzipped).
 * Not live regions themselves: the pane's single live region announces outcomes, so nothing is read twice.
 */
export function Notices({ notices }: { notices: readonly Notice[] }) {
  if (notices.length === 0) return null;
  return (
    <div className="jx-col" data-testid="notices">
      {notices.map((n, i) => (
        <NoticeBar key={i} notice={n} />
      ))}
    </div>
  );
}

export function NoticeBar({ notice: n }: { notice: Notice }) {
  const titleId = useId();
  const titled = n.title !== undefined;
  return (
    <div
      className={`jx-notice jx-notice-${n.intent}`}
      role={titled ? "group" : undefined}
      aria-labelledby={titled ? titleId : undefined}
      data-intent={n.intent}
    >
      <span aria-hidden="true" className="jx-notice-icon">
        {GLYPH[n.intent]}
      </span>
      <div className="jx-notice-body">
        {titled && (
          <span id={titleId} className="jx-notice-title">
            {n.title}
          </span>
        )}
        {n.body !== undefined && <span>{n.body}</span>}
        {n.items && n.items.length > 0 && (
          <ul>
            {n.items.map((item, j) => (
              <li key={j}>{item}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
