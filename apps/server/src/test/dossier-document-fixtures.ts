import type { Db } from '../db/client';
import { proposal, proposalEvent, proposalItem } from '../db/schema/index';
import { newId } from '../lib/ids';
import { addPerson, addUnit, type Fixture } from './fixtures';

// Proposals with named nominees, written straight to the database, for the Tờ trình and Biên bản
// tests (the workflow that produces them has its own tests).

type Nominee = { name: string; awardCode: string; position?: string; collective?: boolean };

/**
 * A proposal of Trường THPT Số 1 (fx.ownChild) for `nominees`: people (or, for `collective`, a
 * team unit) created under the school. `submittedOn` records a "submit" step at 10:00 that day.
 */
export async function seedNamedProposal(
  db: Db,
  fx: Fixture,
  opts: {
    nominees: Nominee[];
    state?: string;
    levels?: string[];
    deciderRole?: string;
    submittedOn?: string;
    appraised?: boolean;
  },
) {
  const tenantId = fx.tenantA;
  const unitId = fx.ownChild.id;
  const id = newId();
  await db.insert(proposal).values({
    tenantId,
    id,
    kind: 'CONG_TRANG',
    title: 'Đề nghị khen thưởng năm học 2024 - 2025',
    year: 2025,
    submittingUnitId: unitId,
    levels: opts.levels ?? [unitId],
    deciderRole: opts.deciderRole ?? 'THU_TRUONG_DON_VI',
    ruleSetId: 'LTDKT-2022+ND-152-2025',
    state: opts.state ?? 'SUBMITTED',
    requirements: { publicComment: false, councilVote: true, simplified: false, proposeUp: false },
    components: [],
    stepEnteredOn: '2026-01-10',
    createdBy: newId(),
  });
  const itemIds: string[] = [];
  for (const n of opts.nominees) {
    const subjectId = n.collective
      ? (await addUnit(db, tenantId, fx.ownChild, n.name)).id
      : await addPerson(db, tenantId, unitId, n.name, { position: n.position ?? 'Giáo viên' });
    const itemId = newId();
    itemIds.push(itemId);
    await db.insert(proposalItem).values({
      tenantId,
      id: itemId,
      proposalId: id,
      subjectType: n.collective ? 'COLLECTIVE' : 'PERSON',
      subjectId,
      // addUnit numbers the name; the document prints the name the proposal holds.
      subjectName: n.name,
      unitId: n.collective ? subjectId : unitId,
      awardCode: n.awardCode,
      achievement: `Hoàn thành xuất sắc nhiệm vụ năm học 2024 - 2025 (${n.name})`,
      appraisal: opts.appraised ? 'CONFIRMED' : 'PENDING',
      appraisedEligible: opts.appraised ? true : null,
    });
  }
  if (opts.submittedOn) {
    await db.insert(proposalEvent).values({
      tenantId,
      id: newId(),
      proposalId: id,
      at: `${opts.submittedOn}T03:00:00.000Z`,
      command: 'submit',
      fromState: 'UNIT_REVIEW',
      toState: 'SUBMITTED',
    });
  }
  return { id, itemIds, unitId };
}
