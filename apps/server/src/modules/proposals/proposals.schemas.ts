import { z } from '@hono/zod-openapi';
import { RETURN_REASON_CODES } from '@vinhdanh/domain/workflow/commands';
import { PROPOSAL_KINDS, PROPOSAL_STATES } from '@vinhdanh/domain/workflow/states';
import { awardCodeField } from '../../lib/award-code';

export const expectedVersion = z
  .number({ error: 'Cần phiên bản dữ liệu (expectedVersion) đang xem' })
  .int()
  .min(1);

export const itemInput = z
  .object({
    subjectType: z.enum(['PERSON', 'COLLECTIVE', 'HOUSEHOLD'], {
      error: 'Loại đối tượng là cá nhân, tập thể hoặc hộ gia đình',
    }),
    subjectId: z.uuid({ error: 'Mã đối tượng không hợp lệ' }),
    awardCode: awardCodeField('Hình thức khen thưởng không có trong danh mục'),
    achievement: z.string().trim().max(2000).optional(),
  })
  .strict();

export const createProposalInput = z
  .object({
    kind: z.enum(PROPOSAL_KINDS, { error: 'Loại hình khen thưởng không hợp lệ' }),
    title: z.string().trim().min(3, 'Tên hồ sơ cần ít nhất 3 ký tự').max(300),
    year: z.number().int().min(2000).max(2100),
    submittingUnitId: z.uuid({ error: 'Vui lòng chọn đơn vị trình' }),
    movementId: z.uuid().optional(),
    items: z.array(itemInput).min(1, 'Hồ sơ cần ít nhất một đối tượng').max(500),
    /** Items needing different deciders: split into one proposal per route, or refuse. */
    splitByDecider: z.boolean().optional(),
    /** Simplified procedure (Law 2022, Điều 85): only for DOT_XUAT, all three conditions. */
    simplified: z
      .object({ timely: z.boolean(), unexpected: z.boolean(), clearMerit: z.boolean() })
      .strict()
      .optional(),
  })
  .strict()
  .openapi('CreateProposalInput');
export type CreateProposalInput = z.infer<typeof createProposalInput>;

export const updateItemsInput = z
  .object({ expectedVersion, items: z.array(itemInput).min(1, 'Hồ sơ cần ít nhất một đối tượng').max(500) })
  .strict()
  .openapi('UpdateProposalItemsInput');
export type UpdateItemsInput = z.infer<typeof updateItemsInput>;

export const componentInput = z
  .object({
    expectedVersion,
    component: z.string().trim().min(1, 'Chọn thành phần hồ sơ').max(300),
    /** A generated document (no upload), where a generator exists. */
    generated: z.boolean().optional(),
    fileName: z.string().trim().min(1).max(255).optional(),
    mimeType: z
      .string()
      .regex(/^[\w.+-]+\/[\w.+-]+$/, 'Kiểu tệp không hợp lệ')
      .optional(),
    /** Base64 of the file; the request body limit (2 MiB) caps the size. */
    contentBase64: z
      .string()
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'Nội dung tệp phải mã hóa base64')
      .optional(),
  })
  .strict()
  .refine((v) => v.generated === true || (v.fileName !== undefined && v.contentBase64 !== undefined), {
    message: 'Cần tải tệp lên (tên tệp và nội dung) hoặc chọn "tạo tự động"',
  })
  .openapi('ProposalComponentInput');
export type ComponentInput = z.infer<typeof componentInput>;

export const versionInput = z.object({ expectedVersion }).strict().openapi('ExpectedVersionInput');

/**
 * Sending the dossier on. When the engine still finds nominees ineligible the officer confirms
 * and gives the reason (kept in the processing history); without it the submit is refused.
 */
export const submitInput = z
  .object({
    expectedVersion,
    ineligibleReason: z
      .string()
      .trim()
      .min(10, 'Nêu lý do vẫn trình các đối tượng chưa đủ điều kiện (ít nhất 10 ký tự)')
      .max(2000)
      .optional(),
  })
  .strict()
  .openapi('SubmitProposalInput');
export type SubmitInput = z.infer<typeof submitInput>;

export const returnInput = z
  .object({
    expectedVersion,
    reasons: z
      .array(
        z
          .object({
            code: z.enum(RETURN_REASON_CODES, { error: 'Mã lý do không hợp lệ' }),
            component: z.string().trim().max(300).optional(),
            itemId: z.uuid().optional(),
            clause: z.string().trim().max(300).optional(),
            text: z.string().trim().min(3, 'Nêu rõ lý do trả lại').max(2000),
          })
          .strict()
          // The nominee concerned: without it the resubmission's diff cannot show the fix.
          .refine((r) => r.code !== 'INELIGIBLE_ITEM' || r.itemId !== undefined, {
            message: 'Chọn đối tượng chưa đủ điều kiện',
            path: ['itemId'],
          }),
      )
      .min(1, 'Cần ít nhất một lý do trả lại')
      .max(50),
  })
  .strict()
  .openapi('ReturnProposalInput');
export type ReturnInput = z.infer<typeof returnInput>;

export const appraiseItemInput = z
  .object({
    expectedVersion,
    itemId: z.uuid({ error: 'Mã đối tượng không hợp lệ' }),
    /** Omitted: confirm the engine's verdict. Given: override, with a reason. */
    override: z
      .object({
        eligible: z.boolean(),
        reason: z.string().trim().min(5, 'Nêu lý do khi không theo kết quả đánh giá tự động').max(2000),
      })
      .strict()
      .optional(),
  })
  .strict()
  .openapi('AppraiseItemInput');
export type AppraiseItemInput = z.infer<typeof appraiseItemInput>;

export const openPublicCommentInput = z
  .object({ expectedVersion, days: z.number().int().min(1).max(60).optional() })
  .strict()
  .openapi('OpenPublicCommentInput');

export const confirmMinutesInput = z
  .object({ expectedVersion, component: z.string().trim().min(1, 'Chọn biên bản cần xác nhận').max(300) })
  .strict()
  .openapi('ConfirmMinutesInput');

export const closePublicCommentInput = z
  .object({
    expectedVersion,
    /** Required to close before the announced end date: the legal ground, published on the portal. */
    reason: z
      .string()
      .trim()
      .min(10, 'Nêu căn cứ pháp lý của việc kết thúc sớm (ít nhất 10 ký tự)')
      .max(2000)
      .optional(),
  })
  .strict()
  .openapi('ClosePublicCommentInput');
export type ClosePublicCommentInput = z.infer<typeof closePublicCommentInput>;

export const rejectInput = z
  .object({ expectedVersion, reason: z.string().trim().min(3, 'Nêu lý do không khen thưởng').max(2000) })
  .strict()
  .openapi('RejectProposalInput');

export const listQuery = z.object({
  state: z.enum(PROPOSAL_STATES).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const idParam = z.object({ id: z.uuid({ error: 'Mã hồ sơ không hợp lệ' }) });

/** A JSON value whose shape depends on the command it records (an event's detail). */
const jsonValue = z.unknown();

const citedText = z.object({ text: z.string(), citation: z.string() });

const returnReason = z
  .object({
    code: z.enum(RETURN_REASON_CODES),
    component: z.string().optional(),
    itemId: z.string().optional(),
    clause: z.string().optional(),
    text: z.string(),
  })
  .openapi('ReturnReason');

export const proposalItemOutput = z
  .object({
    id: z.string(),
    subjectType: z.enum(['PERSON', 'COLLECTIVE', 'HOUSEHOLD']),
    subjectId: z.string(),
    subjectName: z.string(),
    unitId: z.string(),
    awardCode: z.string(),
    achievement: z.string().nullable(),
    engineEligible: z.boolean().nullable(),
    /** The engine's verdict at appraisal; null before it. */
    verdict: z
      .object({
        eligible: z.boolean(),
        held: z.boolean(),
        ruleSet: z.string(),
        amountVnd: z.number().nullable(),
        reasons: z.array(citedText.extend({ met: z.boolean() })),
      })
      .nullable(),
    flags: z
      .object({
        held: z.boolean(),
        duplicates: z.array(citedText.extend({ rule: z.string() })),
        quota: z.array(citedText.extend({ quotaId: z.string() })),
      })
      .nullable(),
    appraisal: z.enum(['PENDING', 'CONFIRMED', 'OVERRIDDEN']),
    appraisedEligible: z.boolean().nullable(),
    overrideReason: z.string().nullable(),
    councilPassed: z.boolean().nullable(),
    outcome: z.enum(['APPROVED', 'NOT_APPROVED']).nullable(),
    awardId: z.string().nullable(),
    awardRevoked: z.boolean(),
    /** Holds open today on the nominee, read live (one opened after appraisal shows too). */
    openHolds: z.array(z.object({ reason: z.string(), fromDate: z.string(), note: z.string().nullable() })),
  })
  .openapi('ProposalItem');

export const proposalComponentOutput = z
  .object({
    name: z.string(),
    isMinutes: z.boolean(),
    present: z.boolean(),
    /** A generated minutes draft waiting for the unit leader's confirmation (does not count yet). */
    awaitingConfirmation: z.boolean(),
    fileId: z.string().nullable(),
    sha256: z.string().nullable(),
    isGenerated: z.boolean(),
    confirmedAt: z.string().nullable(),
  })
  .openapi('ProposalComponent');

export const proposalHistoryStep = z
  .object({
    at: z.string(),
    actorName: z.string().nullable(),
    command: z.string(),
    fromState: z.string().nullable(),
    toState: z.string(),
    detail: jsonValue,
  })
  .openapi('ProposalHistoryStep');

const dossierChange = z.object({
  kind: z.enum([
    'COMPONENT_ADDED',
    'COMPONENT_REPLACED',
    'COMPONENT_REMOVED',
    'ITEM_ADDED',
    'ITEM_REMOVED',
    'ITEM_AWARD_CHANGED',
  ]),
  component: z.string().optional(),
  itemId: z.string().optional(),
  /** The nominee's name and award (returns since December 2026), so a removed one is still named. */
  name: z.string().optional(),
  award: z.string().optional(),
});

export const proposalOutput = z
  .object({
    id: z.string(),
    kind: z.string(),
    title: z.string(),
    year: z.number(),
    movementId: z.string().nullable(),
    state: z.string(),
    stateLabel: z.string(),
    version: z.number(),
    submittingUnitId: z.string(),
    currentUnitId: z.string(),
    levels: z.array(z.string()),
    levelIndex: z.number(),
    deciderRole: z.string(),
    ruleSetId: z.string(),
    stepEnteredOn: z.string().nullable(),
    dueOn: z.string().nullable(),
    isOverdue: z.boolean(),
    requirements: z.object({
      publicComment: z.boolean(),
      councilVote: z.boolean(),
      simplified: z.boolean(),
      proposeUp: z.boolean(),
    }),
    publicCommentDone: z.boolean(),
    councilDone: z.boolean(),
    publicCommentUntil: z.string().nullable(),
    publicCommentClosedOn: z.string().nullable(),
    publicCommentCloseReason: z.string().nullable(),
    rejectReason: z.string().nullable(),
    decisionId: z.string().nullable(),
    decision: z.object({ number: z.string(), signedOn: z.string(), issuer: z.string() }).nullable(),
    facts: z.object({ hasMinutes: z.boolean(), componentsComplete: z.boolean(), pendingItems: z.number() }),
    components: z.array(proposalComponentOutput),
    items: z.array(proposalItemOutput),
    history: z.array(proposalHistoryStep),
    /** The latest return, with what changed since, reason by reason; null if never returned. */
    lastReturn: z
      .object({
        reasons: z.array(returnReason),
        at: z.string(),
        diff: z.array(
          z.object({
            reason: returnReason,
            addressed: z.boolean().nullable(),
            changes: z.array(dossierChange).readonly(),
          }),
        ),
      })
      .nullable(),
    /** Council sessions that took the proposal up, newest first. */
    councilSessions: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        meetingOn: z.string(),
        status: z.enum(['OPEN', 'CLOSED']),
      }),
    ),
  })
  .openapi('Proposal');

export const proposalSummary = z
  .object({
    id: z.string(),
    kind: z.string(),
    title: z.string(),
    year: z.number(),
    state: z.string(),
    stateLabel: z.string(),
    version: z.number(),
    submittingUnitId: z.string(),
    submittingUnitName: z.string(),
    currentUnitId: z.string(),
    dueOn: z.string().nullable(),
    isOverdue: z.boolean(),
  })
  .openapi('ProposalSummary');

export const proposalPage = z.object({
  items: z.array(proposalSummary),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
