import type { Db } from '../../db/client';
import type { RequestContext } from '../../lib/context';

/** The proposal for the leading unit: one Cờ thi đua for the winner, submitted by the organiser. */
export type LeaderProposalInput = {
  kind: 'CONG_TRANG';
  title: string;
  year: number;
  submittingUnitId: string;
  movementId?: string;
  items: {
    subjectType: 'COLLECTIVE';
    subjectId: string;
    awardCode: 'CO_CP' | 'CO_BO_TINH';
    achievement: string;
  }[];
};

/**
 * Makes the proposal: the proposals module's createProposals, which routes and checks it as any other.
 * Proposals read the cluster leadership (appraisal, the Cờ thi đua cap), so clusters may not import
 * proposals; the route that joins the two (proposals/cluster-leader.routes.ts) passes it in.
 */
export type ProposalMaker<P extends { id: string }> = (
  db: Db,
  ctx: RequestContext,
  input: LeaderProposalInput,
) => Promise<{ proposals: P[] }>;
