import { addWorkingDays } from '@vinhdanh/domain/calendar/working-days';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { appUser, noticeReminder, outboxMessage, proposal } from '../../db/schema/index';
import { emailHandler } from '../../platform/outbox/email-handler';
import { type OutboxMessage, pollOnce } from '../../platform/outbox/outbox';
import { ApiClient } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { movableClock } from '../../test/movable-clock';
import { seedProposal } from '../../test/proposal-seeds';
import { startSmtpTestServer } from '../../test/smtp-test-server';
import { sendDeadlineReminders } from './deadline-reminders';

// E-mail notices end to end: a workflow step enqueues them in its transaction, the outbox
// delivers them over SMTP to a real server started here, retries after a failure, and keeps the
// Message-ID of a repeat. The deadline job reminds of each deadline once.

const FROM = 'Vinh Danh tỉnh A <thongbao@tinh-a.gov.vn>';

async function setEmail(db: Db, username: string, email: string, optOut: string[] = []) {
  await db.update(appUser).set({ email, noticeOptOut: optOut }).where(eq(appUser.username, username));
}

async function emailsTo(db: Db, to: string) {
  return db
    .select()
    .from(outboxMessage)
    .where(and(eq(outboxMessage.topic, 'email'), sql`${outboxMessage.payload}->>'to' = ${to}`));
}

describeEngines('e-mail notices', (env) => {
  let smtp: Awaited<ReturnType<typeof startSmtpTestServer>>;
  let n = 0;
  const address = (who: string) => {
    n += 1;
    return `${who}.${n}.${env().engine}@tinh-a.gov.vn`;
  };

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
  });
  afterAll(async () => {
    await smtp.close();
  });

  it('tells the appraiser of a submitted dossier; after an SMTP failure before DATA the retry delivers exactly one message', async () => {
    const { db } = env().database;
    const { fx, app } = env();
    const to = address('thamdinh');
    await setEmail(db, fx.users.APPRAISER, to);
    const p = await seedProposal(db, fx, 'own', { state: 'UNIT_REVIEW' });
    await db
      .update(proposal)
      .set({ title: `Hồ sơ khen thưởng năm 2025 (${to})` })
      .where(and(eq(proposal.tenantId, p.tenantId), eq(proposal.id, p.id)));
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const res = await officer.request('POST', `/api/proposals/${p.id}/submit`, {
      expectedVersion: 1,
      ineligibleReason: 'Đơn vị đề nghị Hội đồng xem xét thành tích',
    });
    expect(res.status).toBe(200);
    const [row, ...more] = await emailsTo(db, to);
    expect(more).toEqual([]);
    expect(row?.status).toBe('PENDING');

    const clock = movableClock();
    const handlers = {
      email: emailHandler({ smtpUrl: smtp.url, from: FROM, publicBaseUrl: 'https://tdkt.tinh-a.gov.vn' }),
    };
    smtp.refuseNextRecipients(1);
    await pollOnce(db, { handlers, clock });
    expect(smtp.received.filter((m) => m.to === to)).toEqual([]);
    const [failed] = await emailsTo(db, to);
    expect(failed).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect(failed?.lastError).toContain('451');

    clock.advance(31_000); // past the first backoff (30 s)
    await pollOnce(db, { handlers, clock });
    await pollOnce(db, { handlers, clock });
    const got = smtp.received.filter((m) => m.to === to);
    expect(got).toHaveLength(1);
    expect(got[0]?.messageId).toBe(`<${row?.id}@tinh-a.gov.vn>`);
    expect(got[0]?.subject).toBe(`[Vinh Danh] Hồ sơ mới chờ thẩm định: Hồ sơ khen thưởng năm 2025 (${to})`);
    expect(got[0]?.text).toContain(`https://tdkt.tinh-a.gov.vn/ho-so-de-nghi/${p.id}`);
    expect(got[0]?.text).toContain('Trường THPT Số 1 đã trình hồ sơ');
    const [sent] = await emailsTo(db, to);
    expect(sent).toMatchObject({ status: 'SENT', attempts: 2 });
  });

  it('sends the repeat of a message whose DATA was accepted with the same Message-ID', async () => {
    const { db } = env().database;
    const { fx, app } = env();
    const to = address('canbo');
    await setEmail(db, fx.users.UNIT_OFFICER, to);
    const p = await seedProposal(db, fx, 'own', { state: 'RECEIVED' });
    const appraiser = await ApiClient.login(app, fx.users.APPRAISER);
    const res = await appraiser.request('POST', `/api/proposals/${p.id}/return`, {
      expectedVersion: 1,
      reasons: [{ code: 'MISSING_COMPONENT', text: 'Thiếu báo cáo thành tích có xác nhận của thủ trưởng' }],
    });
    expect(res.status).toBe(200);
    const smtpSend = emailHandler({ smtpUrl: smtp.url, from: FROM });
    // The server accepts the DATA, then the answer is lost: the outbox cannot know it was sent.
    const lostAnswer = async (m: OutboxMessage) => {
      await smtpSend(m);
      if (m.attempt === 1) throw new Error('mất kết nối sau khi máy chủ đã nhận DATA');
    };
    const clock = movableClock();
    await pollOnce(db, { handlers: { email: lostAnswer }, clock });
    clock.advance(31_000);
    await pollOnce(db, { handlers: { email: lostAnswer }, clock });
    const got = smtp.received.filter((m) => m.to === to);
    expect(got).toHaveLength(2);
    const [row] = await emailsTo(db, to);
    expect(got.map((m) => m.messageId)).toEqual([`<${row?.id}@tinh-a.gov.vn>`, `<${row?.id}@tinh-a.gov.vn>`]);
    expect(got[0]?.subject).toContain('Hồ sơ bị trả lại');
    expect(got[0]?.text).toContain('Thiếu báo cáo thành tích có xác nhận của thủ trưởng');
    expect(row?.status).toBe('SENT');
  });

  it('reminds of a deadline 2 working days ahead once, and not of one further away', async () => {
    const { db } = env().database;
    const { fx } = env();
    const to = address('thamdinh.nhac');
    await setEmail(db, fx.users.APPRAISER, to);
    const today = '2026-12-03'; // a Thursday
    const soon = await seedProposal(db, fx, 'own', { state: 'APPRAISAL' });
    const later = await seedProposal(db, fx, 'own', { state: 'APPRAISAL' });
    const set = (id: string, title: string, dueOn: string) =>
      db
        .update(proposal)
        .set({ title, dueOn })
        .where(and(eq(proposal.tenantId, fx.tenantA), eq(proposal.id, id)));
    await set(soon.id, `Hồ sơ sắp đến hạn (${to})`, addWorkingDays(today, 2)); // Monday 07/12
    await set(later.id, `Hồ sơ còn xa hạn (${to})`, addWorkingDays(today, 5));
    expect(await sendDeadlineReminders(db, { today, workingDaysBefore: 2 })).toBeGreaterThanOrEqual(1);
    // The hourly job runs again: nothing new for the same deadline.
    await sendDeadlineReminders(db, { today, workingDaysBefore: 2 });
    const rows = await db.select().from(noticeReminder).where(eq(noticeReminder.tenantId, fx.tenantA));
    expect(rows.filter((r) => r.refId === soon.id)).toMatchObject([
      { kind: 'PROPOSAL_TO_APPRAISE', dueOn: '2026-12-07' },
    ]);
    expect(rows.filter((r) => r.refId === later.id)).toEqual([]);
    await pollOnce(db, {
      handlers: { email: emailHandler({ smtpUrl: smtp.url, from: FROM }) },
      clock: movableClock(),
    });
    const got = smtp.received.filter((m) => m.to === to);
    expect(got.map((m) => m.subject)).toEqual([
      `[Vinh Danh] Sắp đến hạn 07/12/2026: Hồ sơ sắp đến hạn (${to})`,
    ]);
    expect(got[0]?.text).toContain('Hồ sơ chờ thẩm định');
  });

  it('sends nothing to a user who turned the event off, and only logs a notice when no SMTP server is set', async () => {
    const { db } = env().database;
    const { fx, app } = env();
    const to = address('khongnhan');
    await setEmail(db, fx.users.APPRAISER, to, ['PROPOSAL_SUBMITTED']);
    const p = await seedProposal(db, fx, 'own', { state: 'UNIT_REVIEW' });
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const res = await officer.request('POST', `/api/proposals/${p.id}/submit`, {
      expectedVersion: 1,
      ineligibleReason: 'Đơn vị đề nghị Hội đồng xem xét thành tích',
    });
    expect(res.status).toBe(200);
    expect(await emailsTo(db, to)).toEqual([]);

    const lines: string[] = [];
    const logOnly = emailHandler({ smtpUrl: undefined, from: FROM }, (line) => lines.push(line));
    await logOnly({
      tenantId: fx.tenantA,
      id: '01a00000-0000-7000-8000-000000000001',
      topic: 'email',
      attempt: 1,
      payload: { to, subject: 'Thử', text: 'Nội dung', event: 'PROPOSAL_SUBMITTED' },
    });
    expect(lines).toEqual([`[thư thông báo, chưa cấu hình SMTP] PROPOSAL_SUBMITTED → ${to}: Thử`]);
  });
});
