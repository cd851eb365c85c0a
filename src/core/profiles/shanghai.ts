import type { ProfileSpec } from "./spec";

/** The Shanghai template (template.md): the taxonomy as rules.md prints it, and every field required. */
export const shanghai: ProfileSpec = {
  name: "shanghai",
  taxonomyAdditions: {},
  categoryStandIns: {},
  absentField: "error",
  severities: {},
};
