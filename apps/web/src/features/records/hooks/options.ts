import {
  AWARD_KINDS,
  DISCIPLINE_FORMS,
  HOLD_REASONS,
  INITIATIVE_SCOPES,
  INITIATIVE_TYPES,
  RATINGS,
} from '@vinhdanh/domain/rules/types';
import { ui } from '../../../i18n/ui';
import { uiInputs } from '../../../i18n/ui-inputs';
import { useAwardCatalogue } from '../../../lib/award-names';
import { currentYear, isRefusedDate } from '../../../lib/dates';
import { isRefusedNumber } from '../../../lib/vn-number';
import type { SubjectKind } from '../api/records.types';

const r = ui.records;
const from = (codes: readonly string[], names: Record<string, string>) =>
  codes.map((value) => ({ value, label: names[value] ?? value }));

/**
 * Awards the catalogue in force gives to this kind of subject, the province's own included (the
 * server accepts them; the list offered only the law's codes).
 */
export function useAwardOptions(kind?: SubjectKind) {
  const type = kind === 'COLLECTIVE' ? 'collective' : 'individual';
  return useAwardCatalogue()
    .filter((a) => !kind || a.subjectTypes.includes(type))
    .map((a) => ({ value: a.code, label: a.name }));
}

export const kindOptions = from(AWARD_KINDS, r.kinds);
export const ratingOptions = from([...RATINGS].reverse(), ui.people.ratings);
export const disciplineOptions = from(DISCIPLINE_FORMS, r.disciplineForms);
export const holdOptions = from(HOLD_REASONS, r.holdReasons);
export const scopeOptions = from(INITIATIVE_SCOPES, r.scopes);
export const initiativeTypeOptions = from(INITIATIVE_TYPES, r.initiativeTypes);
export const groundOptions = from(['A', 'B', 'C', 'D'], r.grounds);

export const thisYear = currentYear;
/** Also blocks a number field whose text was refused (the field shows why). */
export const required = (value: unknown) =>
  isRefusedNumber(value)
    ? uiInputs.number.invalid
    : isRefusedDate(value)
      ? uiInputs.date.refused
      : value === null || value === undefined || value === ''
        ? r.required
        : null;
/** Empty inputs go to the API as null. */
export const orNull = (value: string) => value.trim() || null;
