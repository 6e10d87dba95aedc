import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { zipOf } from '../modules/imports/import-test-files';

// Real files for the upload checks: a PDF, a DOCX and a DOC saved by LibreOffice (upload-fixtures/),
// an XLSX written by exceljs, and the impostors: an executable, a plain ZIP, OLE files that are
// neither Word nor Excel.

const fixture = (name: string) => readFileSync(new URL(`./upload-fixtures/${name}`, import.meta.url));

/** Bytes as a raw request body (ApiClient sends a Blob as is, with its type). */
export const fileBody = (bytes: Uint8Array, type = 'application/octet-stream') =>
  new Blob([new Uint8Array(bytes)], { type });

export const realPdf = () => fixture('bao-cao.pdf');
export const realDocx = () => fixture('bao-cao.docx');
export const realDoc = () => fixture('bao-cao.doc');

export async function realXlsx(
  rows: unknown[][] = [
    ['Họ tên', 'Điểm'],
    ['Nguyễn Văn A', 95],
  ],
) {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Trang 1').addRows(rows);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A Windows executable's first bytes: the MZ header pointing at a PE signature. */
export function windowsExe(): Buffer {
  const bytes = Buffer.alloc(1024);
  bytes.write('MZ', 0, 'latin1');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('PE\0\0', 0x80, 'latin1');
  return bytes;
}

/** A ZIP holding a text file: what a ".docx" that is no Word file looks like. */
export const plainZip = () => zipOf([{ name: 'ghi-chu.txt', data: Buffer.from('không phải Word') }]);

/** A ZIP with a [Content_Types].xml that declares no Word or Excel main part (a PowerPoint). */
export const pptxLikeZip = () =>
  zipOf([
    {
      name: '[Content_Types].xml',
      data: Buffer.from(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/></Types>',
      ),
    },
  ]);

/**
 * The smallest OLE compound file with one stream of the given name ([MS-CFB] version 3: a header,
 * one FAT sector, one directory sector). Enough to tell "Workbook" from "WordDocument" from neither.
 */
export function oleFile(streamName: string): Buffer {
  const sector = 512;
  const bytes = Buffer.alloc(sector * 3, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0);
  bytes.writeUInt16LE(0x3e, 0x18);
  bytes.writeUInt16LE(3, 0x1a);
  bytes.writeUInt16LE(0xfffe, 0x1c);
  bytes.writeUInt16LE(9, 0x1e);
  bytes.writeUInt16LE(6, 0x20);
  bytes.writeUInt32LE(1, 0x2c); // one FAT sector
  bytes.writeUInt32LE(1, 0x30); // the directory starts at sector 1
  bytes.writeUInt32LE(4096, 0x38);
  bytes.writeUInt32LE(0xfffffffe, 0x3c);
  bytes.writeUInt32LE(0xfffffffe, 0x44);
  for (let i = 0; i < 109; i += 1) bytes.writeUInt32LE(i === 0 ? 0 : 0xffffffff, 0x4c + i * 4);
  const fat = sector; // sector 0
  for (let i = 0; i < 128; i += 1) bytes.writeUInt32LE(0xffffffff, fat + i * 4);
  bytes.writeUInt32LE(0xfffffffd, fat); // sector 0 is the FAT itself
  bytes.writeUInt32LE(0xfffffffe, fat + 4); // the directory ends at sector 1
  const entry = (at: number, name: string, type: number) => {
    bytes.write(name, at, 'utf16le');
    bytes.writeUInt16LE((name.length + 1) * 2, at + 0x40);
    bytes[at + 0x42] = type;
  };
  entry(sector * 2, 'Root Entry', 5);
  entry(sector * 2 + 128, streamName, 2);
  return bytes;
}
