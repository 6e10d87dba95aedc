import { z } from '@hono/zod-openapi';
import { allowedActionsSchema } from '../../lib/openapi';
import { expectedVersion } from '../proposals/index';
import { COUNCIL_SESSION_ACTIONS } from './council-access';

export const createSessionInput = z
  .object({
    unitId: z.uuid({ error: 'Chọn đơn vị có Hội đồng' }),
    title: z.string().trim().min(3, 'Nhập tên phiên họp').max(300),
    meetingOn: z.iso.date({ error: 'Ngày họp không hợp lệ' }),
    quorum: z.number().int().min(1, 'Số thành viên tối thiểu phải từ 1').max(200),
    members: z
      .array(z.object({ userId: z.uuid(), personId: z.uuid().optional(), isPresent: z.boolean() }).strict())
      .min(1, 'Phiên họp cần có thành viên')
      .max(200),
    proposalIds: z.array(z.uuid()).min(1, 'Chọn hồ sơ đưa ra Hội đồng').max(100),
  })
  .strict()
  .openapi('CreateCouncilSessionInput');
export type CreateSessionInput = z.infer<typeof createSessionInput>;

const choice = z.enum(['YES', 'NO', 'ABSTAIN'], {
  error: 'Phiếu là đồng ý, không đồng ý hoặc không biểu quyết',
});

const itemChoice = z.object({ itemId: z.uuid({ error: 'Mã đối tượng không hợp lệ' }), choice }).strict();

/**
 * A member's whole ballot, sent once after a confirmation: one choice for every nominee the member
 * may vote on. Nothing is stored before; the ballot is final after.
 */
export const ballotInput = z
  .object({
    choices: z
      .array(itemChoice)
      .min(1, 'Phiếu cần có lựa chọn cho từng đối tượng')
      .max(500)
      .refine((cs) => new Set(cs.map((c) => c.itemId)).size === cs.length, {
        message: 'Mỗi đối tượng chỉ có một lựa chọn trên phiếu',
      }),
  })
  .strict()
  .openapi('BallotInput');
export type BallotInput = z.infer<typeof ballotInput>;

export const writtenBallotInput = z
  .object({ memberUserId: z.uuid({ error: 'Mã thành viên không hợp lệ' }), itemId: z.uuid(), choice })
  .strict()
  .openapi('WrittenBallotInput');
export type WrittenBallotInput = z.infer<typeof writtenBallotInput>;

export const closeSessionInput = z.object({ expectedVersion }).strict().openapi('CloseCouncilSessionInput');

export const sessionIdParam = z.object({ id: z.uuid({ error: 'Mã phiên họp không hợp lệ' }) });

export const listSessionsQuery = z.object({
  status: z
    .enum(['OPEN', 'CLOSED'], { error: 'Trạng thái phiên họp là đang họp hoặc đã kết thúc' })
    .optional(),
  page: z.coerce
    .number({ error: 'Số trang không hợp lệ' })
    .int('Số trang không hợp lệ')
    .min(1, 'Số trang từ 1')
    .default(1),
  pageSize: z.coerce
    .number({ error: 'Số dòng mỗi trang không hợp lệ' })
    .int('Số dòng mỗi trang không hợp lệ')
    .min(1, 'Số dòng mỗi trang từ 1 đến 200')
    .max(200, 'Số dòng mỗi trang từ 1 đến 200')
    .default(50),
});
export type ListSessionsQuery = z.infer<typeof listSessionsQuery>;

export const councilUnitQuery = z.object({ unitId: z.uuid({ error: 'Chọn đơn vị có Hội đồng' }) });

export const sessionSummary = z
  .object({
    id: z.string(),
    title: z.string(),
    unitId: z.string(),
    unitName: z.string(),
    meetingOn: z.string(),
    status: z.enum(['OPEN', 'CLOSED']),
    memberCount: z.number(),
    itemCount: z.number(),
  })
  .openapi('CouncilSessionSummary');

export const sessionPage = z
  .object({ items: z.array(sessionSummary), total: z.number(), page: z.number(), pageSize: z.number() })
  .openapi('CouncilSessionPage');

export const memberCandidate = z
  .object({
    id: z.string(),
    fullName: z.string(),
    roles: z.array(z.string()),
    unitName: z.string(),
    personId: z.string().nullable(),
  })
  .openapi('CouncilMemberCandidate');

export const proposalCandidate = z
  .object({
    id: z.string(),
    title: z.string(),
    year: z.number(),
    submittingUnitName: z.string(),
    eligibleItems: z.number(),
    dueOn: z.string().nullable(),
  })
  .openapi('CouncilProposalCandidate');

const agendaItem = z.object({
  itemId: z.string(),
  proposalId: z.string(),
  subjectName: z.string(),
  subjectType: z.enum(['PERSON', 'COLLECTIVE', 'HOUSEHOLD']),
  awardCode: z.string(),
  awardName: z.string(),
  unitName: z.string(),
  achievement: z.string().nullable(),
  /** The engine's verdict at appraisal, with its reasons and citations. */
  engine: z.object({
    eligible: z.boolean().nullable(),
    reasons: z.array(z.object({ met: z.boolean(), text: z.string(), citation: z.string() })),
  }),
  /** The appraiser's conclusion (confirmed or overridden with a reason). */
  appraisal: z.object({
    status: z.enum(['PENDING', 'CONFIRMED', 'OVERRIDDEN']),
    eligible: z.boolean().nullable(),
    overrideReason: z.string().nullable(),
  }),
  upheldComments: z.array(z.object({ text: z.string(), note: z.string().nullable() })),
  excludedMembers: z.array(z.object({ userId: z.string(), fullName: z.string(), reason: z.string() })),
  votedCount: z.number(),
  canIVote: z.boolean(),
  // Present only once the session is closed: tallies stay hidden while members vote.
  yes: z.number().optional(),
  no: z.number().optional(),
  abstain: z.number().optional(),
  passed: z.boolean().nullable().optional(),
  resultText: z.string().nullable().optional(),
});

export const councilSessionOutput = z
  .object({
    id: z.string(),
    title: z.string(),
    meetingOn: z.string(),
    quorum: z.number(),
    status: z.enum(['OPEN', 'CLOSED']),
    /** Set when the secretary opened the meeting before its date. */
    openedAt: z.string().nullable(),
    /** Ballots are accepted: the meeting date has come, or the secretary opened it. */
    votingOpen: z.boolean(),
    closedOn: z.string().nullable(),
    version: z.number(),
    /** What the current user may do on it (council-access.ts COUNCIL_SESSION_ACTIONS). */
    allowedActions: allowedActionsSchema('CouncilSessionAllowedActions', COUNCIL_SESSION_ACTIONS),
    members: z.array(z.object({ userId: z.string(), fullName: z.string(), isPresent: z.boolean() })),
    agenda: z.array(agendaItem),
  })
  .openapi('CouncilSession');

export const councilMinutesOutput = z
  .object({
    session: z.object({ id: z.string(), title: z.string(), meetingOn: z.string(), quorum: z.number() }),
    present: z.array(z.string()),
    absent: z.array(z.string()),
    items: z.array(
      z.object({
        itemId: z.string(),
        subjectName: z.string(),
        awardCode: z.string(),
        awardName: z.string(),
        yes: z.number(),
        no: z.number(),
        abstain: z.number(),
        excluded: z.array(z.string()),
        passed: z.boolean(),
        resultText: z.string(),
      }),
    ),
  })
  .openapi('CouncilMinutes');
