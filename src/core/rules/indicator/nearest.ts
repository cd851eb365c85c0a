import { editDistance } from "../../text/normalize";

/**
 * The closest name among `candidates` when it is close enough to be a typo or a shortening:
 * 产出 → 产出指标, 社会效应指标 → 社会效益指标. 双星指标 is close to nothing and gets no suggestion.
 */
export function nearestName(key: string, candidates: readonly string[]): string | null {
  if (!key) return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = c.startsWith(key) || key.startsWith(c) ? Math.abs(c.length - key.length) * 0.5 : editDistance(key, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  if (best === null) return null;
  return bestDistance <= Math.max(1, Math.floor(best.length / 3)) ? best : null;
}
