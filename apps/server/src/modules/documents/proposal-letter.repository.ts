import { vietnamDate } from '@vinhdanh/domain/calendar/vietnam-time';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { orgUnit, person, proposalEvent, proposalItem } from '../../db/schema/index';

/** One line of a tờ trình's list: who, their position and unit, the award asked for, why. */
export type LetterRow = {
  subjectType: 'PERSON' | 'COLLECTIVE' | 'HOUSEHOLD';
  name: string;
  /**
   * "Giáo viên, Trường THPT Số 1" for a person; the parent unit for a unit as a collective; the unit
   * a team or household belongs to.
   */
  unitLine: string;
  awardCode: string;
  achievement: string | null;
};

const itemUnit = alias(orgUnit, 'item_unit');
const parentUnit = alias(orgUnit, 'parent_unit');

/** The proposal's items, collectives first, then people in Vietnamese name order. */
export async function listLetterRows(db: Db, tenantId: string, proposalId: string): Promise<LetterRow[]> {
  const rows = await db
    .select({
      subjectType: proposalItem.subjectType,
      subjectId: proposalItem.subjectId,
      unitId: proposalItem.unitId,
      name: proposalItem.subjectName,
      awardCode: proposalItem.awardCode,
      achievement: proposalItem.achievement,
      position: person.position,
      unitName: itemUnit.name,
      parentName: parentUnit.name,
    })
    .from(proposalItem)
    .leftJoin(
      person,
      and(
        eq(person.tenantId, proposalItem.tenantId),
        eq(person.id, proposalItem.subjectId),
        eq(proposalItem.subjectType, 'PERSON'),
      ),
    )
    .leftJoin(
      itemUnit,
      and(eq(itemUnit.tenantId, proposalItem.tenantId), eq(itemUnit.id, proposalItem.unitId)),
    )
    .leftJoin(
      parentUnit,
      and(eq(parentUnit.tenantId, itemUnit.tenantId), eq(parentUnit.id, itemUnit.parentId)),
    )
    .where(and(eq(proposalItem.tenantId, tenantId), eq(proposalItem.proposalId, proposalId)))
    .orderBy(
      sql`case when ${proposalItem.subjectType} = 'PERSON' then 1 else 0 end`,
      sql`${person.nameSort} collate "C"`,
      asc(proposalItem.subjectName),
      asc(proposalItem.id),
    );
  return rows.map((r) => ({
    subjectType: r.subjectType,
    name: r.name,
    unitLine:
      r.subjectType === 'PERSON'
        ? [r.position, r.unitName].filter(Boolean).join(', ')
        : r.subjectId === r.unitId
          ? (r.parentName ?? '')
          : (r.unitName ?? ''),
    awardCode: r.awardCode,
    achievement: r.achievement,
  }));
}

/** The Vietnamese date of the latest "submit" step (a resubmission after a return dates a new letter). */
export async function lastSubmittedOn(db: Db, tenantId: string, proposalId: string): Promise<string | null> {
  const [row] = await db
    .select({ at: proposalEvent.at })
    .from(proposalEvent)
    .where(
      and(
        eq(proposalEvent.tenantId, tenantId),
        eq(proposalEvent.proposalId, proposalId),
        eq(proposalEvent.command, 'submit'),
      ),
    )
    .orderBy(desc(proposalEvent.at))
    .limit(1);
  return row ? vietnamDate(new Date(row.at)) : null;
}
