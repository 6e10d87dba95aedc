import { z } from '@hono/zod-openapi';
import { unitId, version } from '../movements/index';

export const openVoteInput = z
  .object({
    /** The top N of the ranking stand as candidates; absent = every member. */
    candidateCount: z
      .number({ error: 'Số đơn vị được suy tôn phải là số' })
      .int({ error: 'Số đơn vị được suy tôn phải là số nguyên' })
      .min(1, { error: 'Cần ít nhất một đơn vị được suy tôn' })
      .max(200, { error: 'Tối đa 200 đơn vị được suy tôn' })
      .optional(),
  })
  .strict()
  .openapi('OpenClusterVoteInput');
export type OpenVoteInput = z.infer<typeof openVoteInput>;

export const clusterBallotInput = z
  .object({
    /** The member unit casting its ballot (the actor must be its officer). */
    voterUnitId: unitId('Đơn vị bỏ phiếu'),
    candidateUnitId: unitId('Đơn vị được bầu'),
  })
  .strict()
  .openapi('ClusterBallotInput');
export type ClusterBallotInput = z.infer<typeof clusterBallotInput>;

export const closeVoteInput = z.object({ version }).strict().openapi('CloseClusterVoteInput');
export type CloseVoteInput = z.infer<typeof closeVoteInput>;

export const proposeLeaderInput = z
  .object({ movementId: z.uuid({ error: 'Phong trào không hợp lệ' }).optional() })
  .strict()
  .openapi('ProposeClusterLeaderInput');
export type ProposeLeaderInput = z.infer<typeof proposeLeaderInput>;

export const ballotRecorded = z.object({ recorded: z.literal(true) }).openapi('ClusterBallotRecorded');

export const clusterVoteView = z
  .object({
    id: z.string(),
    year: z.number(),
    status: z.enum(['OPEN', 'CLOSED']),
    version: z.number(),
    candidateCount: z.number().nullable(),
    candidates: z.array(
      z.object({
        unitId: z.string(),
        unitName: z.string(),
        rank: z.number(),
        votes: z.number().optional(),
      }),
    ),
    voters: z.array(z.object({ unitId: z.string(), unitName: z.string(), hasVoted: z.boolean() })),
    votedCount: z.number(),
    myVoterUnits: z.array(z.object({ id: z.string(), name: z.string() })),
    result: z
      .object({
        winnerUnitId: z.string(),
        winnerUnitName: z.string(),
        text: z.string(),
        tieBroken: z.boolean(),
        closedOn: z.string().nullable(),
      })
      .nullable(),
    proposalId: z.string().nullable(),
  })
  .openapi('ClusterVote');
