import { formatThousands } from '@vinhdanh/domain/text/money-text';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { queryRows } from '../../db/query-rows';
import { complaint } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { ApiClient } from '../../test/client';
import { demoTenantId } from '../../test/demo-db';
import { docxText, readDocxPart } from '../../test/docx-read';
import { describeDemoEngines, type TestEnv } from '../../test/engines';

// The year-end summary on the demo province, read back from the .docx: every figure is checked
// against a count made here from the raw rows (not through the summary's own queries).

const PASSWORD = 'VinhDanh@2026';

async function count(env: TestEnv, query: ReturnType<typeof sql>) {
  const [row] = await queryRows<{ n: number }>(env.database.db, query);
  return Number(row?.n ?? 0);
}

const seeded = new WeakMap<TestEnv['database'], Promise<string>>();
/** The demo province, with three complaints about its awards added once per engine. */
function demo(env: TestEnv): Promise<string> {
  const cached = seeded.get(env.database);
  if (cached) return cached;
  const run = (async () => {
    const db = env.database.db;
    const tenantId = await demoTenantId(db);
    const [sogd] = await queryRows<{ id: string }>(
      db,
      sql`SELECT id FROM org_unit WHERE tenant_id = ${tenantId} AND code = 'SGDDT'`,
    );
    const base = {
      tenantId,
      channel: 'PAPER' as const,
      subjectType: 'OTHER' as const,
      subjectName: 'Kết quả bình xét thi đua',
      content: 'Đề nghị xem xét lại kết quả bình xét thi đua năm 2025.',
      unitId: sogd!.id,
      classificationDueOn: '2025-04-10',
    };
    await db.insert(complaint).values([
      // Concluded in 2025, partly right.
      {
        ...base,
        id: newId(),
        trackingCode: 'TONGKET1',
        filedAs: 'KHIEU_NAI',
        kind: 'KHIEU_NAI',
        state: 'CONCLUDED',
        receivedOn: '2025-03-02',
        concludedOn: '2025-05-20',
        outcome: 'PARTLY_UPHELD',
      },
      // Received in November, still being verified at the year's end.
      {
        ...base,
        id: newId(),
        trackingCode: 'TONGKET2',
        filedAs: 'TO_CAO',
        kind: 'TO_CAO',
        state: 'VERIFYING',
        receivedOn: '2025-11-03',
      },
      // Transferred to the competent body.
      {
        ...base,
        id: newId(),
        trackingCode: 'TONGKET3',
        filedAs: 'TO_CAO',
        kind: 'TO_CAO',
        state: 'TRANSFERRED',
        receivedOn: '2025-08-15',
        transferredTo: 'Thanh tra tỉnh',
      },
    ]);
    return tenantId;
  })();
  seeded.set(env.database, run);
  return run;
}

async function summaryText(client: ApiClient, body: Record<string, unknown>) {
  const res = await client.post('/api/reports/year-summary.docx', body);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expect(res.headers.get('content-type')).toContain('wordprocessingml');
  return {
    res,
    text: docxText(await readDocxPart(Buffer.from(res.body as ArrayBuffer), 'word/document.xml')),
  };
}

/** The standing awards of a period, counted the way the forms count them (decision year). */
const awardsIn = (tenantId: string, from: string, to: string, extra = sql`TRUE`) => sql`
  SELECT count(*)::int AS n FROM award a WHERE a.tenant_id = ${tenantId} AND NOT a.is_revoked
    AND COALESCE(a.decision_date, make_date(a.year, 12, 31)) BETWEEN ${from}::date AND ${to}::date
    AND ${to.endsWith('-12-31') ? sql`TRUE` : sql`a.decision_date IS NOT NULL`} AND ${extra}`;

describeDemoEngines('year-end summary (báo cáo tổng kết, sơ kết)', (env) => {
  it('writes the demo province’s 2025 figures into an ND 30 report: movements, clusters, awards from Huân chương down, direct workers, đột xuất, complaints', async () => {
    const tenantId = await demo(env());
    const admin = await ApiClient.login(env().app, 'quantri', PASSWORD);
    const { res, text } = await summaryText(admin, {
      year: 2025,
      assessment: 'Phong trào thi đua được triển khai sâu rộng.\nKhen thưởng kịp thời, đúng đối tượng.',
    });
    expect(res.headers.get('content-disposition')).toContain('bao-cao-tong-ket-thi-dua-khen-thuong-2025');

    // ND 30 frame: Quốc hiệu, the report's number line, the title, the signature.
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toMatch(/Số:\s+\/BC-/);
    expect(text).toContain(
      'Tổng kết công tác thi đua, khen thưởng năm 2025 và phương hướng, nhiệm vụ năm 2026',
    );
    expect(text).toContain('Nơi nhận:');

    // Movements launched in 2025 (not drafts), by form.
    const movements = await count(
      env(),
      sql`SELECT count(*)::int AS n FROM movement WHERE tenant_id = ${tenantId} AND year = 2025 AND state <> 'DRAFT'`,
    );
    const regular = await count(
      env(),
      sql`SELECT count(*)::int AS n FROM movement WHERE tenant_id = ${tenantId} AND year = 2025 AND state <> 'DRAFT' AND form = 'THUONG_XUYEN'`,
    );
    expect(movements).toBeGreaterThan(0);
    expect(text).toContain(
      `đã phát động ${movements} phong trào thi đua, gồm ${regular} phong trào thường xuyên và ${movements - regular} phong trào theo chuyên đề`,
    );
    expect(text).toContain('Phong trào thi đua yêu nước năm 2025');

    // The cluster's leading unit voted for 2025.
    const [cluster] = await queryRows<{ name: string; leading: string | null }>(
      env().database.db,
      sql`SELECT c.name, u.name AS leading FROM cluster c LEFT JOIN org_unit u ON u.tenant_id = c.tenant_id AND u.id = c.leading_unit_id
          WHERE c.tenant_id = ${tenantId} AND c.year = 2025 ORDER BY c.name LIMIT 1`,
    );
    expect(text).toContain(cluster!.name);
    if (cluster!.leading) expect(text).toContain(cluster!.leading);

    // Awards: the total, one line's figures, and the order from Huân chương down.
    const total = await count(env(), awardsIn(tenantId, '2025-01-01', '2025-12-31'));
    const persons = await count(
      env(),
      awardsIn(tenantId, '2025-01-01', '2025-12-31', sql`a.subject_type = 'PERSON'`),
    );
    expect(text).toContain(
      `được ${formatThousands(total)} lượt, trong đó ${formatThousands(total - persons)} lượt tập thể và ${formatThousands(persons)} lượt cá nhân`,
    );
    const bkPersons = await count(
      env(),
      awardsIn(
        tenantId,
        '2025-01-01',
        '2025-12-31',
        sql`a.subject_type = 'PERSON' AND a.award_code = 'BK_BO_TINH'`,
      ),
    );
    const bkAll = await count(
      env(),
      awardsIn(tenantId, '2025-01-01', '2025-12-31', sql`a.award_code = 'BK_BO_TINH'`),
    );
    const bkRow = text.split('\n').indexOf('Bằng khen bộ, ban, ngành, tỉnh');
    expect(bkRow).toBeGreaterThan(0);
    // Table cells are paragraphs: name, level, collectives, individuals, total.
    expect(text.split('\n').slice(bkRow + 1, bkRow + 5)).toEqual([
      'Cấp bộ, ngành, tỉnh',
      formatThousands(bkAll - bkPersons),
      formatThousands(bkPersons),
      formatThousands(bkAll),
    ]);
    const at = (s: string) => text.indexOf(s);
    expect(at('Huân chương Lao động hạng Nhì')).toBeGreaterThan(0);
    expect(at('Huân chương Lao động hạng Nhì')).toBeLessThan(at('Huân chương Lao động hạng Ba'));
    expect(at('Huân chương Lao động hạng Ba')).toBeLessThan(at('Bằng khen của Thủ tướng Chính phủ'));
    expect(at('Bằng khen của Thủ tướng Chính phủ')).toBeLessThan(at('Bằng khen bộ, ban, ngành, tỉnh'));

    // The direct workers' share matches the fairness view for 2024 and 2025.
    const fairness = (await admin.get('/api/reports/fairness?yearFrom=2024&yearTo=2025')).body;
    const direct = fairness.indicators.find((i: { key: string }) => i.key === 'DIRECT_WORKER');
    const y2025 = direct.byYear.find((p: { key: string }) => p.key === '2025');
    const y2024 = direct.byYear.find((p: { key: string }) => p.key === '2024');
    expect(y2025.count).toBeGreaterThan(0);
    expect(text).toContain(
      `chiếm ${String(Math.round((y2025.count * 1000) / y2025.base) / 10).replace('.', ',')}% (${formatThousands(y2025.count)}/${formatThousands(y2025.base)} lượt khen thưởng cá nhân)`,
    );
    expect(text).toContain(
      `so với năm 2024 (${String(Math.round((y2024.count * 1000) / y2024.base) / 10).replace('.', ',')}%)`,
    );

    // Đột xuất awards.
    const dotXuat = await count(
      env(),
      awardsIn(tenantId, '2025-01-01', '2025-12-31', sql`a.kind = 'DOT_XUAT'`),
    );
    expect(dotXuat).toBeGreaterThan(0);
    expect(text).toContain(`Đã khen thưởng đột xuất ${formatThousands(dotXuat)} lượt`);

    // Complaints: three received (one complaint, two denunciations), one transferred, one
    // concluded partly right, one still being handled.
    expect(text).toContain(
      'đã tiếp nhận 3 đơn (1 khiếu nại, 2 tố cáo) về thi đua, khen thưởng; chuyển cơ quan có thẩm quyền 1 đơn.',
    );
    expect(text).toContain(
      'Đã giải quyết xong 1 vụ việc (đúng: 0; đúng một phần: 1; không đúng: 0); đang giải quyết 1 vụ việc.',
    );

    // No models are recorded; the officer's paragraphs are in; the empty sections are marked.
    expect(text).toContain('Hệ thống chưa ghi nhận mô hình, điển hình tiên tiến nào trong kỳ.');
    expect(text.split('\n')).toContain('Phong trào thi đua được triển khai sâu rộng.');
    expect(text.split('\n')).toContain('Khen thưởng kịp thời, đúng đối tượng.');
    expect(text.match(/\[Phần này do cán bộ viết/g)).toHaveLength(3);
    expect(text).toContain('[Phần này do cán bộ viết: những tồn tại, hạn chế và nguyên nhân.]');
  });

  it('the six-month sơ kết counts January–June only, with the same builder', async () => {
    const tenantId = await demo(env());
    const admin = await ApiClient.login(env().app, 'quantri', PASSWORD);
    const { text } = await summaryText(admin, {
      year: 2025,
      period: 'SAU_THANG',
      direction: 'Tiếp tục đẩy mạnh phong trào thi đua yêu nước.',
    });
    expect(text).toContain(
      'Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2025 và phương hướng, nhiệm vụ 6 tháng cuối năm 2025',
    );
    expect(text).toContain('PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025');
    const half = await count(env(), awardsIn(tenantId, '2025-01-01', '2025-06-30'));
    const year = await count(env(), awardsIn(tenantId, '2025-01-01', '2025-12-31'));
    expect(half).toBeLessThan(year);
    if (half > 0)
      expect(text).toContain(
        `6 tháng đầu năm 2025, đã khen thưởng và đề nghị cấp trên khen thưởng được ${formatThousands(half)} lượt`,
      );
    else expect(text).toContain('6 tháng đầu năm 2025, chưa có khen thưởng nào được ghi nhận.');
    // Only the complaint received in March; it was concluded in May.
    expect(text).toContain('đã tiếp nhận 1 đơn (1 khiếu nại, 0 tố cáo)');
    expect(text.split('\n')).toContain('Tiếp tục đẩy mạnh phong trào thi đua yêu nước.');
  });

  it('a unit officer’s summary counts only their subtree; another unit and bad input are refused', async () => {
    const tenantId = await demo(env());
    const officer = await ApiClient.login(env().app, 'canbo.sogd', PASSWORD);
    const { text } = await summaryText(officer, { year: 2025 });
    const inSubtree = sql`EXISTS (
      SELECT 1 FROM org_unit u, org_unit s
       WHERE s.tenant_id = a.tenant_id AND s.code = 'SGDDT' AND u.tenant_id = a.tenant_id
         AND u.path LIKE s.path || '%'
         AND u.id = CASE a.subject_type
           WHEN 'PERSON' THEN (SELECT p.unit_id FROM person p WHERE p.tenant_id = a.tenant_id AND p.id = a.subject_id)
           WHEN 'HOUSEHOLD' THEN (SELECT h.unit_id FROM household h WHERE h.tenant_id = a.tenant_id AND h.id = a.subject_id)
           ELSE COALESCE((SELECT c.unit_id FROM collective c WHERE c.tenant_id = a.tenant_id AND c.id = a.subject_id), a.subject_id) END)`;
    const own = await count(env(), awardsIn(tenantId, '2025-01-01', '2025-12-31', inSubtree));
    const all = await count(env(), awardsIn(tenantId, '2025-01-01', '2025-12-31'));
    expect(own).toBeGreaterThan(0);
    expect(own).toBeLessThan(all);
    expect(text).toContain(`được ${formatThousands(own)} lượt`);
    expect(text).toContain('Sở Giáo dục và Đào tạo báo cáo kết quả công tác thi đua, khen thưởng năm 2025');

    const [root] = await queryRows<{ id: string }>(
      env().database.db,
      sql`SELECT id FROM org_unit WHERE tenant_id = ${tenantId} AND parent_id IS NULL LIMIT 1`,
    );
    expect(
      (await officer.post('/api/reports/year-summary.docx', { year: 2025, unitId: root!.id })).status,
    ).toBe(403);
    const bad = await officer.post('/api/reports/year-summary.docx', { year: 2025, period: 'QUY' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('6 tháng đầu năm');
    const long = await officer.post('/api/reports/year-summary.docx', {
      year: 2025,
      assessment: 'x'.repeat(20_001),
    });
    expect(long.status).toBe(400);
  });
});
