import type PDFDocument from 'pdfkit';
import { serifFontFiles } from '../documents/index';
import { bodyRows, columnNumbers, fileBase, headerLines, SIGNATURE } from './report-layout';
import type { FormOutput } from './reports.schemas';

type Doc = InstanceType<typeof PDFDocument>;

const MARGIN = 28;

/** The form as a landscape A4 PDF with the same header, table and signature block as the .xlsx. */
export async function renderFormPdf(f: FormOutput): Promise<{ file: Buffer; name: string }> {
  // pdfkit is loaded on the first PDF, not at start: it adds ~27 MiB to the server (issue 19).
  const { default: PDFDocument } = await import('pdfkit');
  const fonts = serifFontFiles();
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    info: { Title: f.title, Creator: 'Vinh Danh' },
  });
  doc.registerFont('Serif', fonts.normal);
  doc.registerFont('Serif-Bold', fonts.bold);
  doc.registerFont('Serif-Italic', fonts.italics);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  draw(doc, f);
  doc.end();
  await done;
  return { file: Buffer.concat(chunks), name: `${fileBase(f)}.pdf` };
}

function draw(doc: Doc, f: FormOutput) {
  const pageWidth = doc.page.width - 2 * MARGIN;
  const header = headerLines(f);
  doc.fontSize(9);
  let y = MARGIN;
  header.left.forEach((line, i) => {
    doc.font(i === 0 ? 'Serif-Bold' : 'Serif').text(line, MARGIN, y, { width: pageWidth / 2 });
    doc
      .font('Serif')
      .text(header.right[i] ?? '', MARGIN + pageWidth / 2, y, { width: pageWidth / 2, align: 'center' });
    y += 12;
  });
  y += 6;
  doc
    .font('Serif-Bold')
    .fontSize(13)
    .text(f.title.toUpperCase(), MARGIN, y, { width: pageWidth, align: 'center' });
  y = doc.y + 2;
  doc
    .font('Serif-Italic')
    .fontSize(10)
    .text(`Năm ${f.year}`, MARGIN, y, { width: pageWidth, align: 'center' });
  y = doc.y + 8;
  const labelWidth = 190;
  const stubWidth = 34;
  const numberWidth = (pageWidth - labelWidth - 2 * stubWidth) / f.columns.length;
  const widths = [labelWidth, stubWidth, stubWidth, ...f.columns.map(() => numberWidth)];
  const fontSize = f.columns.length > 12 ? 6.5 : 8;
  const cellRow = (cells: (string | number | null)[], bold: boolean, minHeight: number) => {
    doc.font(bold ? 'Serif-Bold' : 'Serif').fontSize(fontSize);
    const height = Math.max(
      minHeight,
      ...cells.map((v, i) => doc.heightOfString(String(v ?? ''), { width: widths[i]! - 4 }) + 4),
    );
    if (y + height > doc.page.height - MARGIN - 60) {
      doc.addPage();
      y = MARGIN;
    }
    let x = MARGIN;
    cells.forEach((v, i) => {
      doc.rect(x, y, widths[i]!, height).lineWidth(0.5).stroke();
      doc.text(v === null ? '' : typeof v === 'number' ? v.toLocaleString('vi-VN') : v, x + 2, y + 2, {
        width: widths[i]! - 4,
        align: i === 0 ? 'left' : 'center',
      });
      x += widths[i]!;
    });
    y += height;
  };
  cellRow(['', 'Mã số', 'Đơn vị tính', ...f.columns.map((c) => c.label)], true, 30);
  cellRow(columnNumbers(f), true, 12);
  for (const row of bodyRows(f)) cellRow(row.cells, row.isBold, 12);
  y += 12;
  if (y > doc.page.height - MARGIN - 60) {
    doc.addPage();
    y = MARGIN;
  }
  SIGNATURE.left.forEach((line, i) => {
    const font = line.startsWith('(') ? 'Serif-Italic' : i === 1 ? 'Serif-Bold' : 'Serif';
    doc
      .font(font)
      .fontSize(9)
      .text(line, MARGIN, y, { width: pageWidth / 2, align: 'center' });
    const right = SIGNATURE.right[i] ?? '';
    const rightFont = right.startsWith('(') || i === 0 ? 'Serif-Italic' : 'Serif-Bold';
    doc.font(rightFont).text(right, MARGIN + pageWidth / 2, y, { width: pageWidth / 2, align: 'center' });
    y += 12;
  });
}
