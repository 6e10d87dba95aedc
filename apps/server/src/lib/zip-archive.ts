import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';

export type ZipEntry = {
  name: string;
  method: number;
  compressed: number;
  size: number;
  localOffset: number;
};

/** Random access to a ZIP held in memory or on disk. */
export type ZipSource = {
  size: number;
  read(start: number, length: number): Promise<Buffer>;
  stream(start: number, length: number): Readable;
};

export function bufferSource(bytes: Buffer): ZipSource {
  return {
    size: bytes.length,
    read: async (start, length) => bytes.subarray(start, start + length),
    stream: (start, length) => Readable.from([bytes.subarray(start, start + length)]),
  };
}

export async function fileSource(path: string): Promise<ZipSource & { close(): Promise<void> }> {
  const handle = await fs.open(path, 'r');
  const { size } = await handle.stat();
  return {
    size,
    read: async (start, length) => {
      const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - start)));
      await handle.read(buffer, 0, buffer.length, start);
      return buffer;
    },
    // Each entry gets its own descriptor: streams over a shared FileHandle close it when destroyed.
    stream: (start, length) =>
      length === 0
        ? Readable.from([])
        : createReadStream(path, { start, end: start + length - 1, highWaterMark: 256 * 1024 }),
    close: () => handle.close(),
  };
}

/** The central directory, read without inflating anything; null when it is not a ZIP. */
export async function readZipEntries(source: ZipSource): Promise<ZipEntry[] | null> {
  const tailLength = Math.min(source.size, 22 + 0xffff);
  const tail = await source.read(source.size - tailLength, tailLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i -= 1) {
    if (tail.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = tail.readUInt16LE(eocd + 10);
  const directorySize = tail.readUInt32LE(eocd + 12);
  const directoryOffset = tail.readUInt32LE(eocd + 16);
  if (directoryOffset + directorySize > source.size) return null;
  const directory = await source.read(directoryOffset, directorySize);
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== 0x02014b50) return null;
    const nameLength = directory.readUInt16LE(at + 28);
    entries.push({
      method: directory.readUInt16LE(at + 10),
      compressed: directory.readUInt32LE(at + 20),
      size: directory.readUInt32LE(at + 24),
      name: directory.toString('utf8', at + 46, at + 46 + nameLength),
      localOffset: directory.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
  }
  return entries;
}

export class ZipLimitError extends Error {}

/**
 * The inflated bytes of one entry, streamed. Stops with ZipLimitError past
 * `maxBytes`, because the sizes a ZIP declares can lie.
 */
export async function* inflateEntry(
  source: ZipSource,
  entry: ZipEntry,
  maxBytes: number,
): AsyncGenerator<Buffer> {
  const header = await source.read(entry.localOffset, 30);
  if (header.length < 30 || header.readUInt32LE(0) !== 0x04034b50) throw new Error('bad local header');
  const start = entry.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  const raw = source.stream(start, entry.compressed);
  if (entry.method !== 0 && entry.method !== 8) throw new Error(`unsupported compression ${entry.method}`);
  const body = entry.method === 8 ? raw.pipe(zlib.createInflateRaw()) : raw;
  let total = 0;
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) throw new ZipLimitError(`${entry.name} inflates beyond ${maxBytes} bytes`);
      yield chunk;
    }
  } finally {
    raw.destroy();
    body.destroy();
  }
}
