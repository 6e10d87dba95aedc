import { eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { createApp } from '../../app';
import { loadConfig } from '../../config/config';
import { auditEvent, tenant } from '../../db/schema/index';
import { bufferSource, inflateEntry, readZipEntries } from '../../lib/zip-archive';
import { currentYearVn } from '../../platform/clock';
import { ApiClient } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { seedProposal } from '../../test/proposal-seeds';
import { exportNational } from '../national-export/national-export.service';
import { PORTAL_FORM_LIMIT } from '../portal/portal.routes';

// Luật Tố cáo 2018, Điều 47–48: the denouncer's identity is kept confidential. A denunciation is
// filed and handled to its conclusion, then every export, document and portal page that could
// carry it is produced and searched for the filer's name, contact and address.

type App = ReturnType<typeof createApp>;
const FILER = {
  fullName: 'Tôn Nữ Bảo Mật',
  contact: 'baomat.tocao@example.vn',
  address: 'Thôn Kín Tiếng, xã Giữ Lời',
};
const KEY = 'khoa-bi-mat-cua-tinh-dung-cho-thu-nghiem-0123456789';

const expectNoIdentity = (where: string, text: string) => {
  for (const secret of Object.values(FILER)) expect(text, where).not.toContain(secret);
};

/** Every part of a ZIP (.xlsx, .docx) inflated and joined: the filer must be in none of them. */
async function zipText(body: ArrayBuffer): Promise<string> {
  const source = bufferSource(Buffer.from(body));
  const entries = (await readZipEntries(source)) ?? [];
  expect(entries.length).toBeGreaterThan(0);
  const parts: string[] = [];
  for (const entry of entries) {
    const chunks: Buffer[] = [];
    for await (const chunk of inflateEntry(source, entry, 50 * 1024 * 1024)) chunks.push(chunk);
    parts.push(Buffer.concat(chunks).toString('utf8'));
  }
  return parts.join('\n');
}

function postForm(app: App, path: string, fields: Record<string, string>, client: string) {
  return app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': client },
    body: new URLSearchParams(fields).toString(),
  });
}

describeEngines("the denouncer's identity", (env) => {
  let app: App;
  let proposalId: string;
  let person: string;
  let complaintId: string;
  let code: string;

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
    proposalId = p.id;
    person = p.person;
    const filed = await postForm(
      app,
      '/cong-khai/khieu-nai-to-cao',
      {
        filedAs: 'TO_CAO',
        itemId: p.itemId,
        subjectName: 'Người được đề nghị',
        content: 'Người được đề nghị kê khai thành tích không đúng sự thật, đề nghị xác minh.',
        ...FILER,
      },
      '203.0.113.31',
    );
    expect(filed.status).toBe(303);
    code = new URL(filed.headers.get('location') ?? '', 'http://x').searchParams.get('ma') ?? '';
    const handler = await ApiClient.login(app, fx.users.COMPLAINT_HANDLER);
    complaintId = (await handler.get('/api/complaints')).body.items.find(
      (c: { trackingCode: string }) => c.trackingCode === code,
    ).id;
    let version = 1;
    for (const [step, body] of [
      ['classify', { kind: 'TO_CAO', isCompetent: true }],
      ['accept', {}],
    ] as const) {
      const r = await handler.post(`/api/complaints/${complaintId}/${step}`, {
        expectedVersion: version,
        ...body,
      });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      version = r.body.version;
    }
    // The handler reads the filer once (the only legitimate way out of the server).
    expect((await handler.get(`/api/complaints/${complaintId}/party`)).body).toEqual(FILER);
  });

  it('reading it writes an audit event naming the handler and the case, not the filer', async () => {
    const { database, fx } = env();
    const reads = await database.db.select().from(auditEvent).where(eq(auditEvent.entityId, complaintId));
    const party = reads.filter((a) => a.action === 'complaint.readParty');
    expect(party).toHaveLength(1);
    const handler = await ApiClient.login(app, fx.users.COMPLAINT_HANDLER);
    expect(party[0]?.actorId).toBe((await handler.get('/api/auth/me')).body.user.id);
    expectNoIdentity('audit rows', JSON.stringify(reads));
    const admin = await ApiClient.login(app, fx.tenantAdmin);
    const log = await admin.get('/api/audit?pageSize=200');
    expect(log.status).toBe(200);
    expectNoIdentity('audit API', JSON.stringify(log.body));
  });

  it('appears in no console response, while the dossier shows the hold citing the case', async () => {
    const { fx } = env();
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const dossier = await officer.get(`/api/proposals/${proposalId}`);
    expect(dossier.status).toBe(200);
    const held = dossier.body.items.find((i: { subjectId: string }) => i.subjectId === person);
    expect(held.openHolds).toEqual([expect.objectContaining({ reason: 'KHIEU_NAI' })]);
    expect(held.openHolds[0].note).toContain(code);
    const handler = await ApiClient.login(app, fx.users.COMPLAINT_HANDLER);
    for (const res of [
      dossier,
      await officer.get(`/api/people/${person}/timeline`),
      await handler.get('/api/complaints'),
      await handler.get(`/api/complaints/${complaintId}`),
      await handler.get('/api/my-work'),
    ]) {
      expect(res.status).toBe(200);
      expectNoIdentity('console API', JSON.stringify(res.body));
    }
  });

  it('appears in no .xlsx export, no generated document and not in the national export', async () => {
    const { database, fx } = env();
    const admin = await ApiClient.login(app, fx.tenantAdmin);
    const files: [string, Awaited<ReturnType<ApiClient['get']>>][] = [
      ['awards.xlsx', await admin.get('/api/awards/export.xlsx')],
      ['people.xlsx', await admin.get('/api/people/export.xlsx')],
      ['tờ trình', await admin.get(`/api/proposals/${proposalId}/documents/to-trinh.docx`)],
      ['báo cáo thành tích', await admin.get(`/api/people/${person}/documents/bao-cao-thanh-tich.docx`)],
      ['báo cáo tổng kết', await admin.post('/api/reports/year-summary.docx', { year: currentYearVn() })],
    ];
    for (const [name, res] of files) {
      expect(res.status, `${name}: ${JSON.stringify(res.body)}`).toBe(200);
      expectNoIdentity(name, await zipText(res.body as ArrayBuffer));
    }
    const [t] = await database.db.select().from(tenant).where(eq(tenant.tenantId, fx.tenantA));
    let national = '';
    await exportNational(database.db, {
      tenantCode: t!.code,
      since: null,
      key: KEY,
      write: (chunk) => {
        national += chunk;
      },
    });
    expect(national.length).toBeGreaterThan(100);
    expectNoIdentity('national export', national);
  });

  it('appears on no portal page, the tracking page included', async () => {
    for (const path of [
      '/cong-khai',
      '/cong-khai/y-kien',
      '/cong-khai/quyet-dinh',
      '/cong-khai/bang-vang',
      '/cong-khai/khieu-nai-to-cao',
      `/cong-khai/khieu-nai-to-cao/tra-cuu?ma=${code}`,
      '/sitemap.xml',
    ]) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      expectNoIdentity(path, await res.text());
    }
  });

  it('public forms refuse oversized bodies and bursts with a Vietnamese message', async () => {
    const huge = await postForm(
      app,
      '/cong-khai/khieu-nai-to-cao',
      {
        filedAs: 'TO_CAO',
        subjectName: 'Ai đó',
        content: 'x'.repeat(PORTAL_FORM_LIMIT + 1),
        fullName: 'Người Gửi',
        contact: '0900000000',
      },
      '203.0.113.32',
    );
    expect(huge.status).toBe(413);
    expect(await huge.text()).toContain('Dữ liệu gửi lên quá lớn');
    const statuses: number[] = [];
    let last = '';
    for (let i = 0; i < 4; i += 1) {
      const res = await postForm(
        app,
        '/cong-khai/khieu-nai-to-cao',
        {
          filedAs: 'KHIEU_NAI',
          subjectName: 'Quyết định khen thưởng',
          content: `Đề nghị xem xét lại quyết định khen thưởng, lần ${i + 1}.`,
          fullName: 'Người Gửi Dồn Dập',
          contact: '0933333333',
        },
        '203.0.113.33',
      );
      statuses.push(res.status);
      last = await res.text();
    }
    expect(statuses).toEqual([303, 303, 303, 429]);
    expect(last).toContain('Bạn gửi quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.');
    expect(last).toContain('data-error-code="RATE_LIMITED"');
  });
});
