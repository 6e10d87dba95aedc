import { AlignmentType, Paragraph } from 'docx';
import type { Align, Block, DocumentModel } from './document-model';
import {
  addressee,
  dataTable,
  letterhead,
  para,
  recipientsAndSignature,
  text,
  titleBlock,
} from './nd30-blocks';
import { nd30Section, packDocument } from './nd30-page';

// The Word writer of the content model (document-model.ts): each block is one of the ND 30 blocks.

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const satisfies Record<Align, unknown>;

function render(block: Block) {
  switch (block.type) {
    case 'letterhead':
      return [letterhead(block.letterhead)];
    case 'title':
      return titleBlock(block.kind, block.subject);
    case 'paragraph': {
      const runs = block.runs.map((r) => text(r.text, { bold: r.bold, italics: r.italics, size: r.size }));
      if (block.pageBreakBefore) {
        return [
          new Paragraph({
            pageBreakBefore: true,
            alignment: ALIGN[block.align ?? 'justify'],
            spacing: { before: block.before ?? 0, after: block.after ?? 60 },
            children: runs,
          }),
        ];
      }
      return [
        para(runs, {
          align: ALIGN[block.align ?? 'justify'],
          indent: block.indent,
          before: block.before,
          after: block.after,
        }),
      ];
    }
    case 'addressee':
      return addressee(block.recipients);
    case 'signature':
      return [recipientsAndSignature(block.recipients, block.signerTitle, block.signerName)];
    case 'table':
      return [dataTable(block.headers, block.widths, block.rows, { size: block.size })];
  }
}

/** The document as .docx in the ND 30/2020 page (A4, margins, Times New Roman 14, page numbers). */
export function renderDocx(model: DocumentModel): Promise<Buffer> {
  return packDocument(model.title, [nd30Section(model.blocks.flatMap(render))]);
}
