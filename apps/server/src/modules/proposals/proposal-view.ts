import type { Actor } from '@vinhdanh/domain/auth/policy';
import { isOverdue } from '@vinhdanh/domain/calendar/working-days';
import type { ReturnReason } from '@vinhdanh/domain/workflow/commands';
import type { FlowFacts, FlowRequirements, ProposalFlow } from '@vinhdanh/domain/workflow/machine';
import { isMinutesComponent } from '@vinhdanh/domain/workflow/requirements';
import { type DossierSnapshot, diffAgainstReasons } from '@vinhdanh/domain/workflow/return-diff';
import { type ProposalState, STATE_LABELS } from '@vinhdanh/domain/workflow/states';
import type { Db, Tx } from '../../db/client';
import { todayVn } from '../../platform/clock';
import { findDecision } from '../records/index';
import { componentCounts } from './minutes-confirmation';
import { proposalActions } from './proposal-access';
import { portalCodeOf } from './proposal-dvc';
import {
  listProposalSessions,
  type OpenHoldRow,
  openHoldsOf,
  revokedAwardIds,
} from './proposal-links.repository';
import { readUpperLevel } from './proposal-upper-level';
import {
  type ComponentRow,
  findProposal,
  listComponentFiles,
  listComponents,
  listEvents,
  listItems,
  type ProposalItemRow,
  type ProposalRow,
} from './proposals.repository';

export type LastReturn = {
  reasons: ReturnReason[];
  snapshot: DossierSnapshot;
  at: string;
  by: string | null;
};

export const flowOf = (p: ProposalRow): ProposalFlow => ({
  state: p.state as ProposalState,
  requirements: p.requirements as FlowRequirements,
  levelIndex: p.levelIndex,
  levelCount: p.levels.length,
  publicCommentDone: p.publicCommentDone,
  councilDone: p.councilDone,
});

export function factsOf(p: ProposalRow, components: ComponentRow[], items: ProposalItemRow[]): FlowFacts {
  const present = new Set(components.filter((c) => componentCounts(c.name, c)).map((c) => c.name));
  const minutes = p.components.filter(isMinutesComponent);
  return {
    hasMinutes: minutes.length === 0 || minutes.every((m) => present.has(m)),
    componentsComplete: p.components.every((c) => present.has(c)),
    pendingItems: items.filter((i) => i.appraisal === 'PENDING').length,
  };
}

export function snapshotOf(components: ComponentRow[], items: ProposalItemRow[]): DossierSnapshot {
  return {
    components: Object.fromEntries(components.map((c) => [c.name, c.sha256 ?? 'GENERATED'])),
    items: Object.fromEntries(
      items.map((i) => [i.id, { award: i.awardCode, subjectId: i.subjectId, name: i.subjectName }]),
    ),
  };
}

const presentItem = (revoked: Set<string>, holds: OpenHoldRow[]) => (i: ProposalItemRow) => ({
  id: i.id,
  subjectType: i.subjectType,
  subjectId: i.subjectId,
  subjectName: i.subjectName,
  unitId: i.unitId,
  awardCode: i.awardCode,
  achievement: i.achievement,
  engineEligible: i.engineEligible,
  verdict: i.verdict,
  flags: i.flags,
  appraisal: i.appraisal,
  appraisedEligible: i.appraisedEligible,
  overrideReason: i.overrideReason,
  councilPassed: i.councilPassed,
  outcome: i.outcome,
  awardId: i.awardId,
  awardRevoked: i.awardId !== null && revoked.has(i.awardId),
  openHolds: holds
    .filter((h) => h.subjectId === i.subjectId)
    .map(({ reason, fromDate, note }) => ({ reason, fromDate, note })),
});

/** The proposal as the API shows it: state, items, components, history, and the return diff. */
export async function proposalView(db: Db | Tx, actor: Actor, id: string) {
  const tenantId = actor.tenantId;
  const p = await findProposal(db, tenantId, id);
  if (!p) return undefined;
  // One query at a time: inside a transaction all go to one client, which pg 9 refuses to share.
  const items = await listItems(db, tenantId, id);
  const components = await listComponents(db, tenantId, id);
  const events = await listEvents(db, tenantId, id);
  const files = await listComponentFiles(db, tenantId, id);
  const lastReturn = p.lastReturn as LastReturn | null;
  const issued = p.decisionId ? await findDecision(db, tenantId, p.decisionId) : undefined;
  const sessions = await listProposalSessions(db, tenantId, id);
  const revoked = await revokedAwardIds(
    db,
    tenantId,
    items.flatMap((i) => (i.awardId ? [i.awardId] : [])),
  );
  const holds = await openHoldsOf(db, tenantId, [...new Set(items.map((i) => i.subjectId))], todayVn());
  const byName = new Map(components.map((c) => [c.name, c]));
  return {
    id: p.id,
    kind: p.kind,
    title: p.title,
    year: p.year,
    movementId: p.movementId,
    submittingUnitId: p.submittingUnitId,
    levels: p.levels,
    levelIndex: p.levelIndex,
    currentUnitId: p.levels[p.levelIndex] ?? p.submittingUnitId,
    deciderRole: p.deciderRole,
    ruleSetId: p.ruleSetId,
    state: p.state,
    stateLabel: STATE_LABELS[p.state as ProposalState] ?? p.state,
    portalCode: await portalCodeOf(db, p),
    requirements: p.requirements as FlowRequirements,
    publicCommentDone: p.publicCommentDone,
    councilDone: p.councilDone,
    stepEnteredOn: p.stepEnteredOn,
    dueOn: p.dueOn,
    isOverdue: p.dueOn !== null && isOverdue(p.dueOn, todayVn()),
    publicCommentUntil: p.publicCommentUntil,
    publicCommentClosedOn: p.publicCommentClosedOn,
    publicCommentCloseReason: p.publicCommentCloseReason,
    rejectReason: p.rejectReason,
    decisionId: p.decisionId,
    decision: issued ? { number: issued.number, signedOn: issued.signedOn, issuer: issued.issuer } : null,
    version: p.version,
    facts: factsOf(p, components, items),
    components: p.components.map((name) => {
      const c = byName.get(name);
      return {
        name,
        isMinutes: isMinutesComponent(name),
        present: componentCounts(name, c),
        /** A generated minutes draft waiting for the unit leader's confirmation. */
        awaitingConfirmation: c !== undefined && !componentCounts(name, c),
        fileId: c?.fileId ?? null,
        sha256: c?.sha256 ?? null,
        isGenerated: c?.isGenerated ?? false,
        confirmedAt: c?.confirmedAt ?? null,
        file: (c?.fileId && files.get(c.fileId)) || null,
      };
    }),
    items: items.map(presentItem(revoked, holds)),
    councilSessions: sessions,
    lastReturn: lastReturn && {
      reasons: lastReturn.reasons,
      at: lastReturn.at,
      // What changed since the return, reason by reason (the submitter's and the office's checklist).
      diff: diffAgainstReasons(lastReturn.reasons, lastReturn.snapshot, snapshotOf(components, items)),
    },
    /** The package sent to the upper level, with its returns; null until sent. */
    upperLevel: await readUpperLevel(db, tenantId, p.id),
    allowedActions: await proposalActions(db, actor, p),
    history: events.map((e) => ({
      at: e.at,
      actorName: e.actorName,
      command: e.command,
      fromState: e.fromState,
      toState: e.toState,
      detail: e.detail,
    })),
  };
}
export type ProposalView = NonNullable<Awaited<ReturnType<typeof proposalView>>>;
