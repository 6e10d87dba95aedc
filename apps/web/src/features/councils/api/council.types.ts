import type { Schema } from '../../../lib/api/client';

// The shapes come from the server's OpenAPI document (generated); only the query keys live here.
export type CouncilSession = Schema<'CouncilSession'>;
/** One dossier item on the agenda: the engine's verdict, the appraisal and, once closed, the tally. */
export type AgendaItem = CouncilSession['agenda'][number];
export type CouncilStatus = CouncilSession['status'];
export type Minutes = Schema<'CouncilMinutes'>;
export type CouncilPage = Schema<'CouncilSessionPage'>;
export type CouncilSummary = Schema<'CouncilSessionSummary'>;
export type MemberCandidate = Schema<'CouncilMemberCandidate'>;
export type ProposalCandidate = Schema<'CouncilProposalCandidate'>;
export type CreateCouncilInput = Schema<'CreateCouncilSessionInput'>;

export const councilKey = (id: string) => ['councils', id] as const;
export const councilListKey = ['councils', 'list'] as const;
