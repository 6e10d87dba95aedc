import type { Role } from '@vinhdanh/domain/auth/roles';
import { type NoticeEvent, type NoticeFacts, noticeText } from '@vinhdanh/domain/notices/notice-events';
import type { ReturnReason } from '@vinhdanh/domain/workflow/commands';
import type { Db, Tx } from '../../db/client';
import { EMAIL_TOPIC, type EmailPayload, LINK_TOKEN } from '../../platform/outbox/email-handler';
import { enqueue } from '../../platform/outbox/outbox';
import { type Recipient, unitName, usersByIds, usersCovering } from './notice-recipients.repository';

// E-mail notices: when work lands in someone's queue, one outbox message per recipient is
// enqueued in the transaction of the change (so a rolled-back change sends nothing, and one
// failed address never holds up the others). The outbox poller delivers them (email-handler).

type FactsWithoutLink = NoticeFacts extends infer F
  ? F extends NoticeFacts
    ? Omit<F, 'link'>
    : never
  : never;

export async function enqueueNotices(
  tx: Tx | Db,
  tenantId: string,
  recipients: readonly Recipient[],
  facts: FactsWithoutLink,
  path: string,
): Promise<number> {
  const { subject, text } = noticeText({ ...facts, link: LINK_TOKEN } as NoticeFacts);
  for (const r of recipients) {
    const payload: EmailPayload = { to: r.email, subject, text, event: facts.event, path };
    await enqueue(tx, { tenantId, topic: EMAIL_TOPIC, payload });
  }
  return recipients.length;
}

export type ProposalStep = {
  tenantId: string;
  id: string;
  title: string;
  submittingUnitId: string;
  levels: string[];
  levelIndex: number;
  state: string;
  dueOn: string | null;
};

/** Who is told when a dossier enters a state, and which unit's subtree they must cover. */
const ON_STATE: Partial<
  Record<string, { event: NoticeEvent; role: Role; unit: (p: ProposalStep) => string }>
> = {
  SUBMITTED: {
    event: 'PROPOSAL_SUBMITTED',
    role: 'APPRAISER',
    unit: (p) => p.levels[p.levelIndex] ?? p.submittingUnitId,
  },
  RETURNED: { event: 'PROPOSAL_RETURNED', role: 'UNIT_OFFICER', unit: (p) => p.submittingUnitId },
  DECISION_PENDING: {
    event: 'DECISION_TO_SIGN',
    role: 'LEADER',
    unit: (p) => p.levels[p.levels.length - 1] ?? p.submittingUnitId,
  },
};

/** Called by every workflow transition that moves a dossier (proposal-command.ts). */
export async function noticeProposalStep(
  tx: Tx,
  p: ProposalStep,
  returnReasons: readonly ReturnReason[] = [],
): Promise<number> {
  const rule = ON_STATE[p.state];
  if (!rule) return 0;
  const recipients = await usersCovering(tx, p.tenantId, rule.unit(p), rule.role, rule.event);
  if (recipients.length === 0) return 0;
  const path = `/ho-so-de-nghi/${p.id}`;
  const unit = await unitName(tx, p.tenantId, p.submittingUnitId);
  const facts: FactsWithoutLink =
    rule.event === 'PROPOSAL_RETURNED'
      ? {
          event: 'PROPOSAL_RETURNED',
          title: p.title,
          dueOn: p.dueOn,
          reasons: returnReasons.map((r) => r.text),
        }
      : rule.event === 'DECISION_TO_SIGN'
        ? { event: 'DECISION_TO_SIGN', title: p.title, unitName: unit, dueOn: p.dueOn }
        : { event: 'PROPOSAL_SUBMITTED', title: p.title, unitName: unit, dueOn: p.dueOn };
  return enqueueNotices(tx, p.tenantId, recipients, facts, path);
}

/** The members of a new council session are invited (councils.service createSession). */
export async function noticeCouncilOpened(
  tx: Tx,
  s: { tenantId: string; id: string; title: string; meetingOn: string; memberIds: string[]; items: number },
): Promise<number> {
  const recipients = await usersByIds(tx, s.tenantId, s.memberIds, 'COUNCIL_OPENED');
  return enqueueNotices(
    tx,
    s.tenantId,
    recipients,
    { event: 'COUNCIL_OPENED', title: s.title, meetingOn: s.meetingOn, items: s.items },
    `/hoi-dong/${s.id}`,
  );
}
