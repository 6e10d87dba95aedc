import { expect, it } from 'vitest';
import { documentSettings } from '../../db/schema/index';
import { ApiClient } from '../../test/client';
import { seedDecision } from '../../test/document-fixtures';
import { docxText, readDocxPart } from '../../test/docx-read';
import { describeEngines } from '../../test/engines';

describeEngines('decision .docx (ND 30/2020)', (env) => {
  it('has the letterhead, number, date, legal bases, articles, signature and annex, in Times New Roman on A4', async () => {
    const { app, fx, database } = env();
    await database.db
      .insert(documentSettings)
      .values({ tenantId: fx.tenantA, placeName: 'Sơn Hà', parentBody: null, signerTitle: 'Chủ tịch' })
      .onConflictDoNothing();
    // A decision entered without its issuing unit: the settings' signer title names the authority.
    const seeded = await seedDecision(database.db, fx, 'own', { names: ['Nguyễn Thị Hường', 'Lê Văn An'] });
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const res = await officer.get(`/api/decisions/${seeded.decisionId}/documents/quyet-dinh.docx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    const file = Buffer.from(res.body as ArrayBuffer);
    const xml = await readDocxPart(file, 'word/document.xml');
    const body = docxText(xml);
    expect(body).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(body).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(body).toContain(`Số: ${seeded.number}`);
    expect(body).toContain('Sơn Hà, ngày 05 tháng 02 năm 2026');
    expect(body).toContain('UBND TỈNH SƠN HÀ');
    expect(body).toContain('QUYẾT ĐỊNH');
    expect(body).toContain('Về việc tặng Giấy khen');
    expect(body).toContain('CHỦ TỊCH UBND TỈNH SƠN HÀ');
    // Legal bases come from the rule set in force on 5 February 2026 (ND 152/2025).
    expect(body).toContain('Căn cứ Luật Thi đua, khen thưởng 2022 (Luật số 06/2022/QH15);');
    expect(body).toContain('Căn cứ Nghị định 152/2025/NĐ-CP;');
    expect(body).toMatch(/Điều 1\. Tặng Giấy khen của Chủ tịch UBND tỉnh Sơn Hà cho 2 cá nhân/);
    expect(body).toContain('Điều 2.');
    expect(body).toContain('Tổng số tiền thưởng: 1.420.000 đ (Một triệu bốn trăm hai mươi nghìn đồng)');
    expect(body).toContain('Điều 3. Quyết định này có hiệu lực kể từ ngày ký.');
    expect(body).toContain('Nơi nhận:');
    expect(body).toContain('Trần Văn Ký');
    expect(body).toContain('DANH SÁCH');
    expect(body).toContain(
      `(Kèm theo Quyết định số ${seeded.number} ngày 05 tháng 02 năm 2026 của Chủ tịch UBND tỉnh Sơn Hà)`,
    );
    expect(body).toContain('Nguyễn Thị Hường');
    expect(body).toContain('710.000');
    // Page: A4 portrait; margins 20/20/30/15 mm in twips; first page without a number.
    expect(xml).toContain('w:w="11906" w:h="16838"');
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(xml).toContain('<w:titlePg/>');
    const styles = await readDocxPart(file, 'word/styles.xml');
    expect(styles).toContain('w:ascii="Times New Roman"');
    expect(styles).toMatch(/<w:sz w:val="28"\/>/);
    const header = await readDocxPart(file, 'word/header1.xml');
    expect(header).toContain('PAGE');
  });

  it('refuses a decision outside the actor scope, and another tenant’s', async () => {
    const { app, fx, database } = env();
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    for (const scope of ['otherUnit', 'otherTenant'] as const) {
      const seeded = await seedDecision(database.db, fx, scope);
      const res = await officer.get(`/api/decisions/${seeded.decisionId}/documents/quyet-dinh.docx`);
      expect([403, 404]).toContain(res.status);
    }
    const viewer = await ApiClient.login(app, fx.users.VIEWER);
    const own = await seedDecision(database.db, fx, 'own');
    expect((await viewer.get(`/api/decisions/${own.decisionId}/documents/quyet-dinh.docx`)).status).toBe(403);
  });
});
