import { and, asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp } from '../../app';
import { loadConfig } from '../../config/config';
import type { DvcSettings } from '../../config/dvc-config';
import {
  onlineFiling,
  outboxMessage,
  proposal,
  proposalComponent,
  proposalItem,
} from '../../db/schema/index';
import { dvcHandler } from '../../platform/outbox/dvc-handler';
import { pollOnce } from '../../platform/outbox/outbox';
import { ApiClient } from '../../test/client';
import { startDvcStandIn } from '../../test/dvc-stand-in';
import { describeEngines } from '../../test/engines';
import { movableClock } from '../../test/movable-clock';
import { createUnitRecord } from '../tenants/tenant-setup';

// "Nộp hồ sơ trực tuyến": a household files its Gia đình văn hóa registration on the public
// portal with no account. The filing is a proposal SUBMITTED to the commune with its portal code
// (MaHoSo), the officers above find it in their queue, the outbox carries DongBoHoSoMC to a
// stand-in portal, bad input is refused with stable codes, and anyone can look the dossier up.

type App = ReturnType<typeof createApp>;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describeEngines('online filing on the portal', (env) => {
  let app: App;
  let communeId: string;
  let villageId: string;
  let client = 0;
  let standIn: Awaited<ReturnType<typeof startDvcStandIn>>;
  const settings = (): DvcSettings => ({
    url: standIn.url,
    agencyCode: '000.00.00.H99',
    session: 'phien',
    dstCode: '',
    procedureCodes: { CONG_TRANG: '1.000775', GIA_DINH_VAN_HOA: '1.000999' },
  });

  beforeAll(async () => {
    const { database, fx } = env();
    standIn = await startDvcStandIn();
    app = createApp(
      {
        db: database.db,
        config: { ...loadConfig({}), webDist: '/x', trustProxy: true, trustedProxyHops: 1 },
      },
      { error: () => {} },
    );
    const tenantId = fx.tenantA;
    const commune = await createUnitRecord(database.db, tenantId, fx.own, {
      code: `XA${Date.now().toString(36)}`,
      name: 'Xã Tân Lập',
      type: 'XA_PHUONG',
    });
    const village = await createUnitRecord(database.db, tenantId, commune, {
      code: `TH${Date.now().toString(36)}`,
      name: 'Thôn Đồng Tâm',
      type: 'THON_TO_DAN_PHO',
    });
    communeId = commune.id;
    villageId = village.id;
  });
  afterAll(async () => {
    await standIn.close();
  });

  /** Each call from its own address, so the rate limit only bites where a test means it to. */
  async function file(
    fields: Record<string, string>,
    files: { name: string; bytes: Buffer }[] = [],
    from?: string,
  ) {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    for (const f of files) form.append('tep', new File([new Uint8Array(f.bytes)], f.name));
    client += 1;
    const res = await app.request('/cong-khai/nop-ho-so/gia-dinh-van-hoa', {
      method: 'POST',
      body: form,
      headers: { 'x-forwarded-for': from ?? `198.51.100.${client}` },
    });
    return { status: res.status, location: res.headers.get('location') ?? '', text: await res.text() };
  }
  const valid = (headName: string) => ({
    unitId: villageId,
    headName,
    address: 'Xóm 3, thôn Đồng Tâm',
    phone: '0912 345 678',
    email: 'ho.gia.dinh@example.vn',
    year: '2026',
    pledge: 'Gia đình đăng ký xây dựng gia đình văn hóa năm 2026.',
  });
  const errorCode = (html: string) => html.match(/data-error-code="([A-Z_]+)"/)?.[1];

  it('files a registration: a SUBMITTED dossier at the commune with its MaHoSo, in the queue, sent to the portal, and found by its code', async () => {
    const { db } = env().database;
    const { fx } = env();
    const page = await app.request('/cong-khai/nop-ho-so', {
      headers: { 'x-forwarded-for': '198.51.100.250' },
    });
    const index = await page.text();
    expect(index).toContain('Đăng ký danh hiệu &quot;Gia đình văn hóa&quot;');
    expect(index).toContain('Đề nghị khen thưởng đột xuất');
    const form = await (await app.request('/cong-khai/nop-ho-so/gia-dinh-van-hoa')).text();
    expect(form).toContain('Thôn Đồng Tâm — Xã Tân Lập');

    const sent = await file(valid('Nguyễn Văn Bình'), [{ name: 'ban-dang-ky.pdf', bytes: PDF }]);
    expect(sent.status).toBe(303);
    const code = new URL(sent.location, 'http://x').searchParams.get('ma') ?? '';
    expect(code).toMatch(/^[A-Z0-9_-]+-\d{6}-[0-9A-F]{12}$/);

    const [row] = await db
      .select()
      .from(proposal)
      .where(
        and(
          eq(proposal.tenantId, fx.tenantA),
          sql`right(${proposal.id}::text, 12) = ${code.slice(-12).toLowerCase()}`,
        ),
      );
    expect(row).toMatchObject({
      state: 'SUBMITTED',
      submittingUnitId: villageId,
      levels: [communeId],
      levelIndex: 0,
    });
    const items = await db
      .select()
      .from(proposalItem)
      .where(eq(proposalItem.proposalId, row?.id as string));
    expect(items.map((i) => [i.subjectType, i.awardCode, i.subjectName])).toEqual([
      ['HOUSEHOLD', 'GD_VH', 'Hộ gia đình Nguyễn Văn Bình'],
    ]);
    const files = await db
      .select()
      .from(proposalComponent)
      .where(eq(proposalComponent.proposalId, row?.id as string));
    expect(files.map((f) => f.name)).toEqual(['Tệp nộp trực tuyến 1: ban-dang-ky.pdf']);
    const [applicant] = await db
      .select()
      .from(onlineFiling)
      .where(eq(onlineFiling.proposalId, row?.id as string));
    expect(applicant).toMatchObject({ procedure: 'GIA_DINH_VAN_HOA', phone: '0912345678' });

    // The appraiser above the commune finds it in the normal queue.
    const appraiser = await ApiClient.login(app, fx.users.APPRAISER);
    const queue = await appraiser.request('GET', '/api/proposals/queue?pageSize=100');
    expect(queue.status).toBe(200);
    expect((queue.body as { items: { id: string }[] }).items.map((i) => i.id)).toContain(row?.id);

    // The outbox carries DongBoHoSoMC to the stand-in portal, the household as a citizen owner.
    const dvc = await db
      .select()
      .from(outboxMessage)
      .where(
        and(eq(outboxMessage.topic, 'dvc'), sql`${outboxMessage.payload}->'record'->>'MaHoSo' = ${code}`),
      )
      .orderBy(asc(outboxMessage.createdAt));
    expect(dvc).toHaveLength(1);
    await pollOnce(db, {
      handlers: { dvc: dvcHandler(settings, { db, log: () => {}, timeoutMs: 5_000 }) },
      clock: movableClock(),
    });
    const got = standIn.applied.filter((r) => r.body.data?.[0]?.MaHoSo === code);
    expect(got).toHaveLength(1);
    expect(got[0]?.body).toMatchObject({ service: 'DongBoHoSoMC', isUpdating: 'False' });
    expect(got[0]?.body.data?.[0]).toMatchObject({
      MaTTHC: '1.000999',
      TrangThaiHoSo: '1',
      ChuHoSo: 'Nguyễn Văn Bình',
      LoaiDoiTuong: '1',
      SoDienThoai: '0912345678',
      Email: 'ho.gia.dinh@example.vn',
      HinhThuc: '1',
    });

    // Look-up by code: the confirmation, then the plain status, without the applicant's name.
    const confirm = await app.request(sent.location, { headers: { 'x-forwarded-for': '198.51.100.251' } });
    const confirmText = await confirm.text();
    expect(confirm.status).toBe(200);
    expect(confirmText).toContain(`data-testid="new-dossier-code">${code}<`);
    expect(confirmText).toContain('Mới đăng ký');
    expect(confirmText).toContain('Xã Tân Lập');
    expect(confirmText).not.toContain('Nguyễn Văn Bình');
    expect(confirmText).not.toContain('0912345678');
    const lower = await app.request(`/cong-khai/nop-ho-so/tra-cuu?ma=${code.toLowerCase()}`, {
      headers: { 'x-forwarded-for': '198.51.100.252' },
    });
    expect(lower.status).toBe(200);
    // Another code: its last character changed (a code ending in 0 once made this the same code).
    const other = `${code.slice(0, -1)}${code.endsWith('0') ? '1' : '0'}`;
    const unknown = await app.request(`/cong-khai/nop-ho-so/tra-cuu?ma=${other}`, {
      headers: { 'x-forwarded-for': '198.51.100.252' },
    });
    expect(unknown.status).toBe(404);
    expect(errorCode(await unknown.text())).toBe('DOSSIER_NOT_FOUND');

    // The same household again in the same year: refused, pointing to the look-up.
    const again = await file(valid('Nguyễn văn  bình'));
    expect(again.status).toBe(409);
    expect(errorCode(again.text)).toBe('ONLINE_FILING_DUPLICATE');
  });

  it('refuses bad input with stable codes and Vietnamese messages, and keeps what was typed', async () => {
    const missing = await file({ ...valid('Trần Thị Cúc'), phone: '12ab', unitId: '' });
    expect(missing.status).toBe(400);
    expect(errorCode(missing.text)).toBe('INVALID_INPUT');
    expect(missing.text).toContain('Số điện thoại không hợp lệ');
    expect(missing.text).toContain('Vui lòng chọn thôn, tổ dân phố');
    expect(missing.text).toContain('value="Trần Thị Cúc"');

    // A unit that is not a village (the commune itself) is not a place to register.
    const commune = await file({ ...valid('Trần Thị Cúc'), unitId: communeId });
    expect(commune.status).toBe(400);
    expect(errorCode(commune.text)).toBe('INVALID_INPUT');

    // A renamed executable is not a PDF: the one upload path judges by the bytes.
    const exe = await file(valid('Lê Văn Dũng'), [
      { name: 'dang-ky.pdf', bytes: Buffer.from('MZ\x90\x00binary') },
    ]);
    expect(exe.status).toBe(400);
    expect(errorCode(exe.text)).toBe('UPLOAD_TYPE_NOT_ALLOWED');

    const tooMany = await file(
      valid('Lê Văn Dũng'),
      [1, 2, 3, 4].map((n) => ({ name: `tep-${n}.pdf`, bytes: PDF })),
    );
    expect(tooMany.status).toBe(400);
    expect(tooMany.text).toContain('tối đa 3 tệp');
    // None of these left a dossier behind.
    const { db } = env().database;
    const cuc = await db.select().from(onlineFiling).where(eq(onlineFiling.applicantName, 'Trần Thị Cúc'));
    expect(cuc).toEqual([]);
  });

  it('is rate-limited per client like the other public forms', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1)
      statuses.push((await file({ ...valid(''), headName: 'x' }, [], '203.0.113.77')).status);
    expect(statuses.slice(0, 5)).toEqual([400, 400, 400, 400, 400]);
    const last = await file(valid('Phạm Văn Giàu'), [], '203.0.113.77');
    expect(last.status).toBe(429);
    expect(errorCode(last.text)).toBe('RATE_LIMITED');
  });

  it('takes no filing for a procedure the tenant does not offer online', async () => {
    const { fx } = env();
    const admin = await ApiClient.login(app, fx.tenantAdmin);
    const off = await admin.request('PUT', '/api/portal-settings', {
      publishedLevels: ['BO_TINH'],
      onlineProcedures: ['DOT_XUAT'],
    });
    expect(off.status, JSON.stringify(off.body)).toBe(200);
    expect((off.body as { onlineProcedures: string[] }).onlineProcedures).toEqual(['DOT_XUAT']);
    try {
      const index = await (await app.request('/cong-khai/nop-ho-so')).text();
      expect(index).not.toContain('data-procedure="GIA_DINH_VAN_HOA"');
      const refused = await file(valid('Võ Thị Hạnh'));
      expect(refused.status).toBe(404);
      expect(refused.text).toContain('không nhận hồ sơ trực tuyến');
    } finally {
      // Omitting the list keeps it; naming it turns the registration back on.
      const kept = await admin.request('PUT', '/api/portal-settings', { publishedLevels: ['BO_TINH'] });
      expect((kept.body as { onlineProcedures: string[] }).onlineProcedures).toEqual(['DOT_XUAT']);
      await admin.request('PUT', '/api/portal-settings', {
        publishedLevels: ['BO_TINH'],
        onlineProcedures: ['DOT_XUAT', 'GIA_DINH_VAN_HOA'],
      });
    }
  });
});
