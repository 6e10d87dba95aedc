import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode, type ErrorDetail } from '../../lib/errors';
import type { ImportKind } from './import-kind';
import type { ParsedLine } from './parse-sheet';

// A forged workbook (false sizes in its ZIP headers, millions of tiny cells) once grew the server
// by 1.5 GB and stalled every request. The parse runs in a worker thread whose heap is capped: a
// file that needs more is refused, and the server's own heap and event loop are untouched.

/** The worker's heap; 50,000 parsed rows of the widest template need about 60 MB. */
const WORKER_HEAP_MB = 128;

const bootUrl = new URL('./worker-boot.mjs', import.meta.url);
const entryUrl = new URL('./parse-upload.worker.ts', import.meta.url).href;

type WorkerReply =
  | { ok: true; lines: ParsedLine[] }
  | { ok: false; code: ErrorCode; details?: ErrorDetail[] };

export function parseUploadInWorker(
  kind: ImportKind,
  fileName: string,
  bytes: Buffer,
): Promise<ParsedLine[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(bootUrl, {
      workerData: { entry: entryUrl, kind, fileName, bytes: new Uint8Array(bytes) },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 16 },
    });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.once('message', (reply: WorkerReply) =>
      settle(() => (reply.ok ? resolve(reply.lines) : reject(new AppError(reply.code, reply.details)))),
    );
    worker.once('error', (error: NodeJS.ErrnoException) =>
      settle(() =>
        reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new AppError('IMPORT_TOO_MUCH_MEMORY') : error),
      ),
    );
    worker.once('exit', () => settle(() => reject(new AppError('IMPORT_TOO_MUCH_MEMORY'))));
  });
}

const running = new Set<string>();

/** One import at a time per user: a second upload while the first is read is refused. */
export async function oneImportPerUser<T>(userId: string, run: () => Promise<T>): Promise<T> {
  if (running.has(userId)) throw new AppError('IMPORT_BUSY');
  running.add(userId);
  try {
    return await run();
  } finally {
    running.delete(userId);
  }
}
