import { writeFormSheet } from '../../lib/xlsx';
import { bodyRows, columnNumbers, fileBase, headerLines, SIGNATURE } from './report-layout';
import type { FormOutput } from './reports.schemas';

/**
 * The form as .xlsx in the circular's layout, for sending up or printing. A frozen report passes
 * its signature block (date, signer's title and name); a live one prints the blank block.
 */
export async function renderFormXlsx(f: FormOutput, signature?: { right: string[]; fileName?: string }) {
  const header = headerLines(f);
  const file = await writeFormSheet({
    sheetName: `Biểu ${f.formCode}`,
    headerLeft: header.left,
    headerRight: header.right,
    title: f.title,
    subtitle: `Năm ${f.year}`,
    stubHeaders: ['', 'Mã số', 'Đơn vị tính'],
    columns: f.columns.map((c) => ({ label: c.label.split(' — ').at(-1)!, group: groupOf(c) })),
    numberRow: columnNumbers(f),
    rows: bodyRows(f),
    signatureLeft: SIGNATURE.left,
    signatureRight: signature?.right ?? SIGNATURE.right,
  });
  return { file, name: `${signature?.fileName ?? fileBase(f)}.xlsx` };
}

// "Bằng khen — Tập thể" prints as "Tập thể" under a "Bằng khen" group; other groups come from the definition.
function groupOf(c: FormOutput['columns'][number]): string | undefined {
  const [head, leaf] = c.label.split(' — ');
  if (leaf) return head;
  return c.groups.at(-1);
}
