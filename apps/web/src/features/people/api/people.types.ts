import type { QueryOf, Schema } from '../../../lib/api/client';

// Aliases of the schemas generated from the OpenAPI document; the lists below feed the forms' options.
export type Person = Schema<'Person'>;
export type Gender = Person['gender'];
export type SubjectGroup = Person['subjectGroup'];
export const SUBJECT_GROUPS: SubjectGroup[] = ['CBCCVC', 'CONG_NHAN', 'NONG_DAN', 'NGUOI_LAO_DONG', 'LLVT'];

export type PeopleSearch = QueryOf<'/people'>;
export type PeopleSort = NonNullable<PeopleSearch['sort']>;
export const PEOPLE_SORTS: PeopleSort[] = ['name', '-name', 'unit', 'birthYear', '-birthYear'];

/** The person form's values: every field of the creation input, none left out. */
export type PersonInput = Required<Schema<'CreatePersonInput'>>;
