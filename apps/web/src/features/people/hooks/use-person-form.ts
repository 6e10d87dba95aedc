import { useForm } from '@mantine/form';
import { ui } from '../../../i18n/ui';
import { uiInputs } from '../../../i18n/ui-inputs';
import { isRefusedDate, todayIso } from '../../../lib/dates';
import type { Gender, Person, PersonInput, SubjectGroup } from '../api/people.types';

export type PersonFormValues = {
  fullName: string;
  gender: Gender | '';
  birthDate: string | null;
  ethnicity: string;
  citizenId: string;
  position: string;
  isLeader: boolean;
  isDirectWorker: boolean;
  subjectGroup: SubjectGroup;
  recruitedOn: string | null;
  unitId: string | null;
};

export const PERSON_FIELDS = [
  'fullName',
  'gender',
  'birthDate',
  'ethnicity',
  'citizenId',
  'position',
  'isLeader',
  'isDirectWorker',
  'subjectGroup',
  'recruitedOn',
  'unitId',
] as const;

const f = ui.people.form;

function notInFuture(value: string | null) {
  if (isRefusedDate(value)) return uiInputs.date.refused;
  return value && value > todayIso() ? f.dateInFuture : null;
}

/** The same rules as the server, so most mistakes are caught before the request. */
export function usePersonForm(initialValues: PersonFormValues) {
  return useForm<PersonFormValues>({
    mode: 'controlled',
    initialValues,
    validate: {
      fullName: (value) => {
        const name = value.trim();
        if (!name) return f.fullNameRequired;
        if (name.length < 2) return f.fullNameShort;
        if (name.length > 120) return f.fullNameLong;
        return /^[\p{L}\s'.-]+$/u.test(name) ? null : f.fullNameLetters;
      },
      gender: (value) => (value ? null : f.genderRequired),
      citizenId: (value) => (!value.trim() || /^\d{12}$/.test(value.trim()) ? null : f.citizenIdFormat),
      unitId: (value) => (value ? null : f.unitRequired),
      birthDate: notInFuture,
      recruitedOn: notInFuture,
    },
  });
}

export function emptyPersonValues(unitId: string | null): PersonFormValues {
  return {
    fullName: '',
    gender: '',
    birthDate: null,
    ethnicity: '',
    citizenId: '',
    position: '',
    isLeader: false,
    isDirectWorker: false,
    subjectGroup: 'CBCCVC',
    recruitedOn: null,
    unitId,
  };
}

/** Masked sensitive values ('***') are not editable values: the field starts empty and means "keep". */
export function personToValues(person: Person): PersonFormValues {
  const clear = (value: string | null) => (value && !value.includes('*') ? value : '');
  return {
    fullName: person.fullName,
    gender: person.gender,
    birthDate: person.isRevealed ? person.birthDate : null,
    ethnicity: person.isRevealed ? clear(person.ethnicity) : '',
    citizenId: person.isRevealed ? clear(person.citizenId) : '',
    position: person.position ?? '',
    isLeader: person.isLeader,
    isDirectWorker: person.isDirectWorker,
    subjectGroup: person.subjectGroup,
    recruitedOn: person.recruitedOn,
    unitId: person.unitId,
  };
}

export function valuesToInput(values: PersonFormValues): PersonInput {
  const orNull = (value: string) => value.trim() || null;
  return {
    fullName: values.fullName.trim().replace(/\s+/g, ' '),
    gender: values.gender as Gender,
    birthDate: values.birthDate || null,
    ethnicity: orNull(values.ethnicity),
    citizenId: orNull(values.citizenId),
    position: orNull(values.position),
    isLeader: values.isLeader,
    isDirectWorker: values.isDirectWorker,
    subjectGroup: values.subjectGroup,
    recruitedOn: values.recruitedOn || null,
    unitId: values.unitId ?? '',
  };
}
