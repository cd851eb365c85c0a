/**
 * A polite live region, mounted from the start so that screen readers announce each change. `seq` makes
 * the same sentence announced again after a second run (the child is replaced, not edited).
 */
export function LiveRegion({ text, seq }: { text: string; seq: number }) {
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className="jx-sr" data-testid="live-region">
      <span key={seq}>{text}</span>
    </div>
  );
}
