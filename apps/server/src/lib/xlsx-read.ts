import { StringDecoder } from 'node:string_decoder';
import { SaxesParser } from 'saxes';
import type { XlsxCell, XlsxRow } from './xlsx';
import { inflateEntry, readZipEntries, type ZipEntry, ZipLimitError, type ZipSource } from './zip-archive';

// A streaming .xlsx reader over random access to the ZIP. exceljs's streaming
// reader was dropped here: when workbook.xml or sharedStrings.xml come after the
// sheets in the archive (exactly how exceljs itself writes them) it intermittently
// loses them. Reading the parts we need in the order we need them avoids that.

export class XlsxFormatError extends Error {}

/** Excel's own limit on a cell: a longer text only comes from a forged file. */
export const MAX_CELL_CHARS = 32_767;
export class XlsxCellTooLongError extends Error {}
/** Distinct texts in one workbook's table (an upload of 50,000 rows × 20 columns at most). */
export const MAX_SHARED_STRINGS = 1_000_000;

function appendCellText(current: string, text: string): string {
  if (current.length + text.length > MAX_CELL_CHARS) {
    throw new XlsxCellTooLongError(`a cell is longer than ${MAX_CELL_CHARS} characters`);
  }
  return current + text;
}

async function* xmlEvents(
  source: ZipSource,
  entry: ZipEntry,
  maxBytes: number,
  handlers: (parser: SaxesParser) => void,
  drain: () => unknown[],
): AsyncGenerator<unknown[]> {
  const parser = new SaxesParser();
  handlers(parser);
  parser.on('error', (error) => {
    throw new XlsxFormatError(`${entry.name}: ${error.message}`);
  });
  const decoder = new StringDecoder('utf8');
  for await (const chunk of inflateEntry(source, entry, maxBytes)) {
    parser.write(decoder.write(chunk));
    const ready = drain();
    if (ready.length) yield ready;
  }
  parser.write(decoder.end());
  parser.close();
  const rest = drain();
  if (rest.length) yield rest;
}

async function readSharedStrings(source: ZipSource, entry: ZipEntry | undefined, maxBytes: number) {
  const strings: string[] = [];
  if (!entry) return strings;
  let current = '';
  let inText = false;
  let inPhonetic = false;
  const events = xmlEvents(
    source,
    entry,
    maxBytes,
    (p) => {
      p.on('opentag', (tag) => {
        if (tag.name === 'si') current = '';
        else if (tag.name === 't' && !inPhonetic) inText = true;
        else if (tag.name === 'rPh') inPhonetic = true;
      });
      p.on('text', (text) => {
        if (inText) current = appendCellText(current, text);
      });
      p.on('closetag', (tag) => {
        if (tag.name === 't') inText = false;
        else if (tag.name === 'rPh') inPhonetic = false;
        else if (tag.name === 'si') {
          // Each one is a cell at least: a table with more than the cells of any real upload is forged.
          if (strings.length >= MAX_SHARED_STRINGS) throw new ZipLimitError('too many shared strings');
          strings.push(current);
        }
      });
    },
    () => [],
  );
  for await (const _ of events) {
    // strings are collected by the handlers
  }
  return strings;
}

async function readSheetList(source: ZipSource, byName: Map<string, ZipEntry>) {
  const workbook = byName.get('xl/workbook.xml');
  const rels = byName.get('xl/_rels/workbook.xml.rels');
  if (!workbook) throw new XlsxFormatError('missing xl/workbook.xml');
  const targets = new Map<string, string>();
  const sheets: { name: string; relId: string }[] = [];
  if (rels) {
    const events = xmlEvents(
      source,
      rels,
      10_000_000,
      (p) => {
        p.on('opentag', (tag) => {
          if (tag.name === 'Relationship') {
            const target = String(tag.attributes.Target ?? '').replace(/^\/?(xl\/)?/, '');
            targets.set(String(tag.attributes.Id), `xl/${target}`);
          }
        });
      },
      () => [],
    );
    for await (const _ of events) {
      // collected by the handler
    }
  }
  const events = xmlEvents(
    source,
    workbook,
    10_000_000,
    (p) => {
      p.on('opentag', (tag) => {
        if (tag.name === 'sheet')
          sheets.push({ name: String(tag.attributes.name), relId: String(tag.attributes['r:id']) });
      });
    },
    () => [],
  );
  for await (const _ of events) {
    // collected by the handler
  }
  return sheets.map((s, i) => ({
    name: s.name,
    entry: byName.get(targets.get(s.relId) ?? `xl/worksheets/sheet${i + 1}.xml`),
  }));
}

function columnIndex(ref: string | undefined, fallback: number): number {
  if (!ref) return fallback;
  let index = 0;
  for (const ch of ref) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return index - 1;
}

function cellValue(type: string | undefined, text: string, strings: string[], hasFormula: boolean): XlsxCell {
  if (hasFormula || type === 'e') return { formula: text };
  switch (type) {
    case 's':
      return strings[Number(text)] ?? null;
    case 'inlineStr':
    case 'str':
      return text;
    case 'b':
      return text === '1';
    case 'd':
      return new Date(text);
    default:
      return text === '' ? null : Number(text);
  }
}

async function* readSheet(
  source: ZipSource,
  name: string,
  entry: ZipEntry,
  strings: string[],
  maxBytes: number,
): AsyncGenerator<XlsxRow> {
  let rows: XlsxRow[] = [];
  let cells: XlsxCell[] = [];
  let rowNumber = 0;
  let cell: {
    index: number;
    type: string | undefined;
    text: string;
    formula: boolean;
    inValue: boolean;
  } | null = null;
  const events = xmlEvents(
    source,
    entry,
    maxBytes,
    (p) => {
      p.on('opentag', (tag) => {
        if (tag.name === 'row') {
          rowNumber = Number(tag.attributes.r ?? rowNumber + 1);
          cells = [];
        } else if (tag.name === 'c') {
          const ref = tag.attributes.r === undefined ? undefined : String(tag.attributes.r);
          cell = {
            index: columnIndex(ref, cells.length),
            type: tag.attributes.t as string | undefined,
            text: '',
            formula: false,
            inValue: false,
          };
        } else if (cell && (tag.name === 'v' || tag.name === 't')) cell.inValue = true;
        else if (cell && tag.name === 'f') cell.formula = true;
      });
      p.on('text', (text) => {
        if (cell?.inValue) cell.text = appendCellText(cell.text, text);
      });
      p.on('closetag', (tag) => {
        if (cell && (tag.name === 'v' || tag.name === 't')) cell.inValue = false;
        else if (cell && tag.name === 'c') {
          if (cell.index < 16_384) {
            while (cells.length < cell.index) cells.push(null);
            cells[cell.index] = cellValue(cell.type, cell.text, strings, cell.formula);
          }
          cell = null;
        } else if (tag.name === 'row') rows.push({ sheet: name, row: rowNumber, cells });
      });
    },
    () => {
      const ready = rows;
      rows = [];
      return ready;
    },
  );
  for await (const batch of events) yield* batch as XlsxRow[];
}

/**
 * Every row of every sheet in workbook order. `maxInflatedBytes` bounds each
 * part, so a zip bomb stops early instead of filling memory.
 */
export async function* readXlsxRows(source: ZipSource, maxInflatedBytes: number): AsyncGenerator<XlsxRow> {
  const entries = await readZipEntries(source);
  if (!entries) throw new XlsxFormatError('not a zip archive');
  const byName = new Map(entries.map((e) => [e.name, e]));
  const strings = await readSharedStrings(source, byName.get('xl/sharedStrings.xml'), maxInflatedBytes);
  for (const sheet of await readSheetList(source, byName)) {
    if (sheet.entry) yield* readSheet(source, sheet.name, sheet.entry, strings, maxInflatedBytes);
  }
}
