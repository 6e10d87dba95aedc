import { expect, it } from 'vitest';
import { documentSettings } from '../../db/schema/index';
import { ApiClient } from '../../test/client';
import { docxText, readDocxPart } from '../../test/docx-read';
import { seedNamedProposal } from '../../test/dossier-document-fixtures';
import { describeEngines } from '../../test/engines';
import { docxToPdf, pdfPageCount, pdfText, pixelDeviation, renderPngs } from '../../test/pdf-tools';
import { seedProposal } from '../../test/proposal-seeds';
import { addUser } from '../../test/workflow-fixtures';

const NOMINEES = [
  { name: 'Nguyễn Thị Hường', awardCode: 'LDTT', position: 'Tổ trưởng chuyên môn' },
  { name: 'Lê Văn An', awardCode: 'GIAY_KHEN' },
  { name: 'Tổ Ngữ văn', awardCode: 'TTLDTT', collective: true },
];

describeEngines('proposal Tờ trình .docx (ND 30/2020)', (env) => {
  const letter = async (client: ApiClient, id: string) => {
    const res = await client.get(`/api/proposals/${id}/documents/to-trinh.docx`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    expect(res.headers.get('content-disposition')).toContain('to-trinh-');
    return Buffer.from(res.body as ArrayBuffer);
  };

  it('has the letterhead, draft number, submitted date, addressee, legal bases, counts, list and signature', async () => {
    const { app, fx, database } = env();
    await database.db
      .insert(documentSettings)
      .values({ tenantId: fx.tenantA, placeName: 'Sơn Hà', parentBody: null, signerTitle: 'Chủ tịch' })
      .onConflictDoNothing();
    // A school's dossier goes to its Sở, which forwards it to the province (the decider).
    const p = await seedNamedProposal(database.db, fx, {
      nominees: NOMINEES,
      levels: [fx.own.id, fx.root.id],
      deciderRole: 'CHU_TICH_UBND_TINH',
      submittedOn: '2026-02-05',
    });
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const file = await letter(officer, p.id);
    const xml = await readDocxPart(file, 'word/document.xml');
    const body = docxText(xml);
    expect(body).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(body).toContain('Độc lập - Tự do - Hạnh phúc');
    // The unit under its parent, as the letterhead prints them.
    expect(body).toMatch(/SỞ GIÁO DỤC\nTRƯỜNG THPT SỐ 1/);
    expect(body).toContain('Số:      /TTr-OWN-1');
    expect(body).toContain('Sơn Hà, ngày 05 tháng 02 năm 2026');
    expect(body).toContain('TỜ TRÌNH');
    expect(body).toContain(
      'Về việc đề nghị công nhận danh hiệu "Tập thể lao động tiên tiến" năm 2025, tặng Giấy khen của Chủ tịch Ủy ban nhân dân tỉnh và công nhận danh hiệu "Lao động tiên tiến" năm 2025',
    );
    expect(body).toContain('Kính gửi: Sở Giáo dục');
    // Legal bases: the rule set in force on 5 February 2026 (ND 152/2025).
    expect(body).toContain('Căn cứ Luật Thi đua, khen thưởng 2022 (Luật số 06/2022/QH15);');
    expect(body).toContain('Căn cứ Nghị định 152/2025/NĐ-CP;');
    expect(body).toContain(
      'kính đề nghị Sở Giáo dục xem xét, trình Chủ tịch Ủy ban nhân dân tỉnh A quyết định:',
    );
    expect(body).toContain('- Công nhận danh hiệu "Tập thể lao động tiên tiến" năm 2025 cho 1 tập thể;');
    expect(body).toContain('- Tặng Giấy khen của Chủ tịch Ủy ban nhân dân tỉnh cho 1 cá nhân;');
    expect(body).toContain('- Công nhận danh hiệu "Lao động tiên tiến" năm 2025 cho 1 cá nhân;');
    expect(body).toContain('Nơi nhận:');
    expect(body).toContain('THỦ TRƯỞNG ĐƠN VỊ');
    // The list: collectives first, then people in Vietnamese order (An before Hường).
    expect(body).toContain('DANH SÁCH');
    expect(body).toContain(
      '(Kèm theo Tờ trình số      /TTr-OWN-1 ngày 05 tháng 02 năm 2026 của Trường THPT Số 1)',
    );
    expect(body).toMatch(
      /\n1\nTổ Ngữ văn\nTrường THPT Số 1\nTập thể lao động tiên tiến\n.*\n2\nLê Văn An\nGiáo viên, Trường THPT Số 1\nGiấy khen\n.*\n3\nNguyễn Thị Hường\nTổ trưởng chuyên môn, Trường THPT Số 1\nLao động tiên tiến\nHoàn thành xuất sắc/,
    );
    // Page: A4 portrait; margins 20/20/30/15 mm in twips; first page without a number.
    expect(xml).toContain('w:w="11906" w:h="16838"');
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(xml).toContain('<w:titlePg/>');
    const styles = await readDocxPart(file, 'word/styles.xml');
    expect(styles).toContain('w:ascii="Times New Roman"');
  });

  it('a draft not yet submitted is dated today; a unit deciding its own award writes to its own council', async () => {
    const { app, fx, database } = env();
    const p = await seedNamedProposal(database.db, fx, {
      nominees: [{ name: 'Nguyễn Thị Hường', awardCode: 'GIAY_KHEN' }],
      state: 'DRAFT',
    });
    const body = docxText(
      await readDocxPart(
        await letter(await ApiClient.login(app, fx.users.UNIT_OFFICER), p.id),
        'word/document.xml',
      ),
    );
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const [y, m, d] = today.split('-');
    expect(body).toContain(`ngày ${d} tháng ${m} năm ${y}`);
    expect(body).toContain('Kính gửi: Hội đồng Thi đua - Khen thưởng Trường THPT Số 1');
    expect(body).toContain('Về việc đề nghị tặng Giấy khen');
  });

  it('refuses another unit’s officer, a unit outside the actor’s subtree, and a role without the permission', async () => {
    const { app, fx, database } = env();
    const own = await seedNamedProposal(database.db, fx, { nominees: NOMINEES.slice(0, 1) });
    const otherOfficer = await addUser(database.db, fx, 'UNIT_OFFICER', { unit: fx.other, scope: fx.other });
    const res = await (await ApiClient.login(app, otherOfficer.username)).get(
      `/api/proposals/${own.id}/documents/to-trinh.docx`,
    );
    expect([403, 404]).toContain(res.status);
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    for (const scope of ['otherUnit', 'otherTenant'] as const) {
      const p = await seedProposal(database.db, fx, scope, { state: 'SUBMITTED' });
      expect([403, 404]).toContain(
        (await officer.get(`/api/proposals/${p.id}/documents/to-trinh.docx`)).status,
      );
    }
    const viewer = await ApiClient.login(app, fx.users.VIEWER);
    expect((await viewer.get(`/api/proposals/${own.id}/documents/to-trinh.docx`)).status).toBe(403);
  });

  it('opens in LibreOffice: the letter and its list print on non-blank pages', async () => {
    const { app, fx, database, engine } = env();
    const p = await seedNamedProposal(database.db, fx, { nominees: NOMINEES, submittedOn: '2026-02-05' });
    const pdf = docxToPdf(await letter(await ApiClient.login(app, fx.users.UNIT_OFFICER), p.id));
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(2);
    const text = pdfText(pdf);
    expect(text).toContain('TỜ TRÌNH');
    expect(text).toContain('DANH SÁCH');
    expect(text).toContain('Nguyễn Thị Hường');
    const pngs = renderPngs(pdf, `proposal-letter-${engine}`, 60, pages);
    for (const png of pngs) expect(pixelDeviation(png)).toBeGreaterThan(5);
  });
});
