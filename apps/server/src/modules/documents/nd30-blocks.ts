import {
  AlignmentType,
  BorderStyle,
  LeaderType,
  LineRuleType,
  Paragraph,
  Tab,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import { TEXT_WIDTH } from './nd30-page';

// The fixed blocks of ND 30/2020 Phụ lục I: issuing body and Quốc hiệu, number and date, the
// recipients and the signature. Each is a borderless two-column table, as in the official templates.

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';

const LEFT = 3600;
const RIGHT = TEXT_WIDTH - LEFT;

export type Letterhead = {
  parentBody: string | null;
  issuingBody: string;
  /** "Số: 15/QĐ-UBND" already formed, or null for documents without a number (biên bản draft). */
  numberLine: string;
  placeDate: string;
};

export const text = (value: string, opts: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({ text: value, ...opts });

export const para = (
  value: string | TextRun[],
  opts: {
    bold?: boolean;
    italics?: boolean;
    size?: number;
    align?: (typeof AlignmentType)[keyof typeof AlignmentType];
    indent?: boolean;
    before?: number;
    after?: number;
  } = {},
) =>
  new Paragraph({
    alignment: opts.align ?? AlignmentType.JUSTIFIED,
    indent: opts.indent ? { firstLine: 567 } : undefined,
    spacing: { before: opts.before ?? 0, after: opts.after ?? 60 },
    children:
      typeof value === 'string'
        ? [new TextRun({ text: value, bold: opts.bold, italics: opts.italics, size: opts.size })]
        : value,
  });

const centered = (value: string, opts: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  para(value, { ...opts, align: AlignmentType.CENTER, after: 0 });

/**
 * The short solid rule under the issuing body or the motto: a tiny empty paragraph with a bottom
 * border, indented so the border is short, so the rule sits just under the line above.
 */
function rule(widthTwips: number, columnWidth: number) {
  const side = Math.max(0, Math.round((columnWidth - widthTwips) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: 160, line: 80, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [new TextRun({ text: '', size: 4 })],
  });
}

const cell = (width: number, children: Paragraph[]) =>
  new TableCell({ width: { size: width, type: WidthType.DXA }, children });

function twoColumns(rows: [Paragraph[], Paragraph[]][]) {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LEFT, RIGHT],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map(([left, right]) => new TableRow({ children: [cell(LEFT, left), cell(RIGHT, right)] })),
  });
}

/** Issuing body top left; Quốc hiệu and Tiêu ngữ top right; number and place/date below them. */
export function letterhead(h: Letterhead) {
  const left = [
    ...(h.parentBody ? [centered(h.parentBody.toUpperCase(), { size: 26 })] : []),
    centered(h.issuingBody.toUpperCase(), { bold: true, size: 26 }),
    rule(1200, LEFT),
  ];
  const right = [
    centered(NATIONAL_TITLE, { bold: true, size: 24 }),
    centered(NATIONAL_MOTTO, { bold: true, size: 28 }),
    rule(3300, RIGHT),
  ];
  return twoColumns([
    [left, right],
    [[centered(h.numberLine, { size: 26 })], [centered(h.placeDate, { italics: true })]],
  ]);
}

/** Document type and subject, centred and bold: "QUYẾT ĐỊNH" / "Về việc …". */
export function titleBlock(kind: string, subject: string) {
  return [
    para(kind, { bold: true, align: AlignmentType.CENTER, before: 240, after: 0 }),
    para(subject, { bold: true, align: AlignmentType.CENTER, after: 0 }),
    rule(1800, TEXT_WIDTH),
  ];
}

/** Nơi nhận bottom left (size 11–12); the signer's title, room to sign, and name bottom right. */
export function recipientsAndSignature(recipients: string[], signerTitle: string[], signerName: string) {
  const left = [
    para([text('Nơi nhận:', { bold: true, italics: true, size: 24 })], {
      align: AlignmentType.LEFT,
      after: 0,
    }),
    ...recipients.map((r) => para(`- ${r}`, { size: 22, align: AlignmentType.LEFT, after: 0 })),
  ];
  const right = [
    ...signerTitle.map((line) => centered(line.toUpperCase(), { bold: true })),
    ...Array.from({ length: 4 }, () => centered('')),
    centered(signerName, { bold: true }),
  ];
  return twoColumns([[left, right]]);
}

/**
 * "Kính gửi: …" under the title of a tờ trình or công văn: one recipient on the same line, several
 * as a list of "- …" lines below it.
 */
export function addressee(recipients: string[]) {
  if (recipients.length === 1) {
    return [
      para([text('Kính gửi: '), text(recipients[0] ?? '')], {
        align: AlignmentType.CENTER,
        before: 120,
        after: 120,
      }),
    ];
  }
  return [
    para('Kính gửi:', { align: AlignmentType.CENTER, before: 120, after: 0 }),
    ...recipients.map((r) => para(`- ${r};`, { align: AlignmentType.CENTER, after: 0 })),
    para('', { after: 120 }),
  ];
}

/** `note` replaces "(Ký, ghi rõ họ tên)", e.g. "(Ký, đóng dấu)" for the head of a unit. */
export type Signer = { title: string[]; name: string; note?: string };

/** Two signatures side by side (biên bản: the secretary left, the chair right), no recipients. */
export function twoSignatures(left: Signer, right: Signer) {
  const block = (s: Signer) => [
    ...s.title.map((line) => centered(line.toUpperCase(), { bold: true })),
    centered(s.note ?? '(Ký, ghi rõ họ tên)', { italics: true, size: 24 }),
    ...Array.from({ length: 4 }, () => centered('')),
    centered(s.name, { bold: true }),
  ];
  const half = Math.round(TEXT_WIDTH / 2);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [half, TEXT_WIDTH - half],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(half, block(left)), cell(TEXT_WIDTH - half, block(right))] })],
  });
}

/**
 * A line the writer fills in by hand (report and minutes templates): the label, then dots to the
 * right margin. A dot-leader tab, so the dots end at the margin whatever the label's length.
 */
export function dottedLine(label = '', opts: { bold?: boolean; indent?: boolean } = {}) {
  return new Paragraph({
    indent: opts.indent ? { firstLine: 567 } : undefined,
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: LeaderType.DOT }],
    spacing: { before: 0, after: 60 },
    children: [new TextRun({ text: label, bold: opts.bold }), new TextRun({ children: [new Tab()] })],
  });
}

/** A bordered data table (annex lists, ballot results) with a bold header row. */
export function dataTable(
  headers: string[],
  widths: number[],
  rows: string[][],
  opts: { size?: number } = {},
) {
  const total = widths.reduce((a, b) => a + b, 0);
  const scaled = widths.map((w) => Math.round((w / total) * TEXT_WIDTH));
  const row = (cells: string[], bold: boolean) =>
    new TableRow({
      tableHeader: bold,
      children: cells.map(
        (value, i) =>
          new TableCell({
            width: { size: scaled[i] ?? 0, type: WidthType.DXA },
            children: [
              para(value, {
                bold,
                size: opts.size ?? 26,
                align: bold || i === 0 ? AlignmentType.CENTER : AlignmentType.LEFT,
              }),
            ],
          }),
      ),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: scaled,
    layout: TableLayoutType.FIXED,
    rows: [row(headers, true), ...rows.map((r) => row(r, false))],
  });
}
