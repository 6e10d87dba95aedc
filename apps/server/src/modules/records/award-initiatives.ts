import { and, arrayOverlaps, eq, inArray, ne } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { award, initiativeAuthor } from '../../db/schema/index';
import { AppError } from '../../lib/errors';
import type { Subject } from './subject';

const PATH = 'initiativesUsed';

/**
 * The initiatives an award names as its ground must be the subject's own (an author or co-author: each
 * author may count a shared one, Law 2022, Điều 23), and none may already ground another standing award
 * of the subject (CV 5007/BNV-TĐKT III.5.c: one initiative, one award). A revoked award frees them again,
 * as the engine does. `selfId`: the award being edited, which may keep its own.
 */
export async function checkInitiativesUsed(
  tx: Tx,
  subject: Subject,
  ids: readonly string[],
  selfId: string | null,
): Promise<void> {
  if (ids.length === 0) return;
  // Only people author initiatives; the engine reads none for a collective or a household.
  const owned =
    subject.type === 'PERSON'
      ? await tx
          .select({ id: initiativeAuthor.initiativeId })
          .from(initiativeAuthor)
          .where(
            and(
              eq(initiativeAuthor.tenantId, subject.tenantId),
              eq(initiativeAuthor.personId, subject.id),
              inArray(initiativeAuthor.initiativeId, [...ids]),
            ),
          )
      : [];
  const ownedIds = new Set(owned.map((o) => o.id));
  const foreign = ids.find((id) => !ownedIds.has(id));
  if (foreign !== undefined) {
    throw new AppError('INITIATIVE_NOT_OF_SUBJECT', [
      { path: PATH, message: `Sáng kiến, đề tài đã chọn (mã ${foreign}) không phải của ${subject.name}` },
    ]);
  }
  const [other] = await tx
    .select({ id: award.id, awardCode: award.awardCode, year: award.year, used: award.initiativesUsed })
    .from(award)
    .where(
      and(
        eq(award.tenantId, subject.tenantId),
        eq(award.subjectId, subject.id),
        eq(award.isRevoked, false),
        selfId === null ? undefined : ne(award.id, selfId),
        arrayOverlaps(award.initiativesUsed, [...ids]),
      ),
    )
    .limit(1);
  if (other) {
    throw new AppError('INITIATIVE_ALREADY_USED', [
      {
        path: PATH,
        message: `Đã làm căn cứ cho khen thưởng ${other.awardCode} năm ${other.year} của ${subject.name}`,
      },
    ]);
  }
}
