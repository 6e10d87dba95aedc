import {
  NOTICE_EVENT_LABELS,
  NOTICE_EVENT_ROLES,
  NOTICE_EVENTS,
} from '@vinhdanh/domain/notices/notice-events';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { appUser } from '../../db/schema/index';
import { authorizeSelf, type OwnAccount } from '../../lib/access';
import type { RequestContext } from '../../lib/context';
import { storedEmail } from '../../lib/email-address';
import { AppError } from '../../lib/errors';
import { appendAudit } from '../../platform/audit/append-audit';
import type { NoticeSettingsOutput, UpdateNoticeSettingsInput } from './notice-settings.schemas';

// A user's own e-mail notice settings. There is no user id in the route: the account is always
// the caller's, so nobody can read or change another user's address this way (administrators set
// an address from the users page, under user:manage and their scope).

type Settings = { email: string | null; noticeOptOut: string[]; roles: string[] };
/** How the server delivers notices (config.mail), shown beside the switches. */
export type Delivery = { deliveryConfigured: boolean; reminderWorkingDays: number };

function present(s: Settings, delivery: Delivery): NoticeSettingsOutput {
  return {
    email: s.email,
    events: NOTICE_EVENTS.map((event) => ({
      event,
      label: NOTICE_EVENT_LABELS[event],
      enabled: !s.noticeOptOut.includes(event),
      forMyRoles: NOTICE_EVENT_ROLES[event].some((role) => s.roles.includes(role)),
    })),
    ...delivery,
  };
}

const own = (account: OwnAccount) =>
  and(eq(appUser.tenantId, account.tenantId), eq(appUser.id, account.userId));

const columns = { email: appUser.email, noticeOptOut: appUser.noticeOptOut, roles: appUser.roles };

export async function getNoticeSettings(db: Db, ctx: RequestContext, delivery: Delivery) {
  const account = authorizeSelf(ctx);
  const [row] = await db.select(columns).from(appUser).where(own(account));
  if (!row) throw new AppError('UNAUTHENTICATED');
  return present(row, delivery);
}

export async function updateNoticeSettings(
  db: Db,
  ctx: RequestContext,
  input: UpdateNoticeSettingsInput,
  delivery: Delivery,
) {
  const account = authorizeSelf(ctx);
  const email = storedEmail(input.email);
  // Kept in the catalogue's order, so the stored list (and the audit) does not depend on clicks.
  const noticeOptOut = NOTICE_EVENTS.filter((e) => input.disabledEvents.includes(e));
  return db.transaction(async (tx) => {
    const [before] = await tx.select(columns).from(appUser).where(own(account)).for('update');
    if (!before) throw new AppError('UNAUTHENTICATED');
    const [after] = await tx
      .update(appUser)
      .set({ email, noticeOptOut })
      .where(own(account))
      .returning(columns);
    await appendAudit(tx, {
      tenantId: account.tenantId,
      actorId: account.userId,
      action: 'user.noticeSettings',
      entityType: 'user',
      entityId: account.userId,
      before: { email: before.email, noticeOptOut: before.noticeOptOut },
      after: { email, noticeOptOut },
      requestId: ctx.requestId,
    });
    return present(after!, delivery);
  });
}
