import { and, count, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { publicComment } from '../../db/schema/index';

/** Comments of the proposal nobody has triaged yet (status NEW). */
export async function countNewComments(db: Db | Tx, tenantId: string, proposalId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(publicComment)
    .where(
      and(
        eq(publicComment.tenantId, tenantId),
        eq(publicComment.proposalId, proposalId),
        eq(publicComment.status, 'NEW'),
      ),
    );
  return row?.n ?? 0;
}
