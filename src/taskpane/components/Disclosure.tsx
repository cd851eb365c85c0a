import { Button } from "@fluentui/react-components";
import { ReactNode, useId } from "react";
import { cx } from "../styles";

/**
 * A heading whose button shows or hides a panel (the WAI-ARIA disclosure pattern). Lighter than Fluent's
 * Accordion, which brings a motion library the pane does not need (≈22 KiB gzipped).
 */
export function Disclosure(props: {
  level: 2 | 3;
  open: boolean;
  onToggle(): void;
  header: ReactNode;
  children: ReactNode;
  "data-project"?: string;
}) {
  const panelId = useId();
  const Heading = props.level === 2 ? "h2" : "h3";
  return (
    <div data-project={props["data-project"]}>
      <Heading className="jx-disclosure-h">
        <Button appearance="subtle" className="jx-disclosure-btn" aria-expanded={props.open} aria-controls={panelId} onClick={props.onToggle}>
          <span aria-hidden="true" className={cx("jx-chevron", props.open && "jx-chevron-open")}>
            ›
          </span>
          <span className="jx-grow">{props.header}</span>
        </Button>
      </Heading>
      <div id={panelId} hidden={!props.open}>
        {props.open && props.children}
      </div>
    </div>
  );
}
