import { fileTypeFromBuffer } from 'file-type';
import { bufferSource, inflateEntry, readZipEntries } from '../../lib/zip-archive';
import { oleEntryNames } from './ole';

// What an uploaded file is, judged by its bytes and never by its name or the browser's
// Content-Type: a renamed executable must not be stored, nor served back, as a PDF.
// file-type reads the magic bytes (docs/decisions/015-file-type.md); the two containers it cannot
// judge alone are opened here: a ZIP counts as Word/Excel only when its [Content_Types].xml
// declares the main part, and an OLE compound file only with a WordDocument / Workbook stream.

export const UPLOAD_KINDS = {
  pdf: { mimeType: 'application/pdf', label: 'PDF' },
  jpeg: { mimeType: 'image/jpeg', label: 'ảnh JPEG' },
  png: { mimeType: 'image/png', label: 'ảnh PNG' },
  webp: { mimeType: 'image/webp', label: 'ảnh WebP' },
  docx: {
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'Word (.docx)',
  },
  doc: { mimeType: 'application/msword', label: 'Word (.doc)' },
  xlsx: {
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    label: 'Excel (.xlsx)',
  },
  xls: { mimeType: 'application/vnd.ms-excel', label: 'Excel (.xls)' },
} as const;

export type UploadKind = keyof typeof UPLOAD_KINDS;
/**
 * What a route takes when it names no kinds: documents and scans. WebP is taken only where a route
 * asks for it (a model's photo, re-encoded to JPEG before it is stored).
 */
export const ALL_UPLOAD_KINDS: UploadKind[] = ['pdf', 'jpeg', 'png', 'docx', 'doc', 'xlsx', 'xls'];

/** The main part's content type of each Office Open XML kind, as [Content_Types].xml declares it. */
const OOXML_MAIN: Record<'docx' | 'xlsx', string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
};
const CONTENT_TYPES_MAX = 1024 * 1024; // a real one is a few KB; a bigger one is a bomb

async function ooxmlKind(bytes: Uint8Array): Promise<UploadKind | null> {
  const source = bufferSource(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const entries = await readZipEntries(source).catch(() => null);
  const entry = entries?.find((e) => e.name === '[Content_Types].xml');
  if (!entry) return null;
  let xml = '';
  try {
    for await (const chunk of inflateEntry(source, entry, CONTENT_TYPES_MAX)) xml += chunk.toString('utf8');
  } catch {
    return null; // unreadable or oversized: not an Office file we accept
  }
  for (const kind of ['docx', 'xlsx'] as const) {
    if (new RegExp(`<Override\\b[^>]*ContentType="${OOXML_MAIN[kind].replace(/[.+]/g, '\\$&')}"`).test(xml))
      return kind;
  }
  return null;
}

function oleKind(bytes: Uint8Array): UploadKind | null {
  const names = oleEntryNames(bytes);
  if (!names) return null;
  if (names.includes('WordDocument')) return 'doc';
  // BIFF8 names the stream Workbook; Excel 5/95 named it Book.
  if (names.includes('Workbook') || names.includes('Book')) return 'xls';
  return null;
}

/** The accepted kind of the bytes, or null when they are none of PDF, Word, Excel, JPEG, PNG, WebP. */
export async function detectUploadKind(bytes: Uint8Array): Promise<UploadKind | null> {
  const found = await fileTypeFromBuffer(bytes);
  switch (found?.ext) {
    case 'pdf':
      return 'pdf';
    case 'jpg':
      return 'jpeg';
    case 'png':
      return 'png';
    case 'webp':
      return 'webp';
    // file-type answers docx/xlsx from the ZIP too, but the rule is ours: check the part ourselves.
    case 'zip':
    case 'docx':
    case 'xlsx':
      return ooxmlKind(bytes);
    case 'cfb':
      return oleKind(bytes);
    default:
      return null;
  }
}
