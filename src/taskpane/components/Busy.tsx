import { useId } from "react";

/** A running indicator with its label (a progressbar without a value, like Fluent's Spinner, lighter). */
export function Busy({ label }: { label: string }) {
  const id = useId();
  return (
    <span role="progressbar" aria-labelledby={id} className="jx-busy">
      <span aria-hidden="true" className="jx-ring" />
      <span id={id}>{label}</span>
    </span>
  );
}
