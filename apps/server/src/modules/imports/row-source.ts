import type { Readable } from 'node:stream';
import type { XlsxRow } from '../../lib/xlsx';
import { readXlsxRows } from '../../lib/xlsx-read';
import type { ZipSource } from '../../lib/zip-archive';
import { streamCsvBatches, streamCsvRows } from './csv-rows';

export type RowInput =
  | { format: 'xlsx'; source: ZipSource; maxInflatedBytes: number }
  | { format: 'csv'; stream: Readable };

/** The rows of an upload or a local file, streamed; row numbers are as the user sees them. */
export function streamRows(input: RowInput): AsyncGenerator<XlsxRow> {
  return input.format === 'xlsx'
    ? readXlsxRows(input.source, input.maxInflatedBytes)
    : streamCsvRows(input.stream);
}

/** Rows of a file in batches (CSV: one per chunk read; .xlsx: up to `size` rows each). */
export async function* streamRowBatches(input: RowInput, size = 2_000): AsyncGenerator<XlsxRow[]> {
  if (input.format === 'csv') {
    yield* streamCsvBatches(input.stream);
    return;
  }
  let batch: XlsxRow[] = [];
  for await (const row of readXlsxRows(input.source, input.maxInflatedBytes)) {
    batch.push(row);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}
