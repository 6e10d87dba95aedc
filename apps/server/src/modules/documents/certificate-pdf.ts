import type { Readable } from 'node:stream';
import PdfPrinter from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import QRCode from 'qrcode';
import type { CertificateText } from './certificate-content';
import { BLANK_STOCK_FIELDS, type FieldBox, mmToPt, PAGE_MM } from './certificate-layout';
import { serifFontFiles } from './pdf-fonts';

// Certificates as PDF (pdfmake, fonts embedded). Every field sits at a fixed position, so the
// full design and the blank-stock print put the text in the same places; the full design adds
// what the blank stock has pre-printed (frame, Quốc hiệu, "TẶNG", the kind).

export type CertificateLayout = 'full' | 'blank-stock';
export type Offsets = { xMm: number; yMm: number };

const RED = '#b3141b';

/** A text box of the layout: a one-column row, since pdfmake ignores `width` on a positioned text. */
function field(box: FieldBox, offsets: Offsets, content: Record<string, unknown>): Content {
  return {
    columns: [{ ...content, width: mmToPt(box.widthMm), alignment: box.align }],
    absolutePosition: { x: mmToPt(box.xMm + offsets.xMm), y: mmToPt(box.yMm + offsets.yMm) },
  } as Content;
}

/** The text of one certificate; `offsets` moves it onto the tenant's blank stock. */
async function certificateFields(c: CertificateText, offsets: Offsets): Promise<Content[]> {
  const f = BLANK_STOCK_FIELDS;
  const qr = await QRCode.toDataURL(c.verifyUrl, { errorCorrectionLevel: 'M', margin: 1, scale: 4 });
  return [
    field(f.issuer, offsets, { text: c.issuerTitle, bold: true, fontSize: 15 }),
    field(f.recipientName, offsets, { text: c.recipientName, bold: true, fontSize: 26, color: RED }),
    field(f.unitLine, offsets, { text: c.unitLine, fontSize: 15, italics: true }),
    field(f.achievement, offsets, {
      text: c.titleLine ? `${c.titleLine}\n${c.achievement}` : c.achievement,
      fontSize: 15,
    }),
    field(f.decisionLine, offsets, { text: c.decisionLine, fontSize: 12 }),
    field(f.registryLine, offsets, { text: c.registryLine, fontSize: 12 }),
    field(f.placeDate, offsets, { text: c.placeDate, fontSize: 13, italics: true }),
    field(f.signerTitle, offsets, { text: c.signerTitle, fontSize: 14, bold: true }),
    field(f.signerName, offsets, { text: c.signerName, fontSize: 15, bold: true }),
    {
      image: qr,
      fit: [mmToPt(f.qr.widthMm), mmToPt(f.qr.widthMm)],
      absolutePosition: { x: mmToPt(f.qr.xMm + offsets.xMm), y: mmToPt(f.qr.yMm + offsets.yMm) },
    },
  ];
}

/** What the blank stock has pre-printed: a double frame, Quốc hiệu, Tiêu ngữ, "TẶNG" and the kind. */
function decorations(c: CertificateText): Content[] {
  const w = mmToPt(PAGE_MM.width);
  const h = mmToPt(PAGE_MM.height);
  const box = (inset: number, lineWidth: number) => ({
    type: 'rect' as const,
    x: mmToPt(inset),
    y: mmToPt(inset),
    w: w - 2 * mmToPt(inset),
    h: h - 2 * mmToPt(inset),
    lineWidth,
    lineColor: RED,
  });
  const centered = (yMm: number, content: object): Content =>
    ({ ...content, absolutePosition: { x: 0, y: mmToPt(yMm) }, width: w, alignment: 'center' }) as Content;
  return [
    { canvas: [box(8, 3), box(11, 0.8)], absolutePosition: { x: 0, y: 0 } },
    centered(20, { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, fontSize: 13 }),
    centered(26, { text: 'Độc lập - Tự do - Hạnh phúc', bold: true, fontSize: 13 }),
    centered(54, { text: 'TẶNG', bold: true, fontSize: 18 }),
    centered(64, { text: c.kind, bold: true, fontSize: 34, color: RED }),
  ];
}

async function definition(
  certificates: CertificateText[],
  layout: CertificateLayout,
  offsets: Offsets,
): Promise<TDocumentDefinitions> {
  const content: Content[] = [];
  for (const [i, c] of certificates.entries()) {
    // An empty flow node opens each page; the absolutely positioned fields follow it there.
    content.push({ text: '', pageBreak: i === 0 ? undefined : 'before' });
    if (layout === 'full') content.push(...decorations(c));
    content.push(...(await certificateFields(c, layout === 'full' ? { xMm: 0, yMm: 0 } : offsets)));
  }
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [0, 0, 0, 0],
    defaultStyle: { font: 'Serif', fontSize: 14 },
    info: { title: 'Giấy khen, Bằng khen', creator: 'Vinh Danh' },
    content,
  };
}

/** Renders the certificates into one PDF, streamed as pdfkit writes it. */
export async function renderCertificatesPdf(
  certificates: CertificateText[],
  layout: CertificateLayout,
  offsets: Offsets,
): Promise<Readable> {
  const printer = new PdfPrinter({ Serif: serifFontFiles() });
  const doc = printer.createPdfKitDocument(await definition(certificates, layout, offsets));
  doc.end();
  return doc as unknown as Readable;
}
