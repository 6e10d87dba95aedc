import { expect, it } from 'vitest';
import { award, decision, documentSettings } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { ApiClient } from '../../test/client';
import { docxText, readDocxPart } from '../../test/docx-read';
import { describeEngines } from '../../test/engines';
import { createUnitRecord } from '../tenants/tenant-setup';

const report = (id: string, query = '?from=2021&to=2025') =>
  `/api/households/${id}/documents/bao-cao-thanh-tich.docx${query}`;

async function readReport(res: { status: number; body: unknown }) {
  expect(res.status).toBe(200);
  const xml = await readDocxPart(Buffer.from(res.body as ArrayBuffer), 'word/document.xml');
  return docxText(xml);
}

describeEngines('báo cáo thành tích of a household (.docx)', (env) => {
  it('fills the household’s head, address, village and awards; members left for the writer', async () => {
    const { app, fx, database } = env();
    const db = database.db;
    const tenantId = fx.tenantA;
    await db
      .insert(documentSettings)
      .values({ tenantId, placeName: 'Sơn Hà', parentBody: null, signerTitle: 'Chủ tịch' })
      .onConflictDoNothing();
    const village = await createUnitRecord(db, tenantId, fx.own, {
      code: `THON${Date.now()}`,
      name: 'Thôn Đông',
      type: 'THON_TO_DAN_PHO',
    });
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const created = await officer.post('/api/households', {
      unitId: village.id,
      headName: 'Hà Văn Tư',
      address: 'Xóm Giữa, thôn Đông',
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const decisionId = newId();
    await db.insert(decision).values({
      tenantId,
      id: decisionId,
      number: '210/QĐ-UBND',
      signedOn: '2025-03-02',
      issuer: 'Ủy ban nhân dân xã Đông Hà',
    });
    const subject = { tenantId, subjectType: 'HOUSEHOLD' as const, subjectId: id };
    await db.insert(award).values([
      { ...subject, id: newId(), awardCode: 'GD_VH', year: 2023, decisionNumber: '12/QĐ-UBND' },
      { ...subject, id: newId(), awardCode: 'GD_VH', year: 2024, decisionNumber: '15/QĐ-UBND' },
      {
        ...subject,
        id: newId(),
        awardCode: 'GIAY_KHEN',
        year: 2024,
        decisionId,
        decisionNumber: '210/QĐ-UBND',
        decisionDate: '2025-03-02',
      },
    ]);

    const res = await officer.get(report(id));
    expect(res.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('bao-cao-thanh-tich-ho-Hà-Văn-Tư.docx')}`,
    );
    const body = await readReport(res);
    expect(body).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(body).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(body).toContain('SỞ GIÁO DỤC\nTHÔN ĐÔNG');
    expect(body).toContain('BÁO CÁO THÀNH TÍCH');
    expect(body).toContain('Đề nghị tặng ……………………………… cho hộ gia đình');
    expect(body).toContain('(Thành tích từ năm 2021 đến năm 2025)');
    expect(body).toContain('I. SƠ LƯỢC VỀ HỘ GIA ĐÌNH');
    expect(body).toContain('- Họ và tên chủ hộ: Hà Văn Tư');
    expect(body).toContain('- Địa chỉ: Xóm Giữa, thôn Đông');
    expect(body).toContain('- Thuộc thôn, tổ dân phố, xã, phường: Thôn Đông');
    expect(body).toContain('- Các thành viên trong hộ (họ và tên, năm sinh, quan hệ với chủ hộ): ');
    expect(body).toContain(
      '2. Thành tích, đóng góp của hộ gia đình (công sức, đất đai, tài sản…) từ năm 2021 đến năm 2025:',
    );
    expect(body).toContain('Danh hiệu đạt liên tục: 2 năm liên tục Gia đình văn hóa 2023–2024.');
    // No yearly rating table: a household is not rated.
    expect(body).not.toContain('Kết quả đánh giá, xếp loại');
    expect(body).toContain('2023\nGia đình văn hóa\nSố 12/QĐ-UBND\n');
    expect(body).toContain(
      '2024\nGiấy khen\nSố 210/QĐ-UBND ngày 02 tháng 03 năm 2025\nỦy ban nhân dân xã Đông Hà',
    );
    expect(body).toContain('IV. HÌNH THỨC KỶ LUẬT (nếu có)\nKhông.');
    expect(body).toContain('CHỦ HỘ');
    expect(body).toContain('Hà Văn Tư');
    expect(body).toContain('ỦY BAN NHÂN DÂN CẤP XÃ\nXÁC NHẬN');
  });

  it('refuses a household outside the scope or without the permission; an unknown one is 404', async () => {
    const { app, fx, database } = env();
    const village = await createUnitRecord(database.db, fx.tenantA, fx.other, {
      code: `THON${Date.now()}`,
      name: 'Thôn Tây',
      type: 'THON_TO_DAN_PHO',
    });
    const admin = await ApiClient.login(app, fx.tenantAdmin);
    const created = await admin.post('/api/households', {
      unitId: village.id,
      headName: 'Lò Văn Sáu',
      address: 'Bản Tây',
    });
    expect(created.status).toBe(201);
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    expect((await officer.get(report(created.body.id))).status).toBe(403);
    const missing = await officer.get(report(newId()));
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('HOUSEHOLD_NOT_FOUND');
    const viewer = await ApiClient.login(app, fx.users.VIEWER);
    expect((await viewer.get(report(created.body.id))).status).toBe(403);
    expect((await admin.get(report(created.body.id, '?years=0'))).status).toBe(400);
  });
});
