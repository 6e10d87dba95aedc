import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { complaint } from '../../db/schema/index';
import { authorizeCitizen } from '../../lib/access';
import type { RequestContext } from '../../lib/context';

/**
 * What a signed-in citizen filed online: their complaints and denunciations, newest first. Only
 * the rows their account filed, in their tenant; never another citizen's, never the case file.
 */
export async function listCitizenFilings(db: Db, ctx: RequestContext) {
  const { tenantId, userId } = authorizeCitizen(ctx);
  return { items: await filingsOf(db, tenantId, userId) };
}

/** The filings of one citizen account (the portal page calls it with the signed-in citizen). */
export async function filingsOf(db: Db, tenantId: string, userId: string) {
  return db
    .select({
      trackingCode: complaint.trackingCode,
      filedAs: complaint.filedAs,
      subjectName: complaint.subjectName,
      state: complaint.state,
      receivedOn: complaint.receivedOn,
      concludedOn: complaint.concludedOn,
      answer: complaint.answer,
    })
    .from(complaint)
    .where(and(eq(complaint.tenantId, tenantId), eq(complaint.filedByUserId, userId)))
    .orderBy(desc(complaint.createdAt));
}
