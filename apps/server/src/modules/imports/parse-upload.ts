import { Readable } from 'node:stream';
import { AppError } from '../../lib/errors';
import { XlsxCellTooLongError, XlsxFormatError } from '../../lib/xlsx-read';
import { bufferSource, ZipLimitError } from '../../lib/zip-archive';
import { checkUpload } from './file-check';
import type { ImportKind } from './import-kind';
import { type ParsedLine, parseSheet } from './parse-sheet';
import { streamRows } from './row-source';

/** Rows one web upload may hold; larger files go through the streaming CLI. */
export const WEB_MAX_ROWS = 50_000;
/**
 * Bytes actually inflated from one part of an .xlsx (the sizes its headers declare can lie).
 * 50,000 rows of a template come to about 30 MB of sheet XML.
 */
export const WEB_MAX_INFLATED_BYTES = 100 * 1024 * 1024;

/** Reader failures as the Vietnamese errors an officer can act on. */
export function importReadError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZipLimitError) return new AppError('IMPORT_FILE_SUSPICIOUS');
  if (error instanceof XlsxCellTooLongError) return new AppError('IMPORT_CELL_TOO_LONG');
  return new AppError('IMPORT_FILE_MALFORMED', [
    {
      path: 'file',
      message:
        error instanceof XlsxFormatError ? 'Cấu trúc bảng tính bị hỏng.' : 'Không đọc được nội dung tệp.',
    },
  ]);
}

/** Parses the whole upload; reader failures become clear 400s, never a 500. */
export async function parseUpload(kind: ImportKind, fileName: string, bytes: Buffer): Promise<ParsedLine[]> {
  const format = await checkUpload(fileName, bytes);
  const rows =
    format === 'xlsx'
      ? streamRows({ format, source: bufferSource(bytes), maxInflatedBytes: WEB_MAX_INFLATED_BYTES })
      : streamRows({ format, stream: Readable.from([bytes]) });
  const lines: ParsedLine[] = [];
  try {
    for await (const line of parseSheet(kind, rows, { maxRows: WEB_MAX_ROWS })) lines.push(line);
  } catch (error) {
    throw importReadError(error);
  }
  return lines;
}
