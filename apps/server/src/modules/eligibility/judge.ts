import { engineSubjectType } from '@vinhdanh/domain/records/subject-type';
import { prepareHistory } from '@vinhdanh/domain/rules/history';
import { type Judgement, judgeAward, judgeSubject } from '@vinhdanh/domain/rules/judge';
import type { AwardCode, AwardKind, History } from '@vinhdanh/domain/rules/types';
import type { Db, Tx } from '../../db/client';
import { loadTenantRuleSets, type TenantRuleSets } from '../rule-params/index';
import { loadCollectiveHistories, loadPersonHistories, loadRecordHistories } from './history.repository';

// The one way the server answers "may this subject be proposed for this award for this year?"
// (issue 11.3). The person page, the scan behind "Gợi ý đề nghị" and the dossier check all come here:
// the same history, the same rule set (the tenant's, in force on 31 December of the year), the same
// verdict (packages/domain/src/rules/judge.ts, with "one achievement, one award", Law 2022, Điều 5).

export type SubjectRef = { subjectType: 'PERSON' | 'COLLECTIVE' | 'HOUSEHOLD'; subjectId: string };

export type ItemQuestion = SubjectRef & {
  /** The caller's key for the answer (a dossier item id). */
  key: string;
  awardCode: string;
  kind?: AwardKind;
  achievement?: string | null;
};

/**
 * Histories of people, collectives (org units, else named teams) and households, in bulk. A subject
 * without records gets an empty history of its type, so every question has an answer.
 */
export async function loadHistories(
  db: Db | Tx,
  tenantId: string,
  subjects: SubjectRef[],
  year: number,
): Promise<Map<string, History>> {
  const ids = (type: SubjectRef['subjectType']) => [
    ...new Set(subjects.filter((s) => s.subjectType === type).map((s) => s.subjectId)),
  ];
  const units = ids('COLLECTIVE');
  const out = new Map<string, History>([
    ...(await loadPersonHistories(db as Db, tenantId, ids('PERSON'))),
    ...(await loadCollectiveHistories(db as Db, tenantId, units, year)),
  ]);
  // Named teams are collectives that are not org units: their own records, no member statistics.
  const teams = units.filter((id) => !out.has(id));
  for (const [id, h] of await loadRecordHistories(db as Db, tenantId, teams, { type: 'collective' }))
    out.set(id, h);
  for (const [id, h] of await loadRecordHistories(db as Db, tenantId, ids('HOUSEHOLD'), {
    type: 'household',
  }))
    out.set(id, h);
  for (const s of subjects)
    if (!out.has(s.subjectId)) out.set(s.subjectId, { subject: { type: engineSubjectType(s.subjectType) } });
  return out;
}

/** The tenant's rule sets; a year's review is judged under those in force on its 31 December. */
export const loadRuleSets = (db: Db | Tx, tenantId: string): Promise<TenantRuleSets> =>
  loadTenantRuleSets(db as Db, tenantId);

/** Every award of the year for each subject: the person page (one subject) and the scan (a batch). */
export async function judgeSubjects(
  db: Db | Tx,
  tenantId: string,
  year: number,
  subjects: SubjectRef[],
  options: { explain?: boolean; ruleSets?: TenantRuleSets } = {},
) {
  const ruleSets = options.ruleSets ?? (await loadRuleSets(db, tenantId));
  const ruleSet = ruleSets.ofYear(year);
  const histories = await loadHistories(db, tenantId, subjects, year);
  const out = new Map<string, { history: History; verdicts: Judgement[] }>();
  for (const [id, history] of histories)
    out.set(id, { history, verdicts: judgeSubject(history, year, ruleSet, { explain: options.explain }) });
  return { ruleSet, ruleSets, subjects: out };
}

/** One award per question: the dossier check of its items. */
export async function judgeItems(
  db: Db | Tx,
  tenantId: string,
  year: number,
  items: ItemQuestion[],
  options: { ruleSets?: TenantRuleSets } = {},
): Promise<Map<string, Judgement>> {
  const ruleSet = (options.ruleSets ?? (await loadRuleSets(db, tenantId))).ofYear(year);
  const histories = await loadHistories(db, tenantId, items, year);
  // Indexed once per subject: a dossier may ask several awards of one person.
  const prepared = new Map([...histories].map(([id, h]) => [id, prepareHistory(h)]));
  const out = new Map<string, Judgement>();
  for (const item of items) {
    const history = prepared.get(item.subjectId)!;
    const target = {
      award: item.awardCode as AwardCode,
      year,
      kind: item.kind,
      achievement: item.achievement,
    };
    out.set(item.key, judgeAward(history, target, ruleSet));
  }
  return out;
}
