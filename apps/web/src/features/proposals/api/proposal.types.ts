import type { Schema } from '../../../lib/api/client';
import type { paths } from '../../../lib/api/schema.gen';

// The proposal as the API returns it: aliases of the schemas generated from the OpenAPI document.
export type Proposal = Schema<'Proposal'>;
export type ProposalItem = Schema<'ProposalItem'>;
export type ProposalComponent = Schema<'ProposalComponent'>;
export type HistoryStep = Schema<'ProposalHistoryStep'>;
export type ReturnReason = Schema<'ReturnReason'>;
export type VerdictReason = NonNullable<ProposalItem['verdict']>['reasons'][number];
export type DiffOutcome = NonNullable<Proposal['lastReturn']>['diff'][number];
export type ProposalSummary = Schema<'ProposalSummary'>;
export type ProposalPage = paths['/proposals']['get']['responses'][200]['content']['application/json'];

export const proposalKey = (id: string) => ['proposals', 'detail', id] as const;
