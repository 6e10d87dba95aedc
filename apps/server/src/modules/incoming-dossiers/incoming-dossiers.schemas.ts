import { z } from '@hono/zod-openapi';
import { allowedActionsSchema } from '../../lib/openapi';
import { RETURN_REASON_CODES } from '../exchange/index';
import { INCOMING_DOSSIER_ACTIONS } from './incoming-dossiers-access';

export const INCOMING_STATUSES = ['RECEIVED', 'RETURNED', 'APPROVED', 'DECIDED'] as const;

const expectedVersion = z.number({ error: 'Cần phiên bản hồ sơ (expectedVersion) đang xem' }).int().min(1);

export const incomingIdParam = z.object({ id: z.uuid({ error: 'Mã hồ sơ không hợp lệ' }) });
export const incomingFileParam = incomingIdParam.extend({
  fileId: z.uuid({ error: 'Mã tệp không hợp lệ' }),
});

const returnReason = z
  .object({
    code: z.enum(RETURN_REASON_CODES, { error: 'Loại lý do trả lại không hợp lệ' }),
    text: z.string().trim().min(1, 'Cần ghi nội dung lý do').max(2000),
    itemId: z.uuid({ error: 'Mã đối tượng đề nghị không hợp lệ' }).nullable(),
  })
  .strict()
  .openapi('IncomingReturnReason');

export const returnIncomingInput = z
  .object({
    expectedVersion,
    reasons: z.array(returnReason).min(1, 'Cần ít nhất một lý do trả lại').max(200),
  })
  .strict()
  .openapi('ReturnIncomingDossierInput');
export type ReturnIncomingInput = z.infer<typeof returnIncomingInput>;

export const approveIncomingInput = z
  .object({
    expectedVersion,
    items: z
      .array(
        z
          .object({
            itemId: z.uuid({ error: 'Mã đối tượng đề nghị không hợp lệ' }),
            approved: z.boolean(),
            reason: z.string().trim().max(2000).nullish(),
          })
          .strict(),
      )
      .min(1, 'Cần ít nhất một đối tượng')
      .max(2000),
  })
  .strict()
  .openapi('ApproveIncomingDossierInput');
export type ApproveIncomingInput = z.infer<typeof approveIncomingInput>;

export const decideIncomingInput = z
  .object({
    expectedVersion,
    signedOn: z.iso.date({ error: 'Ngày ký không hợp lệ (YYYY-MM-DD)' }),
  })
  .strict()
  .openapi('DecideIncomingDossierInput');
export type DecideIncomingInput = z.infer<typeof decideIncomingInput>;

const status = z.enum(INCOMING_STATUSES);
const reason = z.object({ met: z.boolean(), text: z.string(), citation: z.string() });

export const incomingDossierSummary = z
  .object({
    id: z.uuid(),
    senderCode: z.string(),
    senderName: z.string(),
    title: z.string(),
    year: z.number().int(),
    itemCount: z.number().int(),
    status,
    version: z.number().int(),
    receivedAt: z.string(),
  })
  .openapi('IncomingDossierSummary');

export const incomingDossierList = z
  .object({ items: z.array(incomingDossierSummary) })
  .openapi('IncomingDossierList');

const document = z.object({
  name: z.string(),
  fileName: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  href: z.string().nullable(),
});

export const incomingDossierView = z
  .object({
    id: z.uuid(),
    senderCode: z.string(),
    senderName: z.string(),
    title: z.string(),
    year: z.number().int(),
    kind: z.string(),
    submittingUnitName: z.string(),
    status,
    version: z.number().int(),
    versions: z.array(z.object({ version: z.number().int(), receivedAt: z.string() })),
    components: z.array(document),
    returns: z.array(z.object({ at: z.string(), version: z.number().int(), reasons: z.array(returnReason) })),
    decision: z
      .object({
        number: z.string(),
        signedOn: z.string(),
        issuer: z.string(),
        signerName: z.string(),
        signerTitle: z.string(),
        items: z.array(
          z.object({
            itemId: z.uuid(),
            approved: z.boolean(),
            awardCode: z.string(),
            reason: z.string().nullable(),
            certificateSha256: z.string().nullable(),
          }),
        ),
        documents: z.array(
          document.extend({ kind: z.enum(['DECISION', 'CERTIFICATE']), itemId: z.uuid().nullable() }),
        ),
      })
      .nullable(),
    items: z.array(
      z.object({
        id: z.uuid(),
        subject: z.object({
          type: z.enum(['PERSON', 'COLLECTIVE', 'HOUSEHOLD']),
          name: z.string(),
          unitName: z.string().nullable(),
        }),
        awardCode: z.string(),
        achievement: z.string().nullable(),
        senderVerdict: z
          .object({
            eligible: z.boolean(),
            held: z.boolean(),
            ruleSet: z.string(),
            amountVnd: z.number().int().nullable(),
            reasons: z.array(reason),
          })
          .nullable(),
        senderAppraisal: z.object({
          state: z.enum(['PENDING', 'CONFIRMED', 'OVERRIDDEN']),
          eligible: z.boolean().nullable(),
          overrideReason: z.string().nullable(),
        }),
        ownVerdict: z
          .object({ eligible: z.boolean(), ruleSet: z.string(), reasons: z.array(reason) })
          .nullable(),
        differs: z.boolean(),
        council: z
          .object({
            passed: z.boolean().nullable(),
            yes: z.number().int(),
            no: z.number().int(),
            abstain: z.number().int(),
          })
          .nullable(),
        approval: z.object({ approved: z.boolean().nullable(), reason: z.string().nullable() }),
      }),
    ),
    allowedActions: allowedActionsSchema('IncomingDossierAllowedActions', INCOMING_DOSSIER_ACTIONS),
  })
  .openapi('IncomingDossier');
export type IncomingDossierView = z.infer<typeof incomingDossierView>;
