import { HostCapabilities } from "../app/ports";

/** The ExcelApi sets jixiao needs or uses when present (toolchain guide; manifest floor = FLOOR). */
export const API = {
  /**
   * The floor (manifest.xml): used ranges, settings, protection, formats, and RangeFill.pattern, which tells
   * "no fill" from white. Office 2019 (1.7) is below it on purpose: its webviews cannot run the pane.
   */
  floor: "1.9",
  /** Range.getMergedAreasOrNullObject. */
  merges: "1.13",
  /** Excel.run's { delayForCellEdit } option. */
  delayForCellEdit: "1.11",
  /** Worksheet.notes. */
  notes: "1.18",
} as const;

export interface ExcelSupport {
  ok: boolean;
  /** Why jixiao cannot run here (English; the pane shows its own localised text when ok is false). */
  reason?: string;
  capabilities: HostCapabilities;
  merges: boolean;
  /** Whether a run can ask to wait for the user to finish editing a cell (ExcelApi 1.11). */
  delayForCellEdit?: boolean;
}

/** What this host supports, read from Office.context.requirements (which is undefined outside Office). */
export function excelSupport(): ExcelSupport {
  const requirements = typeof Office === "undefined" ? undefined : Office.context?.requirements;
  const has = (v: string) => {
    try {
      return !!requirements?.isSetSupported("ExcelApi", v);
    } catch {
      return false;
    }
  };
  const ok = has(API.floor);
  const capabilities: HostCapabilities = { highlight: ok, notes: ok && has(API.notes), select: ok, writeValues: ok };
  const support: ExcelSupport = { ok, capabilities, merges: has(API.merges), delayForCellEdit: has(API.delayForCellEdit) };
  if (!ok) support.reason = requirements ? `this Excel does not support ExcelApi ${API.floor} (Office 2021 or later, or Microsoft 365, is needed)` : "not running inside Excel";
  return support;
}
