import { setImmediate as nextTurn } from 'node:timers/promises';
import type PDFDocument from 'pdfkit';
import type { Align, Block, DocumentModel, Letterhead, Run } from './document-model';
import { NATIONAL_MOTTO, NATIONAL_TITLE } from './nd30-blocks';
import { A4, MARGINS_MM } from './nd30-page';
import { serifFontFiles } from './pdf-fonts';

// The PDF writer of the content model (document-model.ts), with pdfkit and the embedded
// Liberation Serif 2 (metric-compatible with Times New Roman). It lays the blocks out on the same
// ND 30/2020 page as the Word writer: A4, margins 20/20/30/15 mm, 14 pt body, page numbers
// centred in the top margin from page 2 on. No office suite is involved.

type Doc = InstanceType<typeof PDFDocument>;
type Face = 'Serif' | 'Serif-Bold' | 'Serif-Italic' | 'Serif-BoldItalic';

const PT_PER_MM = 72 / 25.4;
const mm = (v: number) => v * PT_PER_MM;
/** Twips (Word's spacing unit) to points. */
const twips = (v: number) => v / 20;
/** Word's half-points to points; 14 pt when unset, as the Word writer's default run. */
const points = (halfPoints: number | undefined) => (halfPoints ?? 28) / 2;

const PAGE = { width: twips(A4.width), height: twips(A4.height) };
const LEFT = mm(MARGINS_MM.left);
const TEXT_WIDTH = PAGE.width - LEFT - mm(MARGINS_MM.right);
/** The letterhead's left column, as in the Word tables (3600 twips). */
const LEFT_COLUMN = twips(3600);
const CELL_PAD = 3;

const face = (r: { bold?: boolean; italics?: boolean }): Face =>
  r.bold && r.italics ? 'Serif-BoldItalic' : r.bold ? 'Serif-Bold' : r.italics ? 'Serif-Italic' : 'Serif';

class Writer {
  constructor(readonly doc: Doc) {}

  get bottom() {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  ensure(height: number) {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  /** One centred line (or more when it wraps) in a column. */
  centred(value: string, x: number, width: number, style: Omit<Run, 'text'>) {
    this.doc
      .font(face(style))
      .fontSize(points(style.size))
      .text(value, x, this.doc.y, { width, align: 'center' });
  }

  /** A short solid rule centred in a column, just under the line above. */
  rule(x: number, columnWidth: number, width: number) {
    const y = this.doc.y + 1;
    const start = x + Math.max(0, (columnWidth - width) / 2);
    this.doc
      .moveTo(start, y)
      .lineTo(start + Math.min(width, columnWidth), y)
      .lineWidth(0.6)
      .strokeColor('#000000')
      .stroke();
    this.doc.y = y + 8;
  }

  /** Draws two columns from the same top; the cursor ends under the taller one. */
  columns(left: (x: number, w: number) => void, right: (x: number, w: number) => void, split = LEFT_COLUMN) {
    const top = this.doc.y;
    left(LEFT, split);
    const leftEnd = this.doc.y;
    this.doc.y = top;
    right(LEFT + split, TEXT_WIDTH - split);
    this.doc.y = Math.max(leftEnd, this.doc.y);
    this.doc.x = LEFT;
  }

  letterhead(h: Letterhead) {
    this.columns(
      (x, w) => {
        if (h.parentBody) this.centred(h.parentBody.toUpperCase(), x, w, { size: 26 });
        this.centred(h.issuingBody.toUpperCase(), x, w, { bold: true, size: 26 });
        this.rule(x, w, twips(1200));
      },
      (x, w) => {
        this.centred(NATIONAL_TITLE, x, w, { bold: true, size: 24 });
        this.centred(NATIONAL_MOTTO, x, w, { bold: true, size: 28 });
        this.rule(x, w, twips(3300));
      },
    );
    this.columns(
      (x, w) => this.centred(h.numberLine, x, w, { size: 26 }),
      (x, w) => this.centred(h.placeDate, x, w, { italics: true }),
    );
  }

  paragraph(b: Extract<Block, { type: 'paragraph' }>) {
    const { doc } = this;
    if (b.pageBreakBefore) doc.addPage();
    doc.y += twips(b.before ?? 0);
    const runs = b.runs.filter((r) => r.text.length > 0);
    if (runs.length === 0) {
      doc.y += doc.font('Serif').fontSize(14).currentLineHeight(true);
    }
    const align: Align = b.align ?? 'justify';
    runs.forEach((r, i) => {
      doc.font(face(r)).fontSize(points(r.size));
      const options = {
        width: TEXT_WIDTH,
        align,
        indent: b.indent && i === 0 ? mm(10) : 0,
        continued: i < runs.length - 1,
      };
      if (i === 0) doc.text(r.text, LEFT, doc.y, options);
      else doc.text(r.text, options);
    });
    doc.x = LEFT;
    doc.y += twips(b.after ?? 60);
  }

  title(kind: string, subject: string) {
    this.doc.y += twips(240);
    this.centred(kind, LEFT, TEXT_WIDTH, { bold: true });
    this.centred(subject, LEFT, TEXT_WIDTH, { bold: true });
    this.rule(LEFT, TEXT_WIDTH, twips(1800));
  }

  addressee(recipients: string[]) {
    this.doc.y += 6;
    if (recipients.length === 1) {
      this.centred(`Kính gửi: ${recipients[0] ?? ''}`, LEFT, TEXT_WIDTH, {});
    } else {
      this.centred('Kính gửi:', LEFT, TEXT_WIDTH, {});
      for (const r of recipients) this.centred(`- ${r};`, LEFT, TEXT_WIDTH, {});
    }
    this.doc.y += 6;
  }

  signature(b: Extract<Block, { type: 'signature' }>) {
    const line = this.doc.font('Serif').fontSize(14).currentLineHeight(true);
    // The signer's title, room to sign and name stay together on one page.
    this.ensure(Math.max((b.signerTitle.length + 6) * line, (b.recipients.length + 2) * line));
    this.columns(
      (x, w) => {
        this.doc.font('Serif-BoldItalic').fontSize(12).text('Nơi nhận:', x, this.doc.y, { width: w });
        for (const r of b.recipients)
          this.doc.font('Serif').fontSize(11).text(`- ${r}`, x, this.doc.y, { width: w });
      },
      (x, w) => {
        for (const t of b.signerTitle) this.centred(t.toUpperCase(), x, w, { bold: true });
        this.doc.y += 4 * line;
        this.centred(b.signerName || ' ', x, w, { bold: true });
      },
    );
  }

  async table(b: Extract<Block, { type: 'table' }>) {
    const { doc } = this;
    const total = b.widths.reduce((a, w) => a + w, 0);
    const widths = b.widths.map((w) => (w / total) * TEXT_WIDTH);
    const size = points(b.size ?? 26);
    const heightOf = (cells: string[], bold: boolean) =>
      Math.max(
        ...cells.map((c, i) =>
          doc
            .font(bold ? 'Serif-Bold' : 'Serif')
            .fontSize(size)
            .heightOfString(c || ' ', { width: (widths[i] ?? 0) - 2 * CELL_PAD }),
        ),
      ) +
      2 * CELL_PAD;
    const draw = (cells: string[], bold: boolean) => {
      const height = heightOf(cells, bold);
      const top = doc.y;
      let x = LEFT;
      cells.forEach((c, i) => {
        const w = widths[i] ?? 0;
        doc.lineWidth(0.5).strokeColor('#000000').rect(x, top, w, height).stroke();
        doc
          .font(bold ? 'Serif-Bold' : 'Serif')
          .fontSize(size)
          .text(c, x + CELL_PAD, top + CELL_PAD, {
            width: w - 2 * CELL_PAD,
            align: bold || i === 0 ? 'center' : 'left',
          });
        x += w;
      });
      doc.x = LEFT;
      doc.y = top + height;
    };
    this.ensure(heightOf(b.headers, true) + heightOf(b.rows[0] ?? [], false));
    draw(b.headers, true);
    for (const [n, row] of b.rows.entries()) {
      if (doc.y + heightOf(row, false) > this.bottom) {
        doc.addPage();
        // The header row repeats on every page, as Word's "repeat as header row".
        draw(b.headers, true);
      }
      draw(row, false);
      // A long annex leaves the event loop to other requests now and then.
      if (n % 50 === 49) await nextTurn();
    }
    doc.y += 6;
  }
}

async function openDocument(title: string): Promise<Doc> {
  // pdfkit is loaded on the first PDF, not at start: it adds ~27 MiB to the server (issue 19).
  const { default: PDFDocument } = await import('pdfkit');
  const fonts = serifFontFiles();
  const doc = new PDFDocument({
    size: 'A4',
    margins: {
      top: mm(MARGINS_MM.top),
      bottom: mm(MARGINS_MM.bottom),
      left: mm(MARGINS_MM.left),
      right: mm(MARGINS_MM.right),
    },
    info: { Title: title, Creator: 'Vinh Danh' },
  });
  doc.registerFont('Serif', fonts.normal);
  doc.registerFont('Serif-Bold', fonts.bold);
  doc.registerFont('Serif-Italic', fonts.italics);
  doc.registerFont('Serif-BoldItalic', fonts.bolditalics);
  let pageNumber = 1;
  // ND 30: the page number, centred in the top margin, from page 2 on.
  doc.on('pageAdded', () => {
    pageNumber += 1;
    const { x, y } = doc;
    doc
      .font('Serif')
      .fontSize(13)
      .text(String(pageNumber), LEFT, mm(10), { width: TEXT_WIDTH, align: 'center', lineBreak: false });
    doc.x = x;
    doc.y = y;
  });
  return doc;
}

/** The document as a PDF in the ND 30/2020 page, fonts embedded. */
export async function renderPdf(model: DocumentModel): Promise<Buffer> {
  const doc = await openDocument(model.title);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const w = new Writer(doc);
  for (const b of model.blocks) {
    switch (b.type) {
      case 'letterhead':
        w.letterhead(b.letterhead);
        break;
      case 'title':
        w.title(b.kind, b.subject);
        break;
      case 'paragraph':
        w.paragraph(b);
        break;
      case 'addressee':
        w.addressee(b.recipients);
        break;
      case 'signature':
        w.signature(b);
        break;
      case 'table':
        await w.table(b);
        break;
    }
  }
  doc.end();
  return done;
}
