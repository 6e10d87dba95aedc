// One content model for the ND 30/2020 documents (quyết định, tờ trình): the generators build it
// once, and the Word writer (document-docx.ts) and the PDF writer (document-pdf.ts) both render
// it, so the .docx a clerk edits and the PDF that gets signed say the same thing. Units follow
// Word's: font sizes in half-points, spacing in twentieths of a point (twips).

export type Run = { text: string; bold?: boolean; italics?: boolean; size?: number };
export type Align = 'left' | 'center' | 'right' | 'justify';

export type Letterhead = {
  parentBody: string | null;
  issuingBody: string;
  /** "Số: 15/QĐ-UBND" already formed. */
  numberLine: string;
  placeDate: string;
};

export type Block =
  | { type: 'letterhead'; letterhead: Letterhead }
  /** "QUYẾT ĐỊNH" / "Về việc …", centred and bold, with a short rule below. */
  | { type: 'title'; kind: string; subject: string }
  | {
      type: 'paragraph';
      runs: Run[];
      align?: Align;
      /** First-line indent of 1 cm. */
      indent?: boolean;
      before?: number;
      after?: number;
      pageBreakBefore?: boolean;
    }
  /** "Kính gửi: …" under the title of a tờ trình. */
  | { type: 'addressee'; recipients: string[] }
  /** Nơi nhận bottom left; the signer's title, room to sign and name bottom right. */
  | { type: 'signature'; recipients: string[]; signerTitle: string[]; signerName: string }
  /** A bordered table with a bold header row repeated on every page; widths are proportions. */
  | { type: 'table'; headers: string[]; widths: number[]; rows: string[][]; size?: number };

export type DocumentModel = { title: string; blocks: Block[] };

export const run = (text: string, opts: Omit<Run, 'text'> = {}): Run => ({ text, ...opts });

export const paragraph = (
  value: string | Run[],
  opts: Omit<Extract<Block, { type: 'paragraph' }>, 'type' | 'runs'> & {
    bold?: boolean;
    italics?: boolean;
    size?: number;
  } = {},
): Block => {
  const { bold, italics, size, ...rest } = opts;
  return {
    type: 'paragraph',
    runs: typeof value === 'string' ? [{ text: value, bold, italics, size }] : value,
    ...rest,
  };
};
