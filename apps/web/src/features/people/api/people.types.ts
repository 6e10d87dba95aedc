export type Gender = 'NAM' | 'NU';
export type SubjectGroup = 'CBCCVC' | 'CONG_NHAN' | 'NONG_DAN' | 'NGUOI_LAO_DONG' | 'LLVT';
export const SUBJECT_GROUPS: SubjectGroup[] = ['CBCCVC', 'CONG_NHAN', 'NONG_DAN', 'NGUOI_LAO_DONG', 'LLVT'];

export type Person = {
  id: string;
  fullName: string;
  gender: Gender;
  birthDate: string | null;
  ethnicity: string | null;
  citizenId: string | null;
  position: string | null;
  isLeader: boolean;
  isDirectWorker: boolean;
  subjectGroup: SubjectGroup;
  recruitedOn: string | null;
  unitId: string;
  unitName: string;
  version: number;
  /** False when birthDate, ethnicity and citizenId are masked by the server. */
  isRevealed: boolean;
};

export type PeopleSort = 'name' | '-name' | 'unit' | 'birthYear' | '-birthYear';
export const PEOPLE_SORTS: PeopleSort[] = ['name', '-name', 'unit', 'birthYear', '-birthYear'];

export type PeopleSearch = {
  q?: string;
  unitId?: string;
  page?: number;
  pageSize?: number;
  sort?: PeopleSort;
};

export type PersonInput = {
  fullName: string;
  gender: Gender;
  birthDate: string | null;
  ethnicity: string | null;
  citizenId: string | null;
  position: string | null;
  isLeader: boolean;
  isDirectWorker: boolean;
  subjectGroup: SubjectGroup;
  recruitedOn: string | null;
  unitId: string;
};
