import type { SubjectType } from '../rules/types';

/**
 * Who a record, a proposal item or an award is about, as the database names it. The rules engine
 * speaks of the same three kinds in its own words (SubjectType). A household is its own kind in
 * the law (Luật Thi đua, khen thưởng 2022: Giấy khen, Bằng khen "cho hộ gia đình"), never a
 * collective: every mapping between the two goes through here.
 */
export const RECORD_SUBJECT_TYPES = ['PERSON', 'COLLECTIVE', 'HOUSEHOLD'] as const;
export type RecordSubjectType = (typeof RECORD_SUBJECT_TYPES)[number];

const ENGINE: Record<RecordSubjectType, SubjectType> = {
  PERSON: 'individual',
  COLLECTIVE: 'collective',
  HOUSEHOLD: 'household',
};

// In running text ("cho 2 tập thể và 3 cá nhân"); capitalise for a column or a label.
const NAME: Record<RecordSubjectType, string> = {
  PERSON: 'cá nhân',
  COLLECTIVE: 'tập thể',
  HOUSEHOLD: 'hộ gia đình',
};

/** The rules engine's kind for a record's subject: a household stays a household. */
export function engineSubjectType(type: RecordSubjectType): SubjectType {
  return ENGINE[type];
}

/** "cá nhân", "tập thể" or "hộ gia đình", lower-case as in a sentence. */
export function subjectTypeName(type: RecordSubjectType): string {
  return NAME[type];
}

/** How many of each kind, e.g. for "cho 2 tập thể, 1 hộ gia đình và 3 cá nhân". */
export function countBySubjectType(rows: readonly { subjectType: RecordSubjectType }[]) {
  const counts: Record<RecordSubjectType, number> = { PERSON: 0, COLLECTIVE: 0, HOUSEHOLD: 0 };
  for (const r of rows) counts[r.subjectType] += 1;
  return counts;
}
