import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../lib/errors';
import type { ImportKind } from './import-kind';
import { parseUpload } from './parse-upload';

// The upload's parse, inside a worker thread with a memory limit (see parse-in-worker.ts).

const { kind, fileName, bytes } = workerData as { kind: ImportKind; fileName: string; bytes: Uint8Array };
try {
  const lines = await parseUpload(
    kind,
    fileName,
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
  );
  parentPort?.postMessage({ ok: true, lines });
} catch (error) {
  const appError =
    error instanceof AppError
      ? error
      : new AppError('IMPORT_FILE_MALFORMED', [{ path: 'file', message: 'Không đọc được nội dung tệp.' }]);
  parentPort?.postMessage({ ok: false, code: appError.code, details: appError.details });
}
