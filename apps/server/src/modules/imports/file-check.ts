import { AppError } from '../../lib/errors';
import { bufferSource, readZipEntries } from '../../lib/zip-archive';

export type FileFormat = 'xlsx' | 'csv';

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
/** Inflated size of all parts together; a real 20 MB workbook stays far below this. */
const MAX_INFLATED_BYTES = 400 * 1024 * 1024;
const MAX_ENTRIES = 2_000;
/** Real sheets compress ~10–30×; hundreds to one is what zip bombs look like. */
const MAX_RATIO = 200;

async function checkXlsx(bytes: Buffer): Promise<void> {
  // Magic bytes first: an .xlsx is a ZIP, whatever its name says.
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) {
    throw new AppError('IMPORT_FILE_TYPE', [
      {
        path: 'file',
        message: 'Tệp không phải là tệp Excel .xlsx (có thể là tệp văn bản đổi tên hoặc tệp .xls cũ).',
      },
    ]);
  }
  const entries = await readZipEntries(bufferSource(bytes));
  if (!entries) throw new AppError('IMPORT_FILE_MALFORMED');
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml')) {
    throw new AppError('IMPORT_FILE_TYPE', [
      { path: 'file', message: 'Tệp nén không chứa bảng tính Excel (thiếu xl/workbook.xml).' },
    ]);
  }
  // 0xFFFFFFFF marks ZIP64 sizes: far beyond what the web path accepts.
  const inflated = entries.reduce((sum, e) => sum + e.size, 0);
  const suspicious =
    entries.length > MAX_ENTRIES ||
    inflated > MAX_INFLATED_BYTES ||
    entries.some(
      (e) => e.size === 0xffffffff || (e.size > 1_000_000 && e.size / Math.max(e.compressed, 1) > MAX_RATIO),
    );
  if (suspicious) throw new AppError('IMPORT_FILE_SUSPICIOUS');
}

function checkCsv(bytes: Buffer): void {
  if (bytes.includes(0)) {
    throw new AppError('IMPORT_FILE_TYPE', [{ path: 'file', message: 'Tệp CSV chứa dữ liệu nhị phân.' }]);
  }
  if (bytes.readUInt32LE(0) === 0x04034b50) {
    throw new AppError('IMPORT_FILE_TYPE', [
      { path: 'file', message: 'Tệp là tệp Excel nhưng có đuôi .csv.' },
    ]);
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('IMPORT_FILE_TYPE', [
      { path: 'file', message: 'Tệp CSV phải được lưu với bảng mã UTF-8 (CSV UTF-8 trong Excel).' },
    ]);
  }
}

/** Size, name and type by content, all before any parser touches the bytes. */
export async function checkUpload(fileName: string, bytes: Buffer): Promise<FileFormat> {
  if (bytes.length === 0) throw new AppError('IMPORT_FILE_EMPTY');
  if (bytes.length > MAX_UPLOAD_BYTES) throw new AppError('IMPORT_FILE_TOO_LARGE');
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'xlsx') {
    await checkXlsx(bytes);
    return 'xlsx';
  }
  if (extension === 'csv') {
    checkCsv(bytes);
    return 'csv';
  }
  throw new AppError('IMPORT_FILE_TYPE', [{ path: 'file', message: 'Chỉ nhận tệp .xlsx hoặc .csv.' }]);
}
