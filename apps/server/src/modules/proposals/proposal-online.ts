import { z } from '@hono/zod-openapi';
import { vietnamDate } from '@vinhdanh/domain/calendar/vietnam-time';
import { dueDateFor } from '@vinhdanh/domain/workflow/deadlines';
import { DVC_STATUSES, type DvcStatus, dvcStatusOf } from '@vinhdanh/domain/workflow/dvc-status';
import { ONLINE_PROCEDURE_INFO, type OnlineProcedure } from '@vinhdanh/domain/workflow/online-procedures';
import { componentsFor, requirementsFor } from '@vinhdanh/domain/workflow/requirements';
import {
  FINAL_STATES,
  KIND_LABELS,
  type ProposalKind,
  type ProposalState,
  STATE_LABELS,
} from '@vinhdanh/domain/workflow/states';
import { and, asc, eq, notInArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import {
  onlineFiling,
  proposal,
  proposalComponent,
  proposalEvent,
  proposalItem,
} from '../../db/schema/index';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { todayVn } from '../../platform/clock';
import { type CheckedUpload, storeUpload, type UploadKind } from '../../platform/upload/index';
import { registerHousehold } from '../households/index';
import { noticeProposalStep } from '../notices/index';
import { findUnit } from '../org-units/index';
import { loadTenantRuleSets } from '../rule-params/index';
import { dvcCodeOf, instant, onlineFilingOf, syncStepToPortal } from './proposal-dvc';
import { resolveItems, routeItems } from './proposal-items';
import { findProposal, insertEvent } from './proposals.repository';
import { refreshVerdicts } from './proposals.service';

// "Nộp hồ sơ trực tuyến" (docs/interop.md): a household registers for the title "Gia đình văn
// hóa" on the public portal, without an account. The filing is an ordinary proposal, submitted
// by the household's village (thôn, tổ dân phố) to the commune that decides it (the route of
// GD_VH), so the commune's officers find it in their queue as SUBMITTED; the portal dossier code
// (MaHoSo) is the one every proposal has, and the national portal hears of it (DongBoHoSoMC)
// through the outbox in the same transaction.

/** The files a household attaches: a signed registration or photos of papers; small, and few. */
export const ONLINE_ATTACHMENT = { maxBytes: 5 * 1024 * 1024, kinds: ['pdf', 'jpeg', 'png'] as UploadKind[] };
export const ONLINE_MAX_ATTACHMENTS = 3;

const phone = /^(\+84|0)[0-9]{9,10}$/;

export const householdFilingInput = z
  .object({
    unitId: z.uuid({ error: 'Vui lòng chọn thôn, tổ dân phố nơi hộ gia đình cư trú' }),
    headName: z
      .string()
      .trim()
      .min(2, 'Họ tên chủ hộ cần ít nhất 2 ký tự')
      .max(120, 'Họ tên chủ hộ tối đa 120 ký tự'),
    address: z.string().trim().min(3, 'Vui lòng nhập địa chỉ của hộ').max(255, 'Địa chỉ tối đa 255 ký tự'),
    phone: z
      .string()
      .trim()
      .transform((v) => v.replace(/[\s.-]/g, ''))
      .pipe(z.string().regex(phone, 'Số điện thoại không hợp lệ (ví dụ 0912345678)')),
    email: z
      .union([z.literal(''), z.email('Địa chỉ thư điện tử không hợp lệ').max(200)])
      .optional()
      .transform((v) => v || undefined),
    pledge: z.string().trim().max(2000, 'Nội dung đăng ký tối đa 2.000 ký tự').optional(),
    year: z.coerce
      .number({ error: 'Năm đăng ký không hợp lệ' })
      .int('Năm đăng ký không hợp lệ')
      .min(2000, 'Năm đăng ký không hợp lệ')
      .max(2100, 'Năm đăng ký không hợp lệ'),
  })
  .strict();
export type HouseholdFilingInput = z.infer<typeof householdFilingInput>;

export type OnlineFilingMeta = {
  requestId: string;
  /** The citizen's account when signed in with VNeID. */
  citizenUserId?: string | undefined;
  attachments: CheckedUpload[];
};

const invalid = (path: string, message: string) =>
  new AppError('INVALID_INPUT', [{ path, message }], message);

/** The villages a household may register under: the tenant's active thôn and tổ dân phố. */
export function isRegistrationUnit(unit: { type: string; status: string }) {
  return unit.status === 'ACTIVE' && unit.type === 'THON_TO_DAN_PHO';
}

async function openFilingOf(tx: Tx, tenantId: string, householdId: string, year: number) {
  const [row] = await tx
    .select({ id: proposal.id })
    .from(proposalItem)
    .innerJoin(
      proposal,
      and(eq(proposal.tenantId, proposalItem.tenantId), eq(proposal.id, proposalItem.proposalId)),
    )
    .where(
      and(
        eq(proposalItem.tenantId, tenantId),
        eq(proposalItem.subjectId, householdId),
        eq(proposalItem.awardCode, 'GD_VH'),
        eq(proposal.year, year),
        notInArray(proposal.state, ['REJECTED']),
      ),
    )
    .limit(1);
  return row;
}

/**
 * Files a household's registration: the household (found or added under its village), a
 * proposal SUBMITTED to the commune with the one GD_VH item, the attachments as its components,
 * the applicant's contact, the history step, the portal sync and the commune's e-mail notice, all
 * in one transaction. Returns the portal dossier code.
 */
export async function fileHouseholdOnline(
  db: Db,
  dataDir: string,
  tenantId: string,
  input: HouseholdFilingInput,
  meta: OnlineFilingMeta,
): Promise<{ code: string; proposalId: string }> {
  const unit = await findUnit(db, tenantId, input.unitId);
  if (!unit || !isRegistrationUnit(unit))
    throw invalid('unitId', 'Vui lòng chọn thôn, tổ dân phố nơi hộ gia đình cư trú');
  const ruleSet = (await loadTenantRuleSets(db, tenantId)).ofYear(input.year);
  const procedure = ONLINE_PROCEDURE_INFO.GIA_DINH_VAN_HOA;
  const today = todayVn();
  return db.transaction(async (tx) => {
    const household = await registerHousehold(tx, tenantId, input, meta.requestId);
    if (!household.created && (await openFilingOf(tx, tenantId, household.id, input.year)))
      throw new AppError('ONLINE_FILING_DUPLICATE');
    const items = await resolveItems(
      tx,
      tenantId,
      unit.path,
      [
        {
          subjectType: 'HOUSEHOLD',
          subjectId: household.id,
          awardCode: 'GD_VH',
          achievement: input.pledge || undefined,
        },
      ],
      ruleSet,
    );
    const [group] = await routeItems(tx, tenantId, unit.id, ruleSet, items);
    if (!group) throw new AppError('NO_DECIDER');
    const id = newId();
    await tx.insert(proposal).values({
      tenantId,
      id,
      kind: 'CONG_TRANG',
      title: `${procedure.name} năm ${input.year}: hộ ông/bà ${input.headName}`,
      year: input.year,
      submittingUnitId: unit.id,
      levels: [...group.route.levels],
      deciderRole: group.route.deciderRole,
      ruleSetId: ruleSet.id,
      state: 'SUBMITTED',
      requirements: requirementsFor(ruleSet, ['GD_VH'], { simplified: false, proposeUp: false }),
      components: componentsFor(ruleSet, ['GD_VH'], null),
      stepEnteredOn: today,
      dueOn: dueDateFor('SUBMITTED', today),
      // The applicant has no account unless signed in: the filing's own id stands in for one, so
      // no officer is ever taken for the author of a citizen's filing.
      createdBy: meta.citizenUserId ?? id,
    });
    await tx.insert(proposalItem).values(items.map((i) => ({ tenantId, id: newId(), proposalId: id, ...i })));
    await refreshVerdicts(tx, tenantId, id);
    for (const [n, file] of meta.attachments.entries()) {
      const stored = await storeUpload(
        tx,
        dataDir,
        { tenantId, uploadedBy: meta.citizenUserId ?? null },
        { recordType: 'proposal', recordId: id },
        file,
      );
      await tx.insert(proposalComponent).values({
        tenantId,
        proposalId: id,
        name: `Tệp nộp trực tuyến ${n + 1}: ${file.fileName}`.slice(0, 200),
        fileId: stored.id,
        sha256: stored.sha256,
      });
    }
    await tx.insert(onlineFiling).values({
      tenantId,
      proposalId: id,
      procedure: 'GIA_DINH_VAN_HOA',
      applicantName: input.headName,
      phone: input.phone,
      email: input.email ?? null,
      address: input.address,
      citizenUserId: meta.citizenUserId ?? null,
    });
    const actorName = `${input.headName} (nộp trực tuyến)`;
    await insertEvent(tx, {
      tenantId,
      id: newId(),
      proposalId: id,
      at: new Date().toISOString(),
      actorId: meta.citizenUserId ?? null,
      actorName,
      command: 'fileOnline',
      fromState: 'DRAFT',
      toState: 'SUBMITTED',
      detail: { procedure: 'GIA_DINH_VAN_HOA', attachments: meta.attachments.length },
    });
    await appendAudit(tx, {
      tenantId,
      actorId: meta.citizenUserId ?? null,
      action: 'proposal.fileOnline',
      entityType: 'proposal',
      entityId: id,
      after: {
        state: 'SUBMITTED',
        procedure: 'GIA_DINH_VAN_HOA',
        unitId: unit.id,
        householdId: household.id,
      },
      requestId: meta.requestId,
    });
    const row = await findProposal(tx, tenantId, id);
    if (!row) throw new AppError('PROPOSAL_NOT_FOUND');
    await syncStepToPortal(tx, row, { fromState: null, actorName });
    await noticeProposalStep(tx, {
      tenantId,
      id,
      title: row.title,
      submittingUnitId: row.submittingUnitId,
      levels: row.levels,
      levelIndex: 0,
      state: 'SUBMITTED',
      dueOn: row.dueOn,
    });
    return { code: await dvcCodeOf(tx, row), proposalId: id };
  });
}

export type DossierStatus = {
  code: string;
  procedure: string;
  filedOn: string;
  portalStatus: DvcStatus;
  portalStatusLabel: string;
  stateLabel: string;
  handledBy: string;
  isFinal: boolean;
};

/**
 * A filed dossier's progress by its portal code, for the public look-up. Shows the procedure,
 * the dates and the step; never the applicant, the nominees or the files: the code is all the
 * caller proves. A draft (not filed) is not found, as on the national portal.
 */
export async function trackDossier(db: Db, tenantId: string, rawCode: string): Promise<DossierStatus | null> {
  const code = rawCode.trim().toUpperCase();
  const m = /^[A-Z0-9_-]{1,50}-\d{6}-([0-9A-F]{12})$/.exec(code);
  if (!m) return null;
  const tail = (m[1] as string).toLowerCase();
  const [row] = await db
    .select()
    .from(proposal)
    .where(and(eq(proposal.tenantId, tenantId), sql`right(${proposal.id}::text, 12) = ${tail}`))
    .limit(1);
  if (!row) return null;
  const status = dvcStatusOf(row.state as ProposalState, row.levelIndex);
  if (status === null || (await dvcCodeOf(db, row)) !== code) return null;
  const online = await onlineFilingOf(db, row);
  const unitId = row.levels[row.levelIndex] ?? row.submittingUnitId;
  const unit = await findUnit(db, tenantId, unitId);
  const [filed] = await db
    .select({ at: proposalEvent.at })
    .from(proposalEvent)
    .where(
      and(
        eq(proposalEvent.tenantId, tenantId),
        eq(proposalEvent.proposalId, row.id),
        eq(proposalEvent.toState, 'SUBMITTED'),
      ),
    )
    .orderBy(asc(proposalEvent.at))
    .limit(1);
  return {
    code,
    procedure: online
      ? ONLINE_PROCEDURE_INFO[online.procedure as OnlineProcedure].name
      : (KIND_LABELS[row.kind as ProposalKind] ?? row.kind),
    filedOn: vietnamDate(filed ? instant(filed.at) : row.createdAt),
    portalStatus: status,
    portalStatusLabel: DVC_STATUSES[status],
    stateLabel: STATE_LABELS[row.state as ProposalState] ?? row.state,
    handledBy: unit?.name ?? '',
    isFinal: FINAL_STATES.includes(row.state as ProposalState),
  };
}
