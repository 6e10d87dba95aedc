import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

// File storage behind one interface. The database keeps the metadata and SHA-256 (stored_file);
// the bytes live here. The default is a local directory under VINHDANH_DATA_DIR/files. An
// S3-compatible implementation fits the same interface, but no S3 client is installed yet, so
// only the local one exists.

export type StoredObject = { key: string; sha256: string; sizeBytes: number };

export type FileStorage = {
  put(bytes: Uint8Array): Promise<StoredObject>;
  get(key: string): Promise<Uint8Array>;
};

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Content-addressed local storage: the key is the SHA-256, so the same file stored twice takes
 * one place, and a file's name on disk can never be chosen by the uploader (no path traversal).
 */
export function localStorage(root: string): FileStorage {
  const fileOf = (key: string) => {
    if (!/^[0-9a-f]{64}$/.test(key)) throw new Error('invalid storage key');
    return path.join(root, key.slice(0, 2), key);
  };
  return {
    async put(bytes) {
      const key = sha256Hex(bytes);
      const file = fileOf(key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      // Write then rename, so a crash never leaves a half-written file under a valid key.
      const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
      await fs.writeFile(tmp, bytes);
      await fs.rename(tmp, file);
      return { key, sha256: key, sizeBytes: bytes.byteLength };
    },
    async get(key) {
      return new Uint8Array(await fs.readFile(fileOf(key)));
    },
  };
}

const byRoot = new Map<string, FileStorage>();

/** The storage of a data directory (one instance per directory). */
export function storageFor(dataDir: string): FileStorage {
  const root = path.join(dataDir, 'files');
  let s = byRoot.get(root);
  if (!s) {
    s = localStorage(root);
    byRoot.set(root, s);
  }
  return s;
}
