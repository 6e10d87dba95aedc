import {
  type ProposalActing,
  type ProposalAs,
  proposalPolicy,
} from '@vinhdanh/domain/auth/policies/proposal';
import { decide } from '@vinhdanh/domain/auth/policy';
import type { EntityRef } from '../../lib/access';
import { findProposal, type ProposalRow, unitPaths } from './proposals.repository';

export type { ProposalActing as Acting } from '@vinhdanh/domain/auth/policies/proposal';

export function actingUnitId(p: ProposalRow, acting: ProposalActing): string {
  if (acting === 'SUBMITTER') return p.submittingUnitId;
  if (acting === 'OFFICE') return p.levels[p.levelIndex] ?? p.submittingUnitId;
  return p.levels[p.levels.length - 1] ?? p.submittingUnitId;
}

const ACTING: ProposalActing[] = ['SUBMITTER', 'OFFICE', 'DECIDER'];

/**
 * The proposal for requireAccess, reached as `as` (the domain's proposal policy). The role's
 * permission is checked before the load, so an actor without it is refused whether or not the
 * id exists.
 */
export function proposalRef(
  id: string,
  as: ProposalAs,
): EntityRef<ProposalRow & { paths: Record<ProposalActing, string> }> {
  return {
    load: async (db, tenantId) => {
      const p = await findProposal(db, tenantId, id);
      if (!p) return undefined;
      const known = await unitPaths(db, tenantId, [...new Set(ACTING.map((a) => actingUnitId(p, a)))]);
      const pathOf = (a: ProposalActing) => known.get(actingUnitId(p, a)) ?? '/';
      return {
        ...p,
        paths: { SUBMITTER: pathOf('SUBMITTER'), OFFICE: pathOf('OFFICE'), DECIDER: pathOf('DECIDER') },
      };
    },
    notFound: 'PROPOSAL_NOT_FOUND',
    policy: (actor, permission, p) => proposalPolicy(actor, permission, p, as),
    precheck: decide,
  };
}
