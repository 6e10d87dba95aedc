import type { Readable } from 'node:stream';
import type { XlsxRow } from '../../lib/xlsx';
import { readXlsxRows } from '../../lib/xlsx-read';
import type { ZipSource } from '../../lib/zip-archive';
import { streamCsvRows } from './csv-rows';

export type RowInput =
  | { format: 'xlsx'; source: ZipSource; maxInflatedBytes: number }
  | { format: 'csv'; stream: Readable };

/** The rows of an upload or a local file, streamed; row numbers are as the user sees them. */
export function streamRows(input: RowInput): AsyncGenerator<XlsxRow> {
  return input.format === 'xlsx'
    ? readXlsxRows(input.source, input.maxInflatedBytes)
    : streamCsvRows(input.stream);
}
