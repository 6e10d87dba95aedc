import {
  AlignmentType,
  Document,
  Header,
  type ISectionOptions,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
} from 'docx';

// The page of an administrative document under ND 30/2020/NĐ-CP, Phụ lục I: A4 portrait,
// margins top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm, Times New Roman 13–14, page
// numbers centred in the top margin from page 2 on.

/** 1 mm = 1440 / 25.4 twips. */
export const mmToTwip = (mm: number) => Math.round((mm * 1440) / 25.4);

export const A4 = { width: 11906, height: 16838 } as const;
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
/** Width of the text column, in twips (for table column widths). */
export const TEXT_WIDTH = A4.width - mmToTwip(MARGINS_MM.left) - mmToTwip(MARGINS_MM.right);

/** Word substitutes a metric-compatible font where Times New Roman is missing (LibreOffice: Liberation Serif). */
export const DOCUMENT_FONT = 'Times New Roman';
/** Half-points: 14 pt body text. */
export const BODY_SIZE = 28;

/** Page number: upright Arabic numerals, size 13–14, centred in the top margin; not on page 1. */
function pageNumberHeader() {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: 26 })],
      }),
    ],
  });
}

export function nd30Section(children: ISectionOptions['children']): ISectionOptions {
  return {
    properties: {
      // A different first page carries no number (ND 30: numbering shows from page 2).
      titlePage: true,
      page: {
        size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT },
        margin: {
          top: mmToTwip(MARGINS_MM.top),
          bottom: mmToTwip(MARGINS_MM.bottom),
          left: mmToTwip(MARGINS_MM.left),
          right: mmToTwip(MARGINS_MM.right),
          header: mmToTwip(10),
          footer: mmToTwip(10),
        },
      },
    },
    headers: { default: pageNumberHeader(), first: new Header({ children: [new Paragraph('')] }) },
    children,
  };
}

/** Packs the sections into a .docx with Times New Roman 14 as the default run. */
export async function packDocument(title: string, sections: ISectionOptions[]): Promise<Buffer> {
  const doc = new Document({
    title,
    creator: 'Vinh Danh',
    styles: {
      default: {
        document: { run: { font: DOCUMENT_FONT, size: BODY_SIZE }, paragraph: { spacing: { after: 60 } } },
      },
    },
    sections,
  });
  return Packer.toBuffer(doc);
}
