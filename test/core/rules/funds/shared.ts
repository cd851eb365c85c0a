import { FormSpec, cleanForm } from "../../../support/form-grid";

// Helpers several funds/ rule tests use.
/** The money block of cleanForm() (annual 100,000.00 all appropriated), with some amounts changed. */
export function withFunds(funds: NonNullable<FormSpec["funds"]>, overrides: Partial<FormSpec> = {}): FormSpec {
  return cleanForm({ ...overrides, funds: { annualTotal: 100000, appropriation: 100000, carryover: 0, annualOther: 0, ...funds } });
}
