import { randomBytes } from 'node:crypto';
import {
  COMPLAINT_OUTCOME_LABELS,
  COMPLAINT_STATE_LABELS,
  type ComplaintCommand,
  type ComplaintState,
  nextComplaintState,
} from '@vinhdanh/domain/complaints/complaint-flow';
import {
  COMPLAINT_KIND_LABELS,
  type ComplaintKind,
  type ComplaintTimeLimits,
  stepDeadline,
} from '@vinhdanh/domain/complaints/time-limits';
import type { IsoDate } from '@vinhdanh/domain/rules/types';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db, Tx } from '../../db/client';
import {
  award,
  complaint,
  complaintEvent,
  complaintParty,
  orgUnit,
  proposalItem,
} from '../../db/schema/index';
import { requireAccess } from '../../lib/access';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { todayVn } from '../../platform/clock';
import { recordAwardRevocation } from '../decisions/index';
import { findHold, findSubject, insertHold, updateHoldRow } from '../records/index';
import { loadTenantRuleSets } from '../rule-params/index';
import {
  COMPLAINT_ACTIONS,
  complaintActions,
  complaintRef,
  type LoadedComplaint,
  mayMoveOn,
} from './complaint-access';
import {
  type ComplaintRow,
  findByTrackingCode,
  findParty,
  listComplaintsUnder,
  listEvents,
  updateComplaint,
} from './complaints.repository';
import type { classifyInput, concludeInput, FileComplaintInput, stepInput } from './complaints.schemas';

// Complaints and denunciations about commendation. The filer's identity is stored apart
// (complaint_party) and leaves the server only through readComplaintParty, for the handler the
// case is assigned to, with an audit event each time. Acceptance holds the subject's pending
// dossiers through the existing hold mechanism (hold reason KHIEU_NAI, citing the case); the
// conclusion closes that hold and may record that an award is to be revoked.

/** "KT-" and 10 characters of base32: 50 bits, typed from a receipt, useless to guess. */
export function newTrackingCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(10);
  return `KT-${[...bytes].map((b) => alphabet[b % 32]).join('')}`;
}

type Target = {
  subjectType: ComplaintRow['subjectType'];
  subjectId: string | null;
  unitId: string;
  isRemoteArea: boolean;
};

async function rootUnit(db: Db | Tx, tenantId: string) {
  const [root] = await db
    .select({ id: orgUnit.id, isRemoteArea: orgUnit.isRemoteArea })
    .from(orgUnit)
    .where(and(eq(orgUnit.tenantId, tenantId), isNull(orgUnit.parentId)))
    .limit(1);
  if (!root) throw new AppError('NOT_FOUND');
  return root;
}

async function unitFlag(db: Db | Tx, tenantId: string, unitId: string) {
  const [u] = await db
    .select({ isRemoteArea: orgUnit.isRemoteArea })
    .from(orgUnit)
    .where(and(eq(orgUnit.tenantId, tenantId), eq(orgUnit.id, unitId)));
  return u?.isRemoteArea ?? false;
}

/** Who the case is about: a nominee of a published list, a person or unit, or only a name. */
async function resolveTarget(db: Db | Tx, tenantId: string, input: FileComplaintInput): Promise<Target> {
  if (input.itemId) {
    const [item] = await db
      .select({
        subjectType: proposalItem.subjectType,
        subjectId: proposalItem.subjectId,
        unitId: proposalItem.unitId,
      })
      .from(proposalItem)
      .where(and(eq(proposalItem.tenantId, tenantId), eq(proposalItem.id, input.itemId)));
    if (!item) throw new AppError('NOT_FOUND');
    // A complaint's subject kinds have no household: a nominated household is kept by its id as OTHER.
    const subjectType = item.subjectType === 'HOUSEHOLD' ? 'OTHER' : item.subjectType;
    return { ...item, subjectType, isRemoteArea: await unitFlag(db, tenantId, item.unitId) };
  }
  if (input.subjectId) {
    const subject = await findSubject(db, tenantId, input.subjectId);
    if (!subject || subject.type === 'HOUSEHOLD') throw new AppError('NOT_FOUND');
    const unitId = subject.path.split('/').filter(Boolean).at(-1) as string;
    return {
      subjectType: subject.type,
      subjectId: subject.id,
      unitId,
      isRemoteArea: await unitFlag(db, tenantId, unitId),
    };
  }
  const root = await rootUnit(db, tenantId);
  return { subjectType: 'OTHER', subjectId: null, unitId: root.id, isRemoteArea: root.isRemoteArea };
}

/**
 * The time limits of the tenant's rule set in force on the day (the law's defaults with the
 * province's overrides): Luật Khiếu nại 2011 and Luật Tố cáo 2018, as rule-set parameters.
 */
async function timeLimitsOn(db: Db, tenantId: string, day: IsoDate): Promise<ComplaintTimeLimits> {
  return (await loadTenantRuleSets(db, tenantId)).at(day).params.complaintTimeLimits;
}

/** Files a case (portal or paper). The audit event names the case, never the filer. */
export async function fileComplaint(
  db: Db,
  tenantId: string,
  input: FileComplaintInput,
  opts: {
    channel: 'PORTAL' | 'PAPER';
    actorId: string | null;
    requestId: string;
    /** The citizen account filing it while signed in (VNeID): it lists the filing as its own. */
    filedByUserId?: string;
  },
) {
  const receivedOn = input.receivedOn && opts.channel === 'PAPER' ? input.receivedOn : todayVn();
  const limits = await timeLimitsOn(db, tenantId, receivedOn);
  return db.transaction(async (tx) => {
    const target = await resolveTarget(tx, tenantId, input);
    const due = stepDeadline(
      input.filedAs,
      'ACCEPTANCE',
      receivedOn,
      { isRemoteArea: target.isRemoteArea, isComplex: false },
      limits,
    );
    const id = newId();
    const trackingCode = newTrackingCode();
    await tx.insert(complaint).values({
      tenantId,
      id,
      trackingCode,
      channel: opts.channel,
      filedAs: input.filedAs,
      subjectType: target.subjectType,
      subjectId: target.subjectId,
      subjectName: input.subjectName,
      content: input.content,
      state: 'RECEIVED',
      unitId: target.unitId,
      receivedOn,
      classificationDueOn: due.dueOn,
      filedByUserId: opts.filedByUserId ?? null,
    });
    await tx.insert(complaintParty).values({
      tenantId,
      complaintId: id,
      fullName: input.fullName,
      contact: input.contact,
      address: input.address || null,
    });
    await addEvent(
      tx,
      tenantId,
      id,
      opts.actorId,
      'file',
      null,
      'RECEIVED',
      opts.channel === 'PAPER' ? 'Tiếp nhận đơn giấy' : 'Gửi qua cổng thông tin',
    );
    await appendAudit(tx, {
      tenantId,
      actorId: opts.actorId,
      action: 'complaint.file',
      entityType: 'complaint',
      entityId: id,
      after: {
        channel: opts.channel,
        filedAs: input.filedAs,
        subjectType: target.subjectType,
        subjectId: target.subjectId,
      },
      requestId: opts.requestId,
    });
    return { id, trackingCode, receivedOn, classificationDueOn: due.dueOn };
  });
}

async function addEvent(
  tx: Tx,
  tenantId: string,
  complaintId: string,
  actorId: string | null,
  command: string,
  fromState: string | null,
  toState: string,
  note?: string | null,
) {
  await tx.insert(complaintEvent).values({
    tenantId,
    id: newId(),
    complaintId,
    at: new Date().toISOString(),
    actorId,
    command,
    fromState,
    toState,
    note: note ?? null,
  });
}

/** What the citizen sees with the tracking code: the step, the dates and, at the end, the answer. */
export async function trackComplaint(db: Db, tenantId: string, code: string) {
  const row = await findByTrackingCode(db, tenantId, code);
  if (!row) return null;
  return {
    trackingCode: row.trackingCode,
    filedAs: COMPLAINT_KIND_LABELS[row.filedAs],
    state: row.state as ComplaintState,
    stateLabel: COMPLAINT_STATE_LABELS[row.state as ComplaintState] ?? row.state,
    receivedOn: row.receivedOn,
    dueOn: row.resolutionDueOn ?? row.classificationDueOn,
    transferredTo: row.transferredTo,
    outcome: row.outcome ? COMPLAINT_OUTCOME_LABELS[row.outcome] : null,
    answer: row.state === 'CONCLUDED' ? row.answer : null,
    concludedOn: row.concludedOn,
  };
}

/** Office intake of a paper filing, in the officer's scope. */
export async function recordPaperComplaint(db: Db, ctx: RequestContext, input: FileComplaintInput) {
  authorize(ctx.actor, 'complaint:handle');
  // The received date starts the time limits: a date to come would give the case more time.
  if (input.receivedOn && input.receivedOn > todayVn()) {
    throw new AppError('INVALID_INPUT', [
      { path: 'receivedOn', message: 'Ngày nhận đơn không được sau ngày hôm nay' },
    ]);
  }
  if (input.itemId || input.subjectId) {
    const target = await resolveTarget(db, ctx.actor.tenantId, input);
    const unit = await findUnitPath(db, ctx.actor.tenantId, target.unitId);
    authorize(ctx.actor, 'complaint:handle', { tenantId: ctx.actor.tenantId, path: unit });
  } else {
    authorize(ctx.actor, 'complaint:handle', {
      tenantId: ctx.actor.tenantId,
      path: `/${(await rootUnit(db, ctx.actor.tenantId)).id}/`,
    });
  }
  return fileComplaint(db, ctx.actor.tenantId, input, {
    channel: 'PAPER',
    actorId: ctx.actor.userId,
    requestId: ctx.requestId,
  });
}

async function findUnitPath(db: Db | Tx, tenantId: string, unitId: string) {
  const [u] = await db
    .select({ path: orgUnit.path })
    .from(orgUnit)
    .where(and(eq(orgUnit.tenantId, tenantId), eq(orgUnit.id, unitId)));
  if (!u) throw new AppError('NOT_FOUND');
  return u.path;
}

/** The case as officers see it: no name, contact or address of the filer, ever. */
function present(row: ComplaintRow, extra: { unitName: string }, ctx: RequestContext) {
  const { tenantId: _t, createdAt, ...rest } = row;
  return {
    ...rest,
    ...extra,
    createdAt: createdAt.toISOString(),
    stateLabel: COMPLAINT_STATE_LABELS[row.state as ComplaintState] ?? row.state,
    isAssignedToMe: row.handlerId === ctx.actor.userId,
  };
}

export async function listComplaints(db: Db, ctx: RequestContext) {
  authorize(ctx.actor, 'complaint:handle');
  const rows = await listComplaintsUnder(db, ctx.actor.tenantId, ctx.actor.scopePath);
  return { items: rows.map((r) => present(r.complaint, { unitName: r.unitName }, ctx)) };
}

/** The awards of the case's subject (a person or unit), newest first. */
function subjectAwards(db: Db | Tx, tenantId: string, subjectId: string | null) {
  if (!subjectId) return Promise.resolve([]);
  return db
    .select({
      id: award.id,
      awardCode: award.awardCode,
      year: award.year,
      decisionId: award.decisionId,
      decisionNumber: award.decisionNumber,
      isRevoked: award.isRevoked,
    })
    .from(award)
    .where(and(eq(award.tenantId, tenantId), eq(award.subjectId, subjectId)))
    .orderBy(desc(award.year));
}

export async function getComplaint(db: Db, ctx: RequestContext, id: string) {
  const found = await requireAccess(db, ctx, 'complaint:handle', complaintRef(id));
  const events = await listEvents(db, ctx.actor.tenantId, id);
  const row = found.complaint;
  const isAboutRecord = row.subjectType === 'PERSON' || row.subjectType === 'COLLECTIVE';
  return {
    ...present(row, { unitName: found.unitName }, ctx),
    isRemoteArea: found.isRemoteArea,
    allowedActions: complaintActions(ctx.actor, found),
    subjectAwards: isAboutRecord ? await subjectAwards(db, ctx.actor.tenantId, row.subjectId) : [],
    history: events.map(({ tenantId: _t, ...e }) => e),
  };
}

/**
 * The filer's identity, for the assigned handler only (Luật Tố cáo 2018, Điều 47–48: the
 * denouncer's name, address and details are kept confidential). Every read is audited.
 */
export async function readComplaintParty(db: Db, ctx: RequestContext, id: string) {
  const found = await requireAccess(db, ctx, 'complaint:handle', complaintRef(id));
  if (found.complaint.handlerId !== ctx.actor.userId) throw new AppError('COMPLAINT_NOT_ASSIGNED');
  const party = await findParty(db, ctx.actor.tenantId, id);
  if (!party) throw new AppError('COMPLAINT_NOT_FOUND');
  await db.transaction((tx) =>
    appendAudit(tx, {
      tenantId: ctx.actor.tenantId,
      actorId: ctx.actor.userId,
      action: 'complaint.readParty',
      entityType: 'complaint',
      entityId: id,
      after: { trackingCode: found.complaint.trackingCode },
      requestId: ctx.requestId,
    }),
  );
  return { fullName: party.fullName, contact: party.contact, address: party.address };
}

type Step = {
  command: ComplaintCommand;
  expectedVersion: number;
  note?: string | undefined;
  set: (row: ComplaintRow, found: LoadedComplaint, tx: Tx) => Promise<Partial<ComplaintRow>>;
};

async function runStep(db: Db, ctx: RequestContext, id: string, step: Step) {
  await db.transaction(async (tx) => {
    const found = await requireAccess(tx, ctx, 'complaint:handle', complaintRef(id));
    const row = found.complaint;
    // After classification only the assigned handler moves the case on (or an administrator).
    if (step.command.type !== 'classify' && !mayMoveOn(ctx.actor, row))
      throw new AppError('COMPLAINT_NOT_ASSIGNED');
    const next = nextComplaintState(row.state as ComplaintState, step.command);
    if (!next.ok) throw new AppError('INVALID_TRANSITION');
    const set = await step.set(row, found, tx);
    const after = await updateComplaint(tx, ctx.actor.tenantId, id, step.expectedVersion, {
      ...set,
      state: next.state,
    });
    if (!after) throw new AppError('VERSION_CONFLICT');
    await addEvent(
      tx,
      ctx.actor.tenantId,
      id,
      ctx.actor.userId,
      step.command.type,
      row.state,
      next.state,
      step.note,
    );
    await appendAudit(tx, {
      tenantId: ctx.actor.tenantId,
      actorId: ctx.actor.userId,
      action: `complaint.${step.command.type}`,
      entityType: 'complaint',
      entityId: id,
      before: { state: row.state, version: row.version },
      after: { state: next.state, ...set },
      requestId: ctx.requestId,
    });
  });
  return getComplaint(db, ctx, id);
}

export async function classifyComplaint(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof classifyInput>,
) {
  // The role's permission; runStep's requireAccess decides the case's scope.
  authorize(ctx.actor, 'complaint:handle');
  return runStep(db, ctx, id, {
    command: { type: 'classify', kind: input.kind, isCompetent: input.isCompetent },
    expectedVersion: input.expectedVersion,
    note: input.note,
    set: async () => ({
      kind: input.kind as ComplaintKind,
      isComplex: input.isComplex,
      transferredTo: input.isCompetent ? null : (input.transferredTo ?? null),
      handlerId: ctx.actor.userId,
    }),
  });
}

/** Thụ lý: the resolution clock starts, and the subject's pending dossiers are held. */
export async function acceptComplaint(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof stepInput>,
) {
  authorize(ctx.actor, 'complaint:handle');
  const acceptedOn = todayVn();
  const limits = await timeLimitsOn(db, ctx.actor.tenantId, acceptedOn);
  return runStep(db, ctx, id, {
    command: { type: 'accept' },
    expectedVersion: input.expectedVersion,
    note: input.note,
    set: async (row, found, tx) => {
      const due = stepDeadline(
        row.kind ?? row.filedAs,
        'RESOLUTION',
        acceptedOn,
        { isRemoteArea: found.isRemoteArea, isComplex: row.isComplex },
        limits,
      );
      let holdId: string | null = null;
      if (row.subjectId && (row.subjectType === 'PERSON' || row.subjectType === 'COLLECTIVE')) {
        holdId = newId();
        const label = COMPLAINT_KIND_LABELS[row.kind ?? row.filedAs];
        const hold = {
          tenantId: ctx.actor.tenantId,
          id: holdId,
          subjectId: row.subjectId,
          reason: 'KHIEU_NAI' as const,
          fromDate: acceptedOn,
          toDate: null,
          note: `${label} số ${row.trackingCode}, thụ lý ngày ${acceptedOn}; hạn giải quyết ${due.dueOn} (${due.citation})`,
          closedReason: null,
          version: 1,
        };
        await insertHold(tx, hold);
        await appendAudit(tx, {
          tenantId: ctx.actor.tenantId,
          actorId: ctx.actor.userId,
          action: 'hold.open',
          entityType: 'hold',
          entityId: holdId,
          after: { ...hold, tenantId: undefined, complaintId: row.id },
          requestId: ctx.requestId,
        });
      }
      return { acceptedOn, resolutionDueOn: due.dueOn, holdId };
    },
  });
}

export async function verifyComplaint(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof stepInput>,
) {
  authorize(ctx.actor, 'complaint:handle');
  return runStep(db, ctx, id, {
    command: { type: 'verify' },
    expectedVersion: input.expectedVersion,
    note: input.note,
    set: async () => ({}),
  });
}

/**
 * The conclusion releases the hold. A finding against one of the subject's awards records it with
 * its ground (Law 2022, Điều 93, khoản 2) and, when asked by a concluder who may revoke
 * (decision:revoke over the case's unit), starts the per-award revocation in the same transaction.
 */
export async function concludeComplaint(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof concludeInput>,
) {
  // The role's permission; runStep's requireAccess decides the case's scope.
  authorize(ctx.actor, 'complaint:handle');
  return runStep(db, ctx, id, {
    command: { type: 'conclude', outcome: input.outcome },
    expectedVersion: input.expectedVersion,
    note: input.conclusion,
    set: async (row, found, tx) => {
      const concludedOn = todayVn();
      const label = COMPLAINT_KIND_LABELS[row.kind ?? row.filedAs];
      if (row.holdId) {
        const hold = await findHold(tx, ctx.actor.tenantId, row.holdId);
        if (hold && hold.toDate === null) {
          const closed = await updateHoldRow(tx, ctx.actor.tenantId, hold.id, hold.version, {
            toDate: concludedOn,
            closedReason: `Đã có kết luận ${label.toLowerCase()} số ${row.trackingCode}: ${COMPLAINT_OUTCOME_LABELS[input.outcome].toLowerCase()}`,
          });
          await appendAudit(tx, {
            tenantId: ctx.actor.tenantId,
            actorId: ctx.actor.userId,
            action: 'hold.close',
            entityType: 'hold',
            entityId: hold.id,
            before: { toDate: null },
            after: { toDate: closed?.toDate ?? concludedOn, complaintId: row.id },
            requestId: ctx.requestId,
          });
        }
      }
      let revocation: { awardId: string; ground: string; revokedOn: string | null } | null = null;
      if (input.revocation && input.outcome !== 'REJECTED') {
        const r = input.revocation;
        const target = (await subjectAwards(tx, ctx.actor.tenantId, row.subjectId)).find(
          (a) => a.id === r.awardId,
        );
        if (!target) throw new AppError('COMPLAINT_AWARD_NOT_OF_SUBJECT');
        if (target.isRevoked) throw new AppError('AWARD_ALREADY_REVOKED');
        revocation = { awardId: r.awardId, ground: r.ground, revokedOn: null };
        if (r.revokeNow) {
          // Revoking is the deciding level's power (Law 2022, Điều 93): the handler's role alone does not give it.
          if (!COMPLAINT_ACTIONS.revokeAward(ctx.actor, found)) throw new AppError('FORBIDDEN');
          await recordAwardRevocation(tx, ctx, {
            awardId: r.awardId,
            decisionId: target.decisionId,
            ground: r.ground,
            revokedOn: concludedOn,
            reason: `Theo kết luận ${label.toLowerCase()} số ${row.trackingCode}: ${input.conclusion}`.slice(
              0,
              2000,
            ),
            recoverCertificate: r.recoverCertificate,
            recoverMoney: r.recoverMoney,
            origin: { complaintId: row.id, trackingCode: row.trackingCode },
          });
          revocation.revokedOn = concludedOn;
        }
      }
      return {
        outcome: input.outcome,
        conclusion: input.conclusion,
        answer: input.answer,
        concludedOn,
        revocation,
      };
    },
  });
}
