import { setImmediate as nextTurn } from 'node:timers/promises';
import type PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { CertificateText } from './certificate-content';
import { BLANK_STOCK_FIELDS, type FieldBox, mmToPt, PAGE_MM } from './certificate-layout';
import { serifFontFiles } from './pdf-fonts';

// Certificates as PDF (pdfkit, fonts embedded). Every field sits at a fixed position, so the
// full design and the blank-stock print put the text in the same places; the full design adds
// what the blank stock has pre-printed (frame, Quốc hiệu, "TẶNG", the kind).
// Pages are drawn one at a time and pdfkit writes each page out when the next one starts, so a
// batch of a thousand streams from its first page, shows progress, holds one page in memory and
// leaves the event loop free between pages for other requests.

export type CertificateLayout = 'full' | 'blank-stock';
export type Offsets = { xMm: number; yMm: number };

type Doc = InstanceType<typeof PDFDocument>;
type Face = 'Serif' | 'Serif-Bold' | 'Serif-Italic';
type TextStyle = { face: Face; size: number; color?: string };

const RED = '#b3141b';
const BLACK = '#000000';

function write(doc: Doc, text: string, box: FieldBox, offsets: Offsets, style: TextStyle) {
  doc
    .font(style.face)
    .fontSize(style.size)
    .fillColor(style.color ?? BLACK)
    .text(text, mmToPt(box.xMm + offsets.xMm), mmToPt(box.yMm + offsets.yMm), {
      width: mmToPt(box.widthMm),
      align: box.align,
      lineBreak: true,
    });
}

/** The text of one certificate; `offsets` moves it onto the tenant's blank stock. */
async function drawFields(doc: Doc, c: CertificateText, offsets: Offsets) {
  const f = BLANK_STOCK_FIELDS;
  write(doc, c.issuerTitle, f.issuer, offsets, { face: 'Serif-Bold', size: 15 });
  write(doc, c.recipientName, f.recipientName, offsets, { face: 'Serif-Bold', size: 26, color: RED });
  write(doc, c.unitLine, f.unitLine, offsets, { face: 'Serif-Italic', size: 15 });
  const achievement = c.titleLine ? `${c.titleLine}\n${c.achievement}` : c.achievement;
  write(doc, achievement, f.achievement, offsets, { face: 'Serif', size: 15 });
  write(doc, c.decisionLine, f.decisionLine, offsets, { face: 'Serif', size: 12 });
  write(doc, c.registryLine, f.registryLine, offsets, { face: 'Serif', size: 12 });
  write(doc, c.placeDate, f.placeDate, offsets, { face: 'Serif-Italic', size: 13 });
  write(doc, c.signerTitle, f.signerTitle, offsets, { face: 'Serif-Bold', size: 14 });
  write(doc, c.signerName, f.signerName, offsets, { face: 'Serif-Bold', size: 15 });
  const qr = await QRCode.toBuffer(c.verifyUrl, { errorCorrectionLevel: 'M', margin: 1, scale: 4 });
  const side = mmToPt(f.qr.widthMm);
  doc.image(qr, mmToPt(f.qr.xMm + offsets.xMm), mmToPt(f.qr.yMm + offsets.yMm), { fit: [side, side] });
}

/** What the blank stock has pre-printed: a double frame, Quốc hiệu, Tiêu ngữ, "TẶNG" and the kind. */
function drawDecorations(doc: Doc, c: CertificateText) {
  const w = mmToPt(PAGE_MM.width);
  const h = mmToPt(PAGE_MM.height);
  for (const [insetMm, lineWidth] of [
    [8, 3],
    [11, 0.8],
  ] as const) {
    const inset = mmToPt(insetMm);
    doc
      .lineWidth(lineWidth)
      .strokeColor(RED)
      .rect(inset, inset, w - 2 * inset, h - 2 * inset)
      .stroke();
  }
  const centered = (yMm: number, text: string, size: number, color = BLACK) =>
    doc
      .font('Serif-Bold')
      .fontSize(size)
      .fillColor(color)
      .text(text, 0, mmToPt(yMm), { width: w, align: 'center', lineBreak: false });
  centered(20, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 13);
  centered(26, 'Độc lập - Tự do - Hạnh phúc', 13);
  centered(54, 'TẶNG', 18);
  centered(64, c.kind, 34, RED);
}

async function openDocument(): Promise<Doc> {
  // pdfkit is loaded on the first PDF, not at start: it adds ~27 MiB to the server (issue 19).
  const { default: PDFDocument } = await import('pdfkit');
  const fonts = serifFontFiles();
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    autoFirstPage: false,
    info: { Title: 'Giấy khen, Bằng khen', Creator: 'Vinh Danh' },
  });
  doc.registerFont('Serif', fonts.normal);
  doc.registerFont('Serif-Bold', fonts.bold);
  doc.registerFont('Serif-Italic', fonts.italics);
  return doc;
}

/**
 * Renders the certificates into one PDF, one page each, and returns the stream at once; the
 * pages follow as they are drawn. A failure part way destroys the stream with the error.
 */
export async function renderCertificatesPdf(
  certificates: CertificateText[],
  layout: CertificateLayout,
  offsets: Offsets,
): Promise<Doc> {
  const doc = await openDocument();
  const at = layout === 'full' ? { xMm: 0, yMm: 0 } : offsets;
  void (async () => {
    try {
      for (const c of certificates) {
        // The reader went away (download cancelled): stop drawing.
        if (doc.destroyed) return;
        doc.addPage();
        if (layout === 'full') drawDecorations(doc, c);
        await drawFields(doc, c, at);
        // Let the written page leave and other requests run before the next one.
        await nextTurn();
      }
      doc.end();
    } catch (error) {
      doc.destroy(error as Error);
    }
  })();
  return doc;
}
