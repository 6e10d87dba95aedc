import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { createApp } from '../../app';
import { loadConfig } from '../../config/config';
import { auditEvent, hold } from '../../db/schema/index';
import { ApiClient } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { seedProposal } from '../../test/proposal-seeds';
import { COMPLAINT_LIMIT } from '../portal/portal.routes';

// A denunciation filed from the portal against a nominee, handled to its conclusion; the filer's
// identity stays with the assigned handler (every read audited) and out of every other response.

type App = ReturnType<typeof createApp>;
const FILER = { fullName: 'Hoàng Thị Kín Đáo', contact: 'kindao@example.vn', address: 'Xóm Núi, xã Bí Mật' };

function postForm(app: App, path: string, fields: Record<string, string>, client = '203.0.113.9') {
  return app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': client },
    body: new URLSearchParams(fields).toString(),
  });
}

const expectNoIdentity = (text: string) => {
  for (const secret of Object.values(FILER)) expect(text).not.toContain(secret);
};

describeEngines('complaints and denunciations', (env) => {
  let app: App;
  let itemId: string;
  let person: string;
  let code: string;
  let complaintId: string;
  let handler: ApiClient;

  beforeAll(async () => {
    const { database, fx } = env();
    app = createApp(
      {
        db: database.db,
        config: { ...loadConfig({}), webDist: '/x', trustProxy: true, trustedProxyHops: 1 },
      },
      { error: () => {} },
    );
    const p = await seedProposal(database.db, fx, 'own', {
      state: 'PUBLIC_COMMENT',
      appraised: true,
      publicCommentUntil: '2099-12-31',
      requirements: { publicComment: true },
    });
    itemId = p.itemId;
    person = p.person;
    handler = await ApiClient.login(app, fx.users.COMPLAINT_HANDLER);
  });

  it('a citizen files a denunciation against a nominee and follows it by tracking code, without login', async () => {
    const filed = await postForm(app, '/cong-khai/khieu-nai-to-cao', {
      filedAs: 'TO_CAO',
      itemId,
      subjectName: 'Người được đề nghị',
      content: 'Thành tích sáng kiến kê khai trong hồ sơ là của người khác, đề nghị xác minh.',
      ...FILER,
    });
    expect(filed.status).toBe(303);
    const location = filed.headers.get('location') ?? '';
    code = new URL(location, 'http://x').searchParams.get('ma') ?? '';
    expect(code).toMatch(/^KT-[A-Z2-9]{10}$/);
    const receipt = await app.request(location);
    const html = await receipt.text();
    expect(html).toContain(code);
    expect(html).toContain('Đã tiếp nhận, đang phân loại');
    expectNoIdentity(html);
    expect((await app.request('/cong-khai/khieu-nai-to-cao/tra-cuu?ma=KT-KHONGCOMA')).status).toBe(404);
  });

  it(`the public forms refuse bursts: more than ${COMPLAINT_LIMIT.max} filings, or comments, from one client`, async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= COMPLAINT_LIMIT.max; i += 1) {
      const res = await postForm(
        app,
        '/cong-khai/khieu-nai-to-cao',
        {
          filedAs: 'KHIEU_NAI',
          subjectName: 'Quyết định khen thưởng',
          content: `Đề nghị xem xét lại quyết định, lần gửi ${i + 1}.`,
          fullName: 'Người Gửi Nhiều',
          contact: '0911111111',
        },
        '198.51.100.77',
      );
      statuses.push(res.status);
    }
    expect(statuses.slice(0, COMPLAINT_LIMIT.max)).toEqual(Array(COMPLAINT_LIMIT.max).fill(303));
    expect(statuses.at(-1)).toBe(429);
    const comments: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const res = await postForm(
        app,
        '/cong-khai/y-kien',
        {
          itemId,
          name: 'Người Góp Ý',
          contact: '0922222222',
          text: `Ý kiến góp ý số ${i + 1} về trường hợp này.`,
        },
        '198.51.100.78',
      );
      comments.push(res.status);
    }
    expect(comments).toEqual([303, 303, 303, 429]);
    // A robot filling the hidden field stores nothing.
    const before = (await handler.get('/api/complaints')).body.items.length;
    await postForm(
      app,
      '/cong-khai/khieu-nai-to-cao',
      {
        filedAs: 'TO_CAO',
        subjectName: 'Ai đó',
        content: 'Quảng cáo rác gửi tự động vào biểu mẫu công khai.',
        fullName: 'Bot',
        contact: 'bot@example.com',
        website: 'http://spam',
      },
      '198.51.100.79',
    );
    expect((await handler.get('/api/complaints')).body.items.length).toBe(before);
  });

  it('classify and accept hold the nominee (existing hold, citing the case); the conclusion releases it and answers the citizen', async () => {
    const { database, fx } = env();
    const list = await handler.get('/api/complaints');
    expect(list.status).toBe(200);
    const found = list.body.items.find((c: { trackingCode: string }) => c.trackingCode === code);
    complaintId = found.id;
    expect(found).toMatchObject({
      state: 'RECEIVED',
      subjectType: 'PERSON',
      subjectId: person,
      filedAs: 'TO_CAO',
    });
    const classified = await handler.post(`/api/complaints/${complaintId}/classify`, {
      expectedVersion: 1,
      kind: 'TO_CAO',
      isCompetent: true,
    });
    expect(classified.status, JSON.stringify(classified.body)).toBe(200);
    const accepted = await handler.post(`/api/complaints/${complaintId}/accept`, { expectedVersion: 2 });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body.state).toBe('ACCEPTED');
    expect(accepted.body.resolutionDueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const [h] = await database.db
      .select()
      .from(hold)
      .where(and(eq(hold.tenantId, fx.tenantA), eq(hold.id, accepted.body.holdId)));
    expect(h).toMatchObject({ subjectId: person, reason: 'KHIEU_NAI', toDate: null });
    expect(h?.note).toContain(code);
    expect(h?.note).toContain('Luật Tố cáo 2018, Điều 30');
    // The timeline (the dossier's appraisal reads the same holds) shows it open.
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const timeline = await officer.get(`/api/people/${person}/timeline`);
    expect(JSON.stringify(timeline.body)).toContain(code);

    const concluded = await handler.post(`/api/complaints/${complaintId}/conclude`, {
      expectedVersion: 3,
      outcome: 'REJECTED',
      conclusion: 'Đã xác minh: sáng kiến do chính người được đề nghị thực hiện.',
      answer: 'Nội dung tố cáo không đúng. Hồ sơ đề nghị khen thưởng tiếp tục được xét.',
    });
    expect(concluded.status, JSON.stringify(concluded.body)).toBe(200);
    const [closed] = await database.db.select().from(hold).where(eq(hold.id, accepted.body.holdId));
    expect(closed?.toDate).not.toBeNull();
    const page = await (await app.request(`/cong-khai/khieu-nai-to-cao/tra-cuu?ma=${code}`)).text();
    expect(page).toContain('Nội dung tố cáo không đúng. Hồ sơ đề nghị khen thưởng tiếp tục được xét.');
    expectNoIdentity(page);
  });

  it("the denouncer's identity reaches only the assigned handler, every read audited, and appears nowhere else", async () => {
    const { database, fx } = env();
    const detail = await handler.get(`/api/complaints/${complaintId}`);
    const list = await handler.get('/api/complaints');
    expectNoIdentity(JSON.stringify(detail.body));
    expectNoIdentity(JSON.stringify(list.body));
    const admin = await ApiClient.login(app, fx.tenantAdmin);
    const notAssigned = await admin.get(`/api/complaints/${complaintId}/party`);
    expect(notAssigned.status).toBe(403);
    expect(notAssigned.body.error.code).toBe('COMPLAINT_NOT_ASSIGNED');
    expect(
      (await (await ApiClient.login(app, fx.users.UNIT_OFFICER)).get(`/api/complaints/${complaintId}/party`))
        .status,
    ).toBe(403);
    const read = await handler.get(`/api/complaints/${complaintId}/party`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(FILER);
    const audits = await database.db.select().from(auditEvent).where(eq(auditEvent.entityId, complaintId));
    expect(audits.filter((a) => a.action === 'complaint.readParty')).toHaveLength(1);
    // Nothing of the filer in the audit log or on the portal.
    expectNoIdentity(JSON.stringify(audits));
    for (const path of ['/cong-khai', '/cong-khai/y-kien', '/sitemap.xml'])
      expectNoIdentity(await (await app.request(path)).text());
  });
});
