import { lenient } from "./lenient";
import { shanghai } from "./shanghai";
import type { ProfileSpec } from "./spec";

export type { ProfileSpec } from "./spec";

/** The profiles a user may choose, by name; the settings, the report schema and the CLI list these. */
export const PROFILES = ["shanghai", "lenient"] as const;
export type Profile = (typeof PROFILES)[number];

export const DEFAULT_PROFILE: Profile = "shanghai";

const SPECS: Readonly<Record<Profile, ProfileSpec>> = { shanghai, lenient };

export function profileSpec(name: Profile): ProfileSpec {
  return SPECS[name];
}
