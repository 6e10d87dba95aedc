import { serifFontFiles } from '../documents/index';

// The public copy of a decision as PDF: its number, date, issuer and signer and the list of
// awardees with unit, award and standing. Only what the portal page shows (no ID numbers, no
// birth dates); the signed original stays with the office.

export type PublicDecisionPdf = {
  title: string;
  facts: [string, string][];
  rows: { name: string; unit: string; award: string; status: string }[];
  footer: string;
};

export async function renderPublicDecisionPdf(input: PublicDecisionPdf): Promise<Buffer> {
  // pdfkit is loaded on the first PDF, not at start: it adds ~27 MiB to the server (issue 19).
  const { default: PDFDocument } = await import('pdfkit');
  const fonts = serifFontFiles();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 70, right: 56 },
    info: { Title: input.title },
  });
  doc.registerFont('Serif', fonts.normal);
  doc.registerFont('Serif-Bold', fonts.bold);
  doc.registerFont('Serif-Italic', fonts.italics);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  const width = doc.page.width - 126;
  doc.font('Serif-Bold').fontSize(15).text(input.title.toUpperCase(), { align: 'center', width });
  doc.moveDown(0.8);
  for (const [label, value] of input.facts) {
    doc.font('Serif-Bold').fontSize(12).text(`${label}: `, { continued: true }).font('Serif').text(value);
  }
  doc.moveDown(0.8);
  doc.font('Serif-Bold').fontSize(13).text('Danh sách được khen thưởng');
  doc.moveDown(0.4);
  const cols = [28, 150, 140, 100, width - 418];
  const line = (cells: string[], face: 'Serif' | 'Serif-Bold') => {
    const y = doc.y;
    let x = doc.page.margins.left;
    let bottom = y;
    doc.font(face).fontSize(11);
    cells.forEach((cell, i) => {
      const w = cols[i] ?? 60;
      doc.text(cell, x, y, { width: w - 4 });
      bottom = Math.max(bottom, doc.y);
      x += w;
    });
    doc.x = doc.page.margins.left;
    doc.y = bottom + 4;
    if (doc.y > doc.page.height - 90) doc.addPage();
  };
  line(['TT', 'Tập thể, cá nhân', 'Đơn vị', 'Hình thức', 'Tình trạng'], 'Serif-Bold');
  input.rows.forEach((r, i) => {
    line([String(i + 1), r.name, r.unit, r.award, r.status], 'Serif');
  });
  doc.moveDown(1);
  doc.font('Serif-Italic').fontSize(10).text(input.footer, doc.page.margins.left, doc.y, { width });
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
