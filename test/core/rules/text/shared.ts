import { FormSpec } from "../../../support/form-grid";
import { withTarget } from "../helpers";

// Helpers several text/ rule tests use.
/** cleanForm() with another name for the 数量指标 indicator (D13). */
export const named = (name: string, overrides: Partial<FormSpec> = {}): FormSpec => ({ ...withTarget("数量指标", "=2.00(次)", name), ...overrides });
