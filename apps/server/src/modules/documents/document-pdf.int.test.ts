import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { documentSettings } from '../../db/schema/index';
import { ApiClient } from '../../test/client';
import { seedDecision } from '../../test/document-fixtures';
import { docxText, readDocxPart } from '../../test/docx-read';
import { seedNamedProposal } from '../../test/dossier-document-fixtures';
import { describeEngines } from '../../test/engines';
import { pdfFonts, pdfPageCount, pdfText, pixelDeviation, renderPngs } from '../../test/pdf-tools';

// The decision and the tờ trình as PDF: one content model, rendered by the Word writer and by
// the PDF writer, so every paragraph and table cell of the .docx is in the PDF too.

/** pdftotext in content order (-raw), so a table cell's wrapped lines stay together. */
function rawText(pdf: Buffer) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-pdf-'));
  try {
    fs.writeFileSync(path.join(dir, 'in.pdf'), pdf);
    return execFileSync('pdftotext', ['-raw', path.join(dir, 'in.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** Every non-empty paragraph of the .docx, in the PDF's text (spacing and line breaks aside). */
async function expectSameContent(docx: Buffer, pdf: Buffer) {
  const lines = docxText(await readDocxPart(docx, 'word/document.xml'))
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  expect(lines.length).toBeGreaterThan(20);
  const text = squeeze(rawText(pdf));
  const missing = lines.filter((l) => !text.includes(squeeze(l)));
  expect(missing).toEqual([]);
}

function pageSize(pdf: Buffer) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-pdf-'));
  try {
    fs.writeFileSync(path.join(dir, 'in.pdf'), pdf);
    const info = execFileSync('pdfinfo', [path.join(dir, 'in.pdf')], { encoding: 'utf8' });
    return /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)?.slice(1).map(Number);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describeEngines('decision and tờ trình as PDF (one content model, two writers)', (env) => {
  it('prints the decision PDF with the .docx content, on A4 with embedded fonts and page numbers from page 2', async () => {
    const { app, fx, database, engine } = env();
    await database.db
      .insert(documentSettings)
      .values({ tenantId: fx.tenantA, placeName: 'Sơn Hà', parentBody: null, signerTitle: 'Chủ tịch' })
      .onConflictDoNothing();
    const names = Array.from({ length: 45 }, (_, i) => `Nguyễn Thị Hường ${i + 1}`);
    const seeded = await seedDecision(database.db, fx, 'own', { names: ['Lê Văn An', ...names] });
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const res = await officer.get(`/api/decisions/${seeded.decisionId}/documents/quyet-dinh.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain('quyet-dinh-');
    const pdf = Buffer.from(res.body as ArrayBuffer);
    const docx = Buffer.from(
      (await officer.get(`/api/decisions/${seeded.decisionId}/documents/quyet-dinh.docx`))
        .body as ArrayBuffer,
    );
    await expectSameContent(docx, pdf);
    const [w, h] = pageSize(pdf) ?? [];
    expect(Math.round(w ?? 0)).toBe(595);
    expect(Math.round(h ?? 0)).toBe(842);
    expect(pdfFonts(pdf)).toMatch(/LiberationSerif-Bold\S*\s.*yes/);
    // 46 rows do not fit on the annex's first page: the list runs on, its header repeated.
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(3);
    const text = pdfText(pdf);
    expect(text.match(/Số tiền \(đồng\)/g)?.length).toBe(pages - 1);
    // ND 30: no number on page 1; "2" alone on the first line of page 2.
    const pageTexts = text.split('\f');
    expect(pageTexts[0]?.trim().split('\n')[0]).not.toMatch(/^\s*\d+\s*$/);
    expect(pageTexts[1]?.trim().split('\n')[0]?.trim()).toBe('2');
    for (const png of renderPngs(pdf, `decision-pdf-${engine}`, 50, pages)) {
      expect(pixelDeviation(png)).toBeGreaterThan(5);
    }
  });

  it('prints the tờ trình PDF with the .docx content', async () => {
    const { app, fx, database } = env();
    const p = await seedNamedProposal(database.db, fx, {
      nominees: [
        { name: 'Nguyễn Thị Hường', awardCode: 'LDTT', position: 'Tổ trưởng chuyên môn' },
        { name: 'Tổ Ngữ văn', awardCode: 'TTLDTT', collective: true },
      ],
      levels: [fx.own.id, fx.root.id],
      deciderRole: 'CHU_TICH_UBND_TINH',
      submittedOn: '2026-02-05',
    });
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const res = await officer.get(`/api/proposals/${p.id}/documents/to-trinh.pdf`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const pdf = Buffer.from(res.body as ArrayBuffer);
    const docx = Buffer.from(
      (await officer.get(`/api/proposals/${p.id}/documents/to-trinh.docx`)).body as ArrayBuffer,
    );
    await expectSameContent(docx, pdf);
    const text = pdfText(pdf);
    expect(text).toContain('TỜ TRÌNH');
    expect(text).toContain('Kính gửi: Sở Giáo dục');
  });

  it('refuses a decision PDF outside the actor scope', async () => {
    const { app, fx, database } = env();
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const other = await seedDecision(database.db, fx, 'otherUnit');
    expect((await officer.get(`/api/decisions/${other.decisionId}/documents/quyet-dinh.pdf`)).status).toBe(
      403,
    );
  });
});
