import type { Role } from '@vinhdanh/domain/auth/roles';
import { addWorkingDays } from '@vinhdanh/domain/calendar/working-days';
import { WORK_KIND_LABELS, type WorkKind } from '@vinhdanh/domain/workflow/my-work';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/query-rows';
import { type Clock, systemClock, todayVn } from '../../platform/clock';
import { usersCovering } from './notice-recipients.repository';
import { enqueueNotices } from './notices.service';

// Deadline reminders: N working days before a dossier step's due date (or the end of its public
// comment), the people whose queue holds the step get one e-mail. The row in notice_reminder is
// written in the same transaction as the e-mails, so each deadline is reminded of once, however
// often the job runs and on however many servers.

type Candidate = {
  tenant_id: string;
  id: string;
  title: string;
  state: string;
  due: string;
  submitting_unit_id: string;
  levels: string[] | string;
  level_index: number;
};

const RULES: Record<string, { kind: WorkKind; role: Role; unit: 'SUBMITTER' | 'OFFICE' | 'DECIDER' }> = {
  SUBMITTED: { kind: 'PROPOSAL_TO_RECEIVE', role: 'APPRAISER', unit: 'OFFICE' },
  RECEIVED: { kind: 'PROPOSAL_TO_APPRAISE', role: 'APPRAISER', unit: 'OFFICE' },
  APPRAISAL: { kind: 'PROPOSAL_TO_APPRAISE', role: 'APPRAISER', unit: 'OFFICE' },
  PUBLIC_COMMENT: { kind: 'PUBLIC_COMMENT_TO_CLOSE', role: 'APPRAISER', unit: 'OFFICE' },
  RETURNED: { kind: 'PROPOSAL_RETURNED', role: 'UNIT_OFFICER', unit: 'SUBMITTER' },
  DECISION_PENDING: { kind: 'DECISION_TO_SIGN', role: 'LEADER', unit: 'DECIDER' },
};

function stepUnit(c: Candidate, unit: 'SUBMITTER' | 'OFFICE' | 'DECIDER'): string {
  const levels: string[] = typeof c.levels === 'string' ? JSON.parse(c.levels) : c.levels;
  if (unit === 'SUBMITTER') return c.submitting_unit_id;
  if (unit === 'OFFICE') return levels[c.level_index] ?? c.submitting_unit_id;
  return levels[levels.length - 1] ?? c.submitting_unit_id;
}

/** Enqueues the reminders due `today` (Vietnam time); returns how many deadlines were reminded of. */
export async function sendDeadlineReminders(
  db: Db,
  opts: { today: string; workingDaysBefore: number },
): Promise<number> {
  const until = addWorkingDays(opts.today, opts.workingDaysBefore);
  const states = Object.keys(RULES).filter((s) => s !== 'PUBLIC_COMMENT');
  const due = sql`CASE WHEN p.state = 'PUBLIC_COMMENT' THEN p.public_comment_until ELSE p.due_on END`;
  // Across tenants on purpose: the job serves them all; every write below names its tenant.
  const candidates = await queryRows<Candidate>(
    db,
    sql`SELECT p.tenant_id, p.id, p.title, p.state, ${due}::text AS due, p.submitting_unit_id,
          p.levels, p.level_index
        FROM proposal p
        WHERE (p.state IN (${sql.join(
          states.map((s) => sql`${s}`),
          sql`, `,
        )}) OR p.state = 'PUBLIC_COMMENT')
          AND ${due} IS NOT NULL AND ${due} >= ${opts.today} AND ${due} <= ${until}
        ORDER BY p.tenant_id, p.id`,
  );
  let reminded = 0;
  for (const c of candidates) {
    const rule = RULES[c.state];
    if (!rule) continue;
    const sent = await db.transaction(async (tx) => {
      const fresh = await queryRows<{ ref_id: string }>(
        tx,
        sql`INSERT INTO notice_reminder (tenant_id, kind, ref_id, due_on)
            VALUES (${c.tenant_id}, ${rule.kind}, ${c.id}, ${c.due})
            ON CONFLICT DO NOTHING RETURNING ref_id`,
      );
      if (fresh.length === 0) return false;
      const recipients = await usersCovering(
        tx,
        c.tenant_id,
        stepUnit(c, rule.unit),
        rule.role,
        'DEADLINE_REMINDER',
      );
      await enqueueNotices(
        tx,
        c.tenant_id,
        recipients,
        { event: 'DEADLINE_REMINDER', what: WORK_KIND_LABELS[rule.kind], title: c.title, dueOn: c.due },
        `/ho-so-de-nghi/${c.id}`,
      );
      return true;
    });
    if (sent) reminded += 1;
  }
  return reminded;
}

/** Runs the reminders now and then every hour, on the clock given (tests pass their own). */
export function startReminderJob(
  db: Db,
  opts: { workingDaysBefore: number; clock?: Clock; intervalMs?: number; onError?: (e: unknown) => void },
) {
  const clock = opts.clock ?? systemClock;
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = running
      .then(() =>
        sendDeadlineReminders(db, { today: todayVn(clock), workingDaysBefore: opts.workingDaysBefore }),
      )
      .catch((e) => opts.onError?.(e));
  };
  run();
  const timer = setInterval(run, opts.intervalMs ?? 3_600_000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
