import { parseIsoDay } from '../rules/dates';
import type { IsoDate } from '../rules/types';
import { FORM_0601_TT02_2023 } from './forms/tt02-2023-0601';
import { FORM_0602_TT02_2023 } from './forms/tt02-2023-0602';
import { FORM_0603_TT02_2023 } from './forms/tt02-2023-0603';
import { type ReportDefinition, validateDefinition } from './report-definition';

// The statistical forms in force over time. TT 18/2025/TT-BNV replaces TT 2/2023 but its forms were
// not at hand (law-2025-review §4.3, [U]); its definitions are data of the same shape, added here
// or loaded by the server from JSON, with an effective date, and nothing else changes.

export const FORM_CODES = ['0601', '0602', '0603'] as const;
export type FormCode = (typeof FORM_CODES)[number];

export const BUILT_IN_DEFINITIONS: readonly ReportDefinition[] = [
  FORM_0601_TT02_2023,
  FORM_0602_TT02_2023,
  FORM_0603_TT02_2023,
];

export const formCodeOf = (d: Pick<ReportDefinition, 'form'>) => d.form.slice(0, 4);

/** The definition of a form in force on a date: the latest one whose effective date has passed. */
export function definitionAt(
  definitions: readonly ReportDefinition[],
  formCode: string,
  date: IsoDate,
): ReportDefinition | undefined {
  const day = parseIsoDay(date) ?? 0;
  return definitions
    .filter((d) => formCodeOf(d) === formCode)
    .filter((d) => (parseIsoDay(d.effectiveFrom) ?? 0) <= day)
    .filter((d) => !d.effectiveTo || day < (parseIsoDay(d.effectiveTo) ?? 0))
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))
    .at(-1);
}

export function catalogueProblems(definitions: readonly ReportDefinition[]): string[] {
  return definitions.flatMap(validateDefinition);
}
