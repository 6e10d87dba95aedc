import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bufferSource } from '../../lib/zip-archive';
import { type ColumnDef, KIND_DEFS } from './import-columns';
import { type FieldValue, IMPORT_KINDS } from './import-kind';
import { buildKindWorkbook } from './import-workbook';
import { parseSheet } from './parse-sheet';
import { streamRows } from './row-source';

const WORDS = ['Nguyễn', 'Văn', 'Thị', 'Đức', 'Hường', 'Ánh', 'Bảo', 'Lê', 'Trần', 'Phạm', 'Quỳnh', 'Ngọc'];
const TEXT = [
  'Trường',
  'THPT',
  '123/QĐ-UBND',
  'tỉnh',
  'Sơn',
  'Hà',
  'sáng',
  'kiến',
  '2024',
  'Số',
  'đổi',
  'mới',
];
const UNITS = [
  { code: 'DV01', name: 'Trường THPT Số 1' },
  { code: 'SGD-02', name: 'Sở Giáo dục' },
];

const words = (pool: string[], max: number) =>
  fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: max }).map((w) => w.join(' '));

function arbitraryFor(column: ColumnDef): fc.Arbitrary<FieldValue> {
  const base: fc.Arbitrary<FieldValue> = (() => {
    switch (column.type) {
      case 'name':
        return fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 4 }).map((w) => w.join(' '));
      case 'date':
        return fc
          .date({
            min: new Date('1950-01-01T00:00:00Z'),
            max: new Date('2024-12-31T00:00:00Z'),
            noInvalidDate: true,
          })
          .map((d) => d.toISOString().slice(0, 10));
      case 'year':
        return fc.integer({ min: 1990, max: 2025 });
      case 'int':
        return fc.integer({ min: 0, max: 100 });
      case 'code':
        return fc.constantFrom(...(column.codes ?? []).map(([code]) => code));
      case 'citizenId':
        return fc.stringMatching(/^\d{12}$/);
      case 'unit':
        return fc.constantFrom(...UNITS.map((u) => u.code));
      default:
        return words(TEXT, 5);
    }
  })();
  return column.required || column.fallback !== undefined ? base : fc.option(base, { nil: null });
}

function recordOf(kind: (typeof IMPORT_KINDS)[number]) {
  const columns = KIND_DEFS[kind].columns;
  return fc.record(
    Object.fromEntries(columns.map((c) => [c.key, arbitraryFor(c)])) as Record<
      string,
      fc.Arbitrary<FieldValue>
    >,
  );
}

describe('export → .xlsx bytes → import', () => {
  for (const kind of IMPORT_KINDS) {
    it(`gives back the same ${kind} records`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(recordOf(kind), { minLength: 1, maxLength: 15 }), async (records) => {
          const bytes = await buildKindWorkbook(kind, UNITS, records);
          const parsed = [];
          for await (const line of parseSheet(
            kind,
            streamRows({ format: 'xlsx', source: bufferSource(bytes), maxInflatedBytes: 1e8 }),
          ))
            parsed.push(line);
          expect(parsed.flatMap((p) => p.problems)).toEqual([]);
          expect(parsed.map((p) => p.values)).toEqual(records);
          expect(parsed.map((p) => p.row)).toEqual(records.map((_, i) => i + 2));
        }),
        { numRuns: 20 },
      );
    }, 60_000);
  }
});
