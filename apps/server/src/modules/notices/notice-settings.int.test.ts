import { NOTICE_EVENT_LABELS, NOTICE_EVENTS } from '@vinhdanh/domain/notices/notice-events';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { appUser, auditEvent, outboxMessage, proposal } from '../../db/schema/index';
import { EMAIL_INVALID_MESSAGE } from '../../lib/email-address';
import { emailHandler } from '../../platform/outbox/email-handler';
import { pollOnce } from '../../platform/outbox/outbox';
import { ApiClient } from '../../test/client';
import { describeEngines, type TestEnv } from '../../test/engines';
import { movableClock } from '../../test/movable-clock';
import { seedProposal } from '../../test/proposal-seeds';
import { startSmtpTestServer } from '../../test/smtp-test-server';

// Each user chooses where their e-mail notices go and which events they receive, on their own
// account only (PUT /api/auth/me/notices); an administrator sets an address from the users page.
// Delivery is checked on a real SMTP server, as in email-notices.int.test.ts.

const FROM = 'Vinh Danh tỉnh A <thongbao@tinh-a.gov.vn>';

async function account(db: Db, username: string) {
  const [row] = await db
    .select({ id: appUser.id, email: appUser.email, noticeOptOut: appUser.noticeOptOut })
    .from(appUser)
    .where(eq(appUser.username, username));
  return row!;
}

/** The unit officer submits a fresh dossier to the appraisers' office. */
async function submitDossier(env: TestEnv, title: string) {
  const { database, fx, app } = env;
  const p = await seedProposal(database.db, fx, 'own', { state: 'UNIT_REVIEW' });
  await database.db
    .update(proposal)
    .set({ title })
    .where(and(eq(proposal.tenantId, p.tenantId), eq(proposal.id, p.id)));
  const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
  const res = await officer.request('POST', `/api/proposals/${p.id}/submit`, {
    expectedVersion: 1,
    ineligibleReason: 'Đơn vị đề nghị Hội đồng xem xét thành tích',
  });
  expect(res.status).toBe(200);
  return p.id;
}

describeEngines('e-mail notice settings', (env) => {
  let smtp: Awaited<ReturnType<typeof startSmtpTestServer>>;
  beforeAll(async () => {
    smtp = await startSmtpTestServer();
  });
  afterAll(async () => {
    await smtp.close();
  });
  const deliver = () =>
    pollOnce(env().database.db, {
      handlers: { email: emailHandler({ smtpUrl: smtp.url, from: FROM }) },
      clock: movableClock(),
    });

  it('a user sets their address and receives a notice; after turning the event off, none arrives for it', async () => {
    const { db } = env().database;
    const { fx, app, engine } = env();
    const to = `thamdinh.tudat.${engine}@tinh-a.gov.vn`;
    const appraiser = await ApiClient.login(app, fx.users.APPRAISER);

    const initial = await appraiser.get('/api/auth/me/notices');
    expect(initial.status).toBe(200);
    expect(initial.body.events.map((e: { event: string }) => e.event)).toEqual([...NOTICE_EVENTS]);
    expect(initial.body.events[0]).toEqual({
      event: 'PROPOSAL_SUBMITTED',
      label: NOTICE_EVENT_LABELS.PROPOSAL_SUBMITTED,
      enabled: true,
      forMyRoles: true,
    });
    // A council invitation is not an appraiser's work, but may still be chosen.
    expect(initial.body.events.find((e: { event: string }) => e.event === 'COUNCIL_OPENED')).toMatchObject({
      enabled: true,
      forMyRoles: false,
    });
    expect(initial.body).toMatchObject({ deliveryConfigured: false, reminderWorkingDays: 2 });

    const saved = await appraiser.request('PUT', '/api/auth/me/notices', {
      email: `  ${to} `,
      disabledEvents: [],
    });
    expect(saved.status).toBe(200);
    expect(saved.body.email).toBe(to);
    expect(await account(db, fx.users.APPRAISER)).toMatchObject({ email: to, noticeOptOut: [] });

    const first = await submitDossier(env(), `Hồ sơ thông báo bật (${to})`);
    await deliver();
    expect(smtp.received.filter((m) => m.to === to).map((m) => m.subject)).toEqual([
      `[Vinh Danh] Hồ sơ mới chờ thẩm định: Hồ sơ thông báo bật (${to})`,
    ]);

    const off = await appraiser.request('PUT', '/api/auth/me/notices', {
      email: to,
      disabledEvents: ['DEADLINE_REMINDER', 'PROPOSAL_SUBMITTED'],
    });
    expect(off.status).toBe(200);
    const read = await appraiser.get('/api/auth/me/notices');
    const enabled = Object.fromEntries(
      read.body.events.map((e: { event: string; enabled: boolean }) => [e.event, e.enabled]),
    );
    expect(enabled).toEqual({
      PROPOSAL_SUBMITTED: false,
      PROPOSAL_RETURNED: true,
      COUNCIL_OPENED: true,
      DECISION_TO_SIGN: true,
      DEADLINE_REMINDER: false,
    });
    // Stored in the catalogue's order, whatever order the switches were clicked in.
    expect((await account(db, fx.users.APPRAISER)).noticeOptOut).toEqual([
      'PROPOSAL_SUBMITTED',
      'DEADLINE_REMINDER',
    ]);

    const second = await submitDossier(env(), `Hồ sơ thông báo tắt (${to})`);
    await deliver();
    expect(smtp.received.filter((m) => m.to === to)).toHaveLength(1);
    const queued = await db
      .select()
      .from(outboxMessage)
      .where(and(eq(outboxMessage.topic, 'email'), sql`${outboxMessage.payload}->>'to' = ${to}`));
    expect(queued.map((m) => (m.payload as { path: string }).path)).toEqual([`/ho-so-de-nghi/${first}`]);
    expect(second).not.toBe(first);

    const { id } = await account(db, fx.users.APPRAISER);
    const audit = await db
      .select()
      .from(auditEvent)
      .where(
        and(
          eq(auditEvent.tenantId, fx.tenantA),
          eq(auditEvent.action, 'user.noticeSettings'),
          eq(auditEvent.entityId, id),
        ),
      )
      .orderBy(auditEvent.seq);
    expect(audit.map((a) => a.after)).toEqual([
      { email: to, noticeOptOut: [] },
      { email: to, noticeOptOut: ['PROPOSAL_SUBMITTED', 'DEADLINE_REMINDER'] },
    ]);
    expect(audit.every((a) => a.actorId === id)).toBe(true);
  });

  it('refuses an invalid address with INVALID_INPUT on the email field and changes nothing', async () => {
    const { db } = env().database;
    const { fx, app, engine } = env();
    const leader = await ApiClient.login(app, fx.users.LEADER);
    const good = `lanhdao.${engine}@tinh-a.gov.vn`;
    expect(
      (await leader.request('PUT', '/api/auth/me/notices', { email: good, disabledEvents: [] })).status,
    ).toBe(200);
    for (const email of ['nguyenvana@', 'nguyen van a@sonha.gov.vn', `${good}\r\nBcc: ai.do@ngoai.vn`]) {
      const res = await leader.request('PUT', '/api/auth/me/notices', {
        email,
        disabledEvents: ['DECISION_TO_SIGN'],
      });
      expect(res.status, email).toBe(400);
      expect(res.body.error.code).toBe('INVALID_INPUT');
      expect(res.body.error.details).toEqual([{ path: 'email', message: EMAIL_INVALID_MESSAGE }]);
    }
    const unknown = await leader.request('PUT', '/api/auth/me/notices', {
      email: good,
      disabledEvents: ['KHONG_CO'],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details[0].path).toBe('disabledEvents.0');
    expect(await account(db, fx.users.LEADER)).toMatchObject({ email: good, noticeOptOut: [] });

    // An empty address turns e-mail off altogether.
    const cleared = await leader.request('PUT', '/api/auth/me/notices', { email: '', disabledEvents: [] });
    expect(cleared.status).toBe(200);
    expect(cleared.body.email).toBeNull();
    expect((await account(db, fx.users.LEADER)).email).toBeNull();
  });

  it("cannot change another user's settings through the self route, nor without the CSRF token", async () => {
    const { db } = env().database;
    const { fx, app, engine } = env();
    const mine = `hoidong.${engine}@tinh-a.gov.vn`;
    await db
      .update(appUser)
      .set({ email: mine, noticeOptOut: [] })
      .where(eq(appUser.username, fx.users.COUNCIL_MEMBER));
    const victim = await account(db, fx.users.COUNCIL_MEMBER);
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);

    const named = await officer.request('PUT', '/api/auth/me/notices', {
      userId: victim.id,
      email: 'ke.gian@ngoai.vn',
      disabledEvents: ['COUNCIL_OPENED'],
    });
    expect(named.status).toBe(400);
    expect(named.body.error.code).toBe('INVALID_INPUT');
    const byPath = await officer.request('PUT', `/api/auth/me/notices?userId=${victim.id}`, {
      email: `canbo.${engine}@tinh-a.gov.vn`,
      disabledEvents: ['COUNCIL_OPENED'],
    });
    // The query is ignored: the officer's own account changed, the member's did not.
    expect(byPath.status).toBe(200);
    expect((await account(db, fx.users.UNIT_OFFICER)).email).toBe(`canbo.${engine}@tinh-a.gov.vn`);
    expect(await account(db, fx.users.COUNCIL_MEMBER)).toMatchObject({ email: mine, noticeOptOut: [] });

    const noCsrf = await app.request('/api/auth/me/notices', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ke.gian@ngoai.vn', disabledEvents: [] }),
    });
    expect(noCsrf.status).toBe(401);
    const member = await ApiClient.login(app, fx.users.COUNCIL_MEMBER);
    member.useCsrfToken('sai-ma');
    const forged = await member.request('PUT', '/api/auth/me/notices', {
      email: 'ke.gian@ngoai.vn',
      disabledEvents: [],
    });
    expect(forged.status).toBe(403);
    expect(forged.body.error.code).toBe('CSRF_INVALID');
    expect((await account(db, fx.users.COUNCIL_MEMBER)).email).toBe(mine);
  });

  it("an administrator sets a user's address from the users page, with the same check", async () => {
    const { db } = env().database;
    const { fx, app, engine } = env();
    const admin = await ApiClient.login(app, fx.tenantAdmin);
    const viewer = await account(db, fx.users.VIEWER);
    const to = `xem.${engine}@tinh-a.gov.vn`;
    const res = await admin.request('PATCH', `/api/users/${viewer.id}`, { email: to });
    expect(res.status).toBe(200);
    expect(res.body.email).toBe(to);
    expect((await account(db, fx.users.VIEWER)).email).toBe(to);
    const bad = await admin.request('PATCH', `/api/users/${viewer.id}`, { email: 'xem@@tinh-a' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual([{ path: 'email', message: EMAIL_INVALID_MESSAGE }]);
    const listed = await admin.get('/api/users');
    expect(listed.body.items.find((u: { id: string }) => u.id === viewer.id).email).toBe(to);

    const created = await admin.request('POST', '/api/users', {
      username: `canbo.thu.${engine}`,
      fullName: 'Cán bộ Thư',
      password: 'mot-mat-khau-dai-Son-Ha',
      roles: ['UNIT_OFFICER'],
      unitId: fx.own.id,
      email: `canbo.thu.${engine}@tinh-a.gov.vn`,
    });
    expect(created.status).toBe(201);
    expect(created.body.email).toBe(`canbo.thu.${engine}@tinh-a.gov.vn`);
  });
});
