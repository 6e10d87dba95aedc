import { z } from '@hono/zod-openapi';
import type { Db, Tx } from '../../db/client';
import { newId } from '../../lib/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { actorIdOf, insertEvent, insertNotification, listEvents, userName } from './proposals.repository';

// A dossier decided above the tenant goes up as a package (modules/upper-level, docs/interop.md).
// What the proposal page shows of it is read from the exchange's packages, which sit above this
// module in the module graph (exchange → signing → documents → proposals): the reader is passed in
// at composition (app.ts), as the ballot secret is.

export const upperLevelReason = z
  .object({
    code: z.enum(['MISSING_COMPONENT', 'CRITERIA_NOT_MET', 'WRONG_INFORMATION', 'OTHER']),
    text: z.string(),
    itemId: z.string().nullable(),
  })
  .openapi('UpperLevelReturnReason');

export const upperLevelOutput = z
  .object({
    /** SENDING (in the outbox), DELIVERED, DOWNLOADABLE (the paper route), RETURNED, DECIDED. */
    status: z.enum(['SENDING', 'DELIVERED', 'DOWNLOADABLE', 'RETURNED', 'DECIDED']),
    /** The version of the package last sent (1, then +1 on each resend after a return). */
    version: z.number(),
    sentAt: z.string(),
    /** The upper level's returns, oldest first, with its reasons. */
    returns: z.array(z.object({ at: z.string(), version: z.number(), reasons: z.array(upperLevelReason) })),
    /** The package as a file, when it goes by the paper or e-mail route. */
    downloadHref: z.string().nullable(),
  })
  .openapi('ProposalUpperLevel');
export type UpperLevel = z.infer<typeof upperLevelOutput>;

export type UpperLevelReader = (
  db: Db | Tx,
  tenantId: string,
  proposalId: string,
) => Promise<UpperLevel | null>;

let reader: UpperLevelReader = async () => null;

/** Set once at composition (app.ts): how the proposal view learns of its package sent up. */
export function useUpperLevelReader(read: UpperLevelReader) {
  reader = read;
}

export const readUpperLevel: UpperLevelReader = (db, tenantId, proposalId) =>
  reader(db, tenantId, proposalId);

export type UpperLevelStep = {
  tenantId: string;
  proposalId: string;
  /** sendUp, upperLevelReturned */
  command: string;
  state: string;
  actorId: string;
  detail: unknown;
  /** Who hears of it in the app; the senders of the dossier are added for a reply. */
  notify: string[];
  notice?: { title: string; body: string };
};

/** A step of the exchange with the upper level in the dossier's history (the state stays). */
export async function recordUpperLevelStep(tx: Tx, step: UpperLevelStep) {
  const { tenantId, proposalId } = step;
  await insertEvent(tx, {
    tenantId,
    id: newId(),
    proposalId,
    at: new Date().toISOString(),
    actorId: actorIdOf(step.actorId),
    actorName: await userName(tx, tenantId, step.actorId),
    command: step.command,
    fromState: step.state,
    toState: step.state,
    detail: step.detail ?? null,
  });
  if (step.notice) {
    const senders = (await listEvents(tx, tenantId, proposalId))
      .filter((e) => e.command === 'sendUp' && e.actorId)
      .map((e) => e.actorId as string);
    for (const userId of new Set([...step.notify, ...senders])) {
      await insertNotification(tx, { tenantId, id: newId(), userId, proposalId, ...step.notice });
    }
  }
  await appendAudit(tx, {
    tenantId,
    actorId: actorIdOf(step.actorId),
    action: `proposal.${step.command}`,
    entityType: 'proposal',
    entityId: proposalId,
    before: null,
    after: { state: step.state, detail: step.detail ?? null },
  });
}
