import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { createApp } from '../../app';
import { loadConfig } from '../../config/config';
import { annualRating, publicComment } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { ApiClient } from '../../test/client';
import { type SeededDecision, seedDecision } from '../../test/document-fixtures';
import { describeEngines } from '../../test/engines';
import { seedProposal } from '../../test/proposal-seeds';
import { ensureVerifications, newVerificationCode } from '../verification/index';

// The public portal read as a crawler or a link preview reads it: plain HTTP, no JavaScript.
// Every page must carry its title, its main content and the Open Graph tags, with absolute links
// from PUBLIC_BASE_URL, and no ID numbers or birth dates.

const BASE = 'https://thiduakhenthuong.tinh-a.gov.vn';

type App = ReturnType<typeof createApp>;

async function get(app: App, path: string) {
  const res = await app.request(path, {
    headers: { 'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 200)}` },
  });
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    text: await res.text(),
    headers: res.headers,
  };
}

const meta = (html: string, property: string) =>
  html.match(new RegExp(`<meta property="${property}" content="([^"]*)"`))?.[1];

function expectPage(html: string, title: string, content: string[]) {
  expect(html).toContain('<html lang="vi">');
  expect(html.match(/<title>([^<]*)<\/title>/)?.[1]).toContain(title);
  expect(html).toMatch(/<meta name="description" content="[^"]{20,}">/);
  expect(meta(html, 'og:title')).toBe(title);
  expect(meta(html, 'og:description')?.length).toBeGreaterThan(20);
  expect(meta(html, 'og:image')).toBe(`${BASE}/cong-khai/tai-nguyen/og-image.png`);
  expect(meta(html, 'og:url')).toMatch(new RegExp(`^${BASE}/cong-khai`));
  for (const c of content) expect(html).toContain(c);
  // Server-rendered and strict-CSP friendly: no script at all.
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/ style="/);
  expect(html).not.toContain('001203004005');
  expect(html).not.toContain('1985');
}

describeEngines('public portal', (env) => {
  let app: App;
  let decision: SeededDecision;
  let revoked: string;
  let itemId: string;

  beforeAll(async () => {
    const { database, fx } = env();
    app = createApp(
      {
        db: database.db,
        config: {
          ...loadConfig({}),
          webDist: '/x',
          publicBaseUrl: BASE,
          trustProxy: true,
          trustedProxyHops: 1,
        },
      },
      { error: () => {} },
    );
    decision = await seedDecision(database.db, fx, 'own', { names: ['Phạm Thị Hồng Nhung', 'Đặng Văn Lâm'] });
    revoked = decision.awardIds[1] as string;
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const r = await officer.post(`/api/awards/${revoked}/revoke`, {
      version: 1,
      ground: 'A',
      revokedOn: '2026-03-01',
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const p = await seedProposal(database.db, fx, 'own', {
      state: 'PUBLIC_COMMENT',
      appraised: true,
      publicCommentUntil: '2099-12-31',
      requirements: { publicComment: true },
    });
    itemId = p.itemId;
    await database.db.insert(annualRating).values({
      tenantId: p.tenantId,
      id: newId(),
      subjectType: 'PERSON',
      subjectId: p.person,
      year: 2024,
      rating: 'HTXSNV',
    });
  });

  it('home page: movements, latest decisions, comment lists and verification, without login', async () => {
    const res = await get(app, '/cong-khai');
    expect(res.status).toBe(200);
    expect(res.type).toContain('text/html');
    expectPage(res.text, 'Cổng thông tin thi đua, khen thưởng Tỉnh A', [
      'Phong trào thi đua đang triển khai',
      `Quyết định số ${decision.number}`,
      'Đang lấy ý kiến nhân dân',
      'Xác minh giấy chứng nhận',
    ]);
    expect(meta(res.text, 'og:url')).toBe(`${BASE}/cong-khai`);
  });

  it('a published decision lists its awardees with unit and award, the revoked one marked, and its PDF', async () => {
    const list = await get(app, '/cong-khai/quyet-dinh');
    expectPage(list.text, 'Quyết định khen thưởng', [`Quyết định số ${decision.number}`]);
    const page = await get(app, `/cong-khai/quyet-dinh/${decision.decisionId}`);
    expect(page.status).toBe(200);
    expectPage(page.text, `Quyết định số ${decision.number}`, [
      'Trần Văn Ký',
      'UBND tỉnh Sơn Hà',
      'Phạm Thị Hồng Nhung',
      'Đặng Văn Lâm',
      'Trường THPT Số 1',
      'Giấy khen',
      'Đã thu hồi ngày 01/03/2026',
      '05/02/2026',
    ]);
    const pdf = await app.request(`/cong-khai/quyet-dinh/${decision.decisionId}/quyet-dinh.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('the tenant chooses which decision levels are published', async () => {
    const { fx } = env();
    const admin = await ApiClient.login(app, fx.tenantAdmin);
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    expect((await officer.request('PUT', '/api/portal-settings', { publishedLevels: [] })).status).toBe(403);
    const narrowed = await admin.request('PUT', '/api/portal-settings', {
      publishedLevels: ['BO_TINH', 'NHA_NUOC'],
    });
    expect(narrowed.status, JSON.stringify(narrowed.body)).toBe(200);
    // The seeded decision gives Giấy khen (cơ sở level): no longer public.
    expect((await get(app, `/cong-khai/quyet-dinh/${decision.decisionId}`)).status).toBe(404);
    expect((await get(app, '/cong-khai/quyet-dinh')).text).not.toContain(decision.number);
    const restored = await admin.request('PUT', '/api/portal-settings', {
      publishedLevels: ['CO_SO', 'BO_TINH', 'NHA_NUOC'],
    });
    expect(restored.body.publishedLevels).toEqual(['CO_SO', 'BO_TINH', 'NHA_NUOC']);
    expect((await get(app, `/cong-khai/quyet-dinh/${decision.decisionId}`)).status).toBe(200);
  });

  it('the honour board filters by year, unit and level and finds names typed without diacritics', async () => {
    const { fx } = env();
    const res = await get(app, '/cong-khai/bang-vang?q=pham%20thi%20hong&nam=2025');
    expectPage(res.text, 'Bảng vàng thi đua, khen thưởng', ['Phạm Thị Hồng Nhung', 'Tìm thấy 1 khen thưởng']);
    // Revoked honours are not on the board.
    expect((await get(app, '/cong-khai/bang-vang?q=dang%20van%20lam')).text).toContain(
      'Tìm thấy 0 khen thưởng',
    );
    expect((await get(app, '/cong-khai/bang-vang?q=pham%20thi%20hong&nam=2019')).text).toContain(
      'Tìm thấy 0',
    );
    expect((await get(app, `/cong-khai/bang-vang?q=pham%20thi%20hong&don_vi=${fx.other.id}`)).text).toContain(
      'Tìm thấy 0',
    );
    expect((await get(app, `/cong-khai/bang-vang?q=pham%20thi%20hong&don_vi=${fx.own.id}`)).text).toContain(
      'Tìm thấy 1',
    );
    expect((await get(app, '/cong-khai/bang-vang?q=pham%20thi%20hong&cap=BO_TINH')).text).toContain(
      'Tìm thấy 0',
    );
  });

  it('nominees open for comment show the proposed award, deadline and achievements, and take a comment', async () => {
    const { database } = env();
    const page = await get(app, '/cong-khai/y-kien');
    expectPage(page.text, 'Lấy ý kiến nhân dân về danh sách đề nghị khen thưởng', [
      'Người được đề nghị',
      'Lao động tiên tiến',
      '31/12/2099',
      'Năm 2024: Hoàn thành xuất sắc nhiệm vụ',
      'name="text"',
    ]);
    const form = (fields: Record<string, string>) =>
      app.request('/cong-khai/y-kien', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '203.0.113.50' },
        body: new URLSearchParams(fields).toString(),
      });
    const sent = await form({
      itemId,
      name: 'Trần Văn Dân',
      contact: '0912345678',
      text: 'Tôi xác nhận thành tích này là đúng.',
    });
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toContain(`da-gui=${itemId}`);
    const stored = await database.db.select().from(publicComment).where(eq(publicComment.itemId, itemId));
    expect(stored.map((c) => c.name)).toEqual(['Trần Văn Dân']);
    // A robot filling the hidden field is told "sent", and nothing is stored.
    const robot = await form({
      itemId,
      name: 'Bot',
      contact: 'bot@example.com',
      text: 'Mua hàng giá rẻ tại đây nhé',
      website: 'http://spam',
    });
    expect(robot.status).toBe(303);
    const invalid = await form({ itemId, name: 'A', contact: '1', text: 'ngắn' });
    expect(invalid.status).toBe(400);
    expect(await invalid.text()).toContain('Vui lòng nhập họ tên');
    const after = await database.db
      .select()
      .from(publicComment)
      .where(and(eq(publicComment.itemId, itemId)));
    expect(after).toHaveLength(1);
  });

  it('verification: a real code shows the award; an unknown or malformed one says so plainly', async () => {
    const { database } = env();
    const codes = await ensureVerifications(database.db, decision.tenantId, [decision.awardIds[0] as string]);
    const code = codes.get(decision.awardIds[0] as string)?.code as string;
    const ok = await get(app, `/cong-khai/xac-minh/${code}`);
    expect(ok.status).toBe(200);
    expectPage(ok.text, 'Kết quả xác minh giấy chứng nhận', [
      'Phạm Thị Hồng Nhung',
      'Giấy chứng nhận hợp lệ',
    ]);
    expect(ok.text).toContain('<meta name="robots" content="noindex">');
    for (const bad of [newVerificationCode(decision.tenantId), 'abc', '%3Cscript%3E', 'x'.repeat(120)]) {
      const res = await get(app, `/cong-khai/xac-minh/${bad}`);
      expect(res.status).toBe(404);
      expect(res.text).toContain('Không tìm thấy giấy chứng nhận với mã này');
      expect(res.text).not.toContain('<script>');
    }
    const form = await get(app, '/cong-khai/xac-minh');
    expectPage(form.text, 'Xác minh giấy chứng nhận khen thưởng', ['Mã xác minh in trên giấy chứng nhận']);
  });

  it('movements page, sitemap.xml and robots.txt with absolute links', async () => {
    expectPage((await get(app, '/cong-khai/phong-trao')).text, 'Phong trào thi đua', [
      'Các phong trào thi đua đã phát động',
    ]);
    expectPage(
      (await get(app, '/cong-khai/khieu-nai-to-cao')).text,
      'Gửi khiếu nại, tố cáo về thi đua, khen thưởng',
      ['Tra cứu đơn đã gửi', 'name="content"', 'name="website"'],
    );
    const track = await get(app, '/cong-khai/khieu-nai-to-cao/tra-cuu');
    expectPage(track.text, 'Tra cứu đơn khiếu nại, tố cáo', ['Mã tra cứu']);
    expect(track.text).toContain('<meta name="robots" content="noindex">');
    expectPage((await get(app, '/cong-khai/kiem-tra-chu-ky')).text, 'Kiểm tra chữ ký số văn bản', [
      'type="file"',
    ]);
    const sitemap = await get(app, '/sitemap.xml');
    expect(sitemap.type).toContain('xml');
    expect(sitemap.text).toContain(`<loc>${BASE}/cong-khai</loc>`);
    expect(sitemap.text).toContain(`<loc>${BASE}/cong-khai/quyet-dinh/${decision.decisionId}</loc>`);
    expect(sitemap.text).not.toContain('/xac-minh/');
    const robots = await get(app, '/robots.txt');
    expect(robots.text).toContain(`Sitemap: ${BASE}/sitemap.xml`);
    expect(robots.text).toContain('Disallow: /api/');
    const css = await app.request('/cong-khai/tai-nguyen/portal.css');
    expect(css.headers.get('content-type')).toContain('text/css');
    expect((await app.request('/cong-khai/tai-nguyen/../../x')).status).toBe(404);
    expect((await get(app, '/cong-khai/quyet-dinh/khong-co')).status).toBe(404);
  });
});
