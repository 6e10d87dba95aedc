import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  oleFile,
  plainZip,
  pptxLikeZip,
  realDoc,
  realDocx,
  realPdf,
  realXlsx,
  windowsExe,
} from '../../test/upload-files';
import { ALL_UPLOAD_KINDS, detectUploadKind } from './file-kind';
import { oleEntryNames } from './ole';

describe('detectUploadKind: by content, never by name', () => {
  it('knows the real files', async () => {
    expect(await detectUploadKind(realPdf())).toBe('pdf');
    expect(await detectUploadKind(realDocx())).toBe('docx');
    expect(await detectUploadKind(realDoc())).toBe('doc');
    expect(await detectUploadKind(await realXlsx())).toBe('xlsx');
  });

  it('knows JPEG and PNG by their signatures', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    expect(await detectUploadKind(png)).toBe('png');
    const jpeg = Buffer.concat([
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]),
      Buffer.from('JFIF\0'),
      Buffer.alloc(64),
    ]);
    expect(await detectUploadKind(jpeg)).toBe('jpeg');
  });

  it('knows WebP, which a route takes only when it names it (model photos)', async () => {
    const webp = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#ffffff' } })
      .webp()
      .toBuffer();
    expect(await detectUploadKind(webp)).toBe('webp');
    expect(ALL_UPLOAD_KINDS).not.toContain('webp');
  });

  it('refuses an executable, a plain ZIP, a PowerPoint, text and an empty file', async () => {
    expect(await detectUploadKind(windowsExe())).toBeNull();
    expect(await detectUploadKind(plainZip())).toBeNull();
    expect(await detectUploadKind(pptxLikeZip())).toBeNull();
    expect(await detectUploadKind(Buffer.from('Báo cáo thành tích'))).toBeNull();
    expect(await detectUploadKind(new Uint8Array())).toBeNull();
  });

  it('tells a Word OLE file from an Excel one from any other compound file', async () => {
    expect(await detectUploadKind(oleFile('WordDocument'))).toBe('doc');
    expect(await detectUploadKind(oleFile('Workbook'))).toBe('xls');
    expect(await detectUploadKind(oleFile('Book'))).toBe('xls');
    // An installer (.msi) is a compound file too.
    expect(await detectUploadKind(oleFile('SummaryInformation'))).toBeNull();
  });

  it('reads the directory of a real .doc, and gives up on a truncated or looping one', () => {
    expect(oleEntryNames(realDoc())).toContain('WordDocument');
    expect(oleEntryNames(realDoc().subarray(0, 600))).toBeNull();
    const looping = oleFile('Workbook');
    looping.writeUInt32LE(1, 512 + 4); // the directory sector points at itself
    expect(oleEntryNames(looping)).toBeNull();
  });
});
