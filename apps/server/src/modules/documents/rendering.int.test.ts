import { expect, it } from 'vitest';
import { ApiClient } from '../../test/client';
import { seedDecision } from '../../test/document-fixtures';
import { describeEngines } from '../../test/engines';
import { docxToPdf, pdfPageCount, pdfText, pixelDeviation, renderPngs } from '../../test/pdf-tools';

// The decision opens in LibreOffice (as a clerk's Word would) and prints non-blank pages.
describeEngines('decision .docx through LibreOffice', (env) => {
  it('converts to a PDF of 2 pages (decision, annex) that carry the text and ink', async () => {
    const { app, fx, database, engine } = env();
    const seeded = await seedDecision(database.db, fx, 'own', { names: ['Nguyễn Thị Hường', 'Lê Văn An'] });
    const leader = await ApiClient.login(app, fx.users.LEADER);
    const res = await leader.get(`/api/decisions/${seeded.decisionId}/documents/quyet-dinh.docx`);
    const pdf = docxToPdf(Buffer.from(res.body as ArrayBuffer));
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(2);
    const text = pdfText(pdf);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Nguyễn Thị Hường');
    const pngs = renderPngs(pdf, `decision-${engine}`, 60, pages);
    expect(pngs).toHaveLength(pages);
    for (const png of pngs) expect(pixelDeviation(png)).toBeGreaterThan(5);
  });
});
