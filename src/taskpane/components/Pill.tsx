import { ReactNode } from "react";
import { cx } from "../styles";

export type Tone = "error" | "warning" | "info";

/**
 * A severity label (what Fluent's Badge draws, without its weight). Errors and warnings are filled; info
 * and zero counts are quiet outlines. The words, not only the colour, carry the meaning.
 */
export function Pill(props: { tone: Tone; filled?: boolean; size?: "small"; children: ReactNode; "data-testid"?: string }) {
  const filled = props.filled !== false && props.tone !== "info";
  return (
    <span
      className={cx("jx-pill", props.size === "small" && "jx-pill-small", filled && `jx-pill-${props.tone}`)}
      data-testid={props["data-testid"]}
    >
      {props.children}
    </span>
  );
}
