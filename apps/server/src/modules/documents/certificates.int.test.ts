import { expect, it } from 'vitest';
import { documentSettings } from '../../db/schema/index';
import { ApiClient } from '../../test/client';
import { seedDecision } from '../../test/document-fixtures';
import { describeEngines } from '../../test/engines';
import {
  decodeQr,
  pdfFonts,
  pdfPageCount,
  pdfText,
  pdfWords,
  pixelDeviation,
  renderPngs,
} from '../../test/pdf-tools';
import { BLANK_STOCK_FIELDS, ptToMm } from './certificate-layout';

describeEngines('certificates (PDF)', (env) => {
  it('prints one certificate per award with the exact Vietnamese text, embedded fonts and a QR code that verifies', async () => {
    const { app, fx, database, engine } = env();
    await database.db
      .insert(documentSettings)
      .values({ tenantId: fx.tenantA, placeName: 'Sơn Hà', signerTitle: 'Chủ tịch' })
      .onConflictDoUpdate({
        target: documentSettings.tenantId,
        set: { placeName: 'Sơn Hà', signerTitle: 'Chủ tịch' },
      });
    const seeded = await seedDecision(database.db, fx, 'own', { names: ['Nguyễn Thị Hường', 'Lê Văn An'] });
    const leader = await ApiClient.login(app, fx.users.LEADER);
    const res = await leader.get(`/api/decisions/${seeded.decisionId}/certificates.pdf?layout=full`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-certificate-count')).toBe('2');
    const pdf = Buffer.from(res.body as ArrayBuffer);
    expect(pdfPageCount(pdf)).toBe(2);
    const text = pdfText(pdf);
    for (const expected of [
      'Nguyễn Thị Hường',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'TẶNG',
      'GIẤY KHEN',
      'CHỦ TỊCH UBND TỈNH SƠN HÀ',
      'Giáo viên',
      'Đã có thành tích xuất sắc trong công tác giảng dạy năm học 2024 - 2025',
      `Quyết định số ${seeded.number} ngày 05/02/2026`,
      'Số vào sổ: 0000',
      'Sơn Hà, ngày 05 tháng 02 năm 2026',
      'Trần Văn Ký',
    ]) {
      expect(text).toContain(expected);
    }
    expect(pdfFonts(pdf)).toMatch(/LiberationSerif.*yes/);
    const [png] = renderPngs(pdf, `certificate-full-${engine}`);
    expect(png).toBeDefined();
    expect(pixelDeviation(png as string)).toBeGreaterThan(10);
    const url = decodeQr(png as string);
    expect(url).toMatch(/^http:\/\/localhost\/cong-khai\/xac-minh\/[A-Za-z0-9_-]{43}$/);
    const code = (url as string).split('/').pop() as string;
    const anonymous = new ApiClient(app);
    const verified = await anonymous.get(`/api/public/verify/${code}`);
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({
      status: 'VALID',
      recipientName: expect.stringMatching(/^(Nguyễn Thị Hường|Lê Văn An)$/),
      decisionNumber: seeded.number,
      decisionDate: '2026-02-05',
      certificateKind: 'GIẤY KHEN',
    });
    // Printing again keeps the codes and registry numbers.
    const again = Buffer.from(
      (await leader.get(`/api/decisions/${seeded.decisionId}/certificates.pdf`)).body as ArrayBuffer,
    );
    const [png2] = renderPngs(again, `certificate-again-${engine}`);
    expect(decodeQr(png2 as string)).toBe(url);
  });

  it('places the recipient name on blank stock within 1 mm of the configured position', async () => {
    const { app, fx, database } = env();
    const offsets = { x: 4.5, y: -3.2 };
    await database.db
      .insert(documentSettings)
      .values({ tenantId: fx.tenantA, blankStockOffsetXMm: offsets.x, blankStockOffsetYMm: offsets.y })
      .onConflictDoUpdate({
        target: documentSettings.tenantId,
        set: { blankStockOffsetXMm: offsets.x, blankStockOffsetYMm: offsets.y },
      });
    const seeded = await seedDecision(database.db, fx, 'own', { names: ['Nguyễn Thị Hường'] });
    const leader = await ApiClient.login(app, fx.users.LEADER);
    const res = await leader.get(`/api/decisions/${seeded.decisionId}/certificates.pdf?layout=blank-stock`);
    expect(res.status).toBe(200);
    const pdf = Buffer.from(res.body as ArrayBuffer);
    const text = pdfText(pdf);
    expect(text).toContain('Nguyễn Thị Hường');
    expect(text).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'); // pre-printed on the stock
    const words = pdfWords(pdf).filter((w) => ['Nguyễn', 'Thị', 'Hường'].includes(w.text));
    expect(words).toHaveLength(3);
    const box = BLANK_STOCK_FIELDS.recipientName;
    const top = ptToMm(Math.min(...words.map((w) => w.yMin)));
    const centre = ptToMm(
      (Math.min(...words.map((w) => w.xMin)) + Math.max(...words.map((w) => w.xMax))) / 2,
    );
    expect(Math.abs(top - (box.yMm + offsets.y))).toBeLessThan(1);
    expect(Math.abs(centre - (box.xMm + box.widthMm / 2 + offsets.x))).toBeLessThan(1);
  });

  it('refuses certificates outside the actor scope', async () => {
    const { app, fx, database } = env();
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const other = await seedDecision(database.db, fx, 'otherUnit');
    expect((await officer.get(`/api/decisions/${other.decisionId}/certificates.pdf`)).status).toBe(403);
    const viewer = await ApiClient.login(app, fx.users.VIEWER);
    const own = await seedDecision(database.db, fx, 'own');
    expect((await viewer.get(`/api/decisions/${own.decisionId}/certificates.pdf`)).status).toBe(403);
  });
});
