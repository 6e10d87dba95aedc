import { z } from '@hono/zod-openapi';
import { COMPLAINT_OUTCOMES } from '@vinhdanh/domain/complaints/complaint-flow';
import { COMPLAINT_KINDS } from '@vinhdanh/domain/complaints/time-limits';
import { allowedActionsSchema } from '../../lib/openapi';
import { COMPLAINT_ACTIONS } from './complaint-access';

const text = (min: number, max: number, message: string) => z.string().trim().min(min, message).max(max);
const expectedVersion = z.number().int().min(1);

/** What a citizen (portal) or an officer (paper) files. Sizes keep a flood of text out. */
export const fileComplaintInput = z
  .object({
    filedAs: z.enum(COMPLAINT_KINDS, { error: 'Chọn khiếu nại hoặc tố cáo' }),
    /** A nominee of a list open for comment (portal), or a person or unit (officer). */
    itemId: z.uuid().optional(),
    subjectId: z.uuid().optional(),
    subjectName: text(2, 200, 'Ghi rõ người, đơn vị hoặc hồ sơ bị khiếu nại, tố cáo'),
    content: text(20, 8000, 'Nội dung cần ít nhất 20 ký tự'),
    fullName: text(2, 120, 'Vui lòng nhập họ tên người gửi'),
    contact: text(5, 200, 'Vui lòng nhập số điện thoại hoặc thư điện tử'),
    address: z.string().trim().max(300).optional(),
    receivedOn: z.iso.date().optional(),
  })
  .strict()
  .openapi('FileComplaintInput');
export type FileComplaintInput = z.infer<typeof fileComplaintInput>;

export const classifyInput = z
  .object({
    expectedVersion,
    kind: z.enum(COMPLAINT_KINDS),
    isCompetent: z.boolean(),
    isComplex: z.boolean().default(false),
    transferredTo: z.string().trim().max(300).optional(),
    note: z.string().trim().max(2000).optional(),
  })
  .strict()
  .refine((v) => v.isCompetent || (v.transferredTo?.length ?? 0) >= 3, {
    error: 'Ghi rõ cơ quan có thẩm quyền được chuyển đơn',
    path: ['transferredTo'],
  })
  .openapi('ClassifyComplaintInput');

export const stepInput = z
  .object({ expectedVersion, note: z.string().trim().max(2000).optional() })
  .strict()
  .openapi('ComplaintStepInput');

export const concludeInput = z
  .object({
    expectedVersion,
    outcome: z.enum(COMPLAINT_OUTCOMES),
    conclusion: text(10, 8000, 'Ghi rõ nội dung kết luận'),
    answer: text(10, 4000, 'Ghi rõ nội dung trả lời người gửi'),
    /**
     * An award the conclusion finds must be revoked, with its ground (Law 2022, Điều 93, khoản 2).
     * `revokeNow` starts the per-award revocation in the same step, for a concluder who may revoke
     * (decision:revoke); otherwise the case records it for the leader who decided the award.
     */
    revocation: z
      .object({
        awardId: z.uuid(),
        ground: z.enum(['A', 'B', 'C', 'D'], {
          error: 'Căn cứ thu hồi là điểm a, b, c hoặc d khoản 2 Điều 93',
        }),
        revokeNow: z.boolean().default(false),
        recoverCertificate: z.boolean().default(true),
        recoverMoney: z.boolean().default(true),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((v) => !v.revocation || v.outcome !== 'REJECTED', {
    error: 'Kết luận "Không đúng" không thu hồi khen thưởng',
    path: ['revocation'],
  })
  .openapi('ConcludeComplaintInput');

/** A case as officers see it: never the filer's name, contact or address (those are in ComplaintParty). */
export const complaintOutput = z
  .object({
    id: z.string(),
    trackingCode: z.string(),
    channel: z.enum(['PORTAL', 'PAPER']),
    filedAs: z.enum(COMPLAINT_KINDS),
    kind: z.enum(COMPLAINT_KINDS).nullable(),
    subjectType: z.enum(['PERSON', 'COLLECTIVE', 'PROPOSAL', 'DECISION', 'OTHER']),
    subjectId: z.string().nullable(),
    subjectName: z.string(),
    content: z.string(),
    state: z.string(),
    stateLabel: z.string(),
    unitId: z.string(),
    unitName: z.string(),
    receivedOn: z.string(),
    classificationDueOn: z.string(),
    acceptedOn: z.string().nullable(),
    resolutionDueOn: z.string().nullable(),
    isComplex: z.boolean(),
    transferredTo: z.string().nullable(),
    handlerId: z.string().nullable(),
    isAssignedToMe: z.boolean(),
    holdId: z.string().nullable(),
    outcome: z.enum(COMPLAINT_OUTCOMES).nullable(),
    conclusion: z.string().nullable(),
    answer: z.string().nullable(),
    concludedOn: z.string().nullable(),
    revocation: z
      .object({ awardId: z.string(), ground: z.string(), revokedOn: z.string().nullable().optional() })
      .nullable(),
    version: z.number(),
    filedByUserId: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('Complaint');

export const complaintListOutput = z.object({ items: z.array(complaintOutput) }).openapi('ComplaintList');

export const complaintDetailOutput = complaintOutput
  .extend({
    isRemoteArea: z.boolean(),
    /** What the current user may do on it (complaint-access.ts COMPLAINT_ACTIONS). */
    allowedActions: allowedActionsSchema('ComplaintAllowedActions', COMPLAINT_ACTIONS),
    /** The subject's awards, for a conclusion that revokes one (none for a case about a name only). */
    subjectAwards: z.array(
      z.object({
        id: z.string(),
        awardCode: z.string(),
        year: z.number(),
        decisionId: z.string().nullable(),
        decisionNumber: z.string().nullable(),
        isRevoked: z.boolean(),
      }),
    ),
    history: z.array(
      z.object({
        id: z.string(),
        complaintId: z.string(),
        at: z.string(),
        actorId: z.string().nullable(),
        command: z.string(),
        fromState: z.string().nullable(),
        toState: z.string(),
        note: z.string().nullable(),
      }),
    ),
  })
  .openapi('ComplaintDetail');

export const complaintPartyOutput = z
  .object({ fullName: z.string(), contact: z.string(), address: z.string().nullable() })
  .openapi('ComplaintParty');

export const complaintFiledOutput = z
  .object({
    id: z.string(),
    trackingCode: z.string(),
    receivedOn: z.string(),
    classificationDueOn: z.string(),
  })
  .openapi('ComplaintFiled');
