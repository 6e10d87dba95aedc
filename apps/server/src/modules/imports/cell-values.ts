import { TENANT_AWARD_CODE } from '@vinhdanh/domain/rules/tenant-awards';
import { foldVietnamese } from '@vinhdanh/domain/text/fold';
import type { XlsxCell } from '../../lib/xlsx';
import { todayVn } from '../../platform/clock';
import type { ColumnDef } from './import-columns';
import type { FieldValue } from './import-kind';

export type CellResult =
  | { ok: true; value: FieldValue }
  | { ok: false; problem: string; suggestion: string | null };

const bad = (problem: string, suggestion: string | null = null): CellResult => ({
  ok: false,
  problem,
  suggestion,
});
const good = (value: FieldValue): CellResult => ({ ok: true, value });

const pad = (n: number) => String(n).padStart(2, '0');
let todayCache = { at: 0, iso: '' };
/** Today's date in Vietnam, recomputed at most once a second (called for every date cell). */
const today = () => {
  const now = Date.now();
  if (now - todayCache.at > 1000) todayCache = { at: now, iso: todayVn() };
  return todayCache.iso;
};

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Excel day serial → ISO date (1900 system; serials above 60 skip Excel's fictitious 29/02/1900). */
function fromSerial(serial: number): string {
  const ms = Math.round((serial - 25569) * 86_400_000);
  return new Date(ms).toISOString().slice(0, 10);
}

function parseDate(cell: string | number | Date): CellResult {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return bad('Ngày không hợp lệ.', 'Nhập ngày dạng dd/mm/yyyy.');
    return checkDateRange(cell.toISOString().slice(0, 10));
  }
  if (typeof cell === 'number') {
    if (cell < 1 || cell > 80_000) return bad('Ngày không hợp lệ.', 'Nhập ngày dạng dd/mm/yyyy.');
    return checkDateRange(fromSerial(cell));
  }
  const text = cell.trim();
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const [y, m, d] = vn
    ? [Number(vn[3]), Number(vn[2]), Number(vn[1])]
    : iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : [0, 0, 0];
  if (!y) return bad(`"${text}" không phải là ngày.`, 'Nhập ngày dạng dd/mm/yyyy, ví dụ 05/09/2020.');
  if (!isRealDate(y, m, d)) return bad(`Ngày ${text} không có thật.`, 'Kiểm tra lại ngày và tháng.');
  return checkDateRange(`${y}-${pad(m)}-${pad(d)}`);
}

function checkDateRange(iso: string): CellResult {
  if (iso < '1900-01-01' || iso > today()) {
    return bad('Ngày phải nằm trong khoảng từ 01/01/1900 đến hôm nay.', null);
  }
  return good(iso);
}

function parseInteger(cell: string | number, min: number, max: number, what: string): CellResult {
  const text = typeof cell === 'number' ? String(cell) : cell.trim().replace(/[.\s]/g, '');
  if (!/^-?\d+$/.test(text)) return bad(`${what} phải là số nguyên.`, 'Chỉ nhập chữ số, không kèm chữ.');
  const n = Number(text);
  if (n < min || n > max) return bad(`${what} phải từ ${min} đến ${max}.`, null);
  return good(n);
}

/** Per code column: every accepted spelling (code, dropdown text, label), folded → code. */
const codeLookups = new WeakMap<ColumnDef, Map<string, CellResult>>();

function codeLookup(column: ColumnDef): Map<string, CellResult> {
  let lookup = codeLookups.get(column);
  if (!lookup) {
    lookup = new Map();
    for (const [code, display] of column.codes ?? []) {
      const label = display.includes(' - ') ? display.slice(display.indexOf(' - ') + 3) : display;
      for (const v of [code, display, label]) {
        const key = foldVietnamese(v);
        if (!lookup.has(key)) lookup.set(key, good(code));
      }
    }
    // The spellings as written too, so the common cells skip folding.
    for (const [code, display] of column.codes ?? []) {
      for (const v of [code, display]) if (!lookup.has(v)) lookup.set(v, lookup.get(foldVietnamese(v))!);
    }
    codeLookups.set(column, lookup);
  }
  return lookup;
}

function parseCode(column: ColumnDef, text: string): CellResult {
  const lookup = codeLookup(column);
  const found = lookup.get(text) ?? lookup.get(foldVietnamese(text));
  if (found) return found;
  if (column.openCodes) {
    // "CODE - tên" as a tenant's template lists it, or the bare code; the planner checks the catalogue.
    const dash = text.indexOf(' - ');
    const code = (dash >= 0 ? text.slice(0, dash) : text).trim().toUpperCase();
    if (TENANT_AWARD_CODE.test(code)) return good(code);
  }
  const sample = (column.codes ?? []).slice(0, 4).map(([c]) => c);
  return bad(
    `"${text}" không có trong danh sách.`,
    `Chọn từ danh sách thả xuống, ví dụ: ${sample.join(', ')}.`,
  );
}

function parseCitizenId(cell: string | number): CellResult {
  const text = String(cell).trim().replace(/\s/g, '');
  if (/^\d{12}$/.test(text)) return good(text);
  if (/^\d{11}$/.test(text))
    return bad(
      'Số CCCD có 11 chữ số, có thể đã mất số 0 ở đầu.',
      'Định dạng cột là Văn bản rồi nhập đủ 12 số.',
    );
  return bad('Số CCCD phải gồm đúng 12 chữ số.', null);
}

/**
 * Text cells repeat a lot across the rows of a file (names, units, dates, decisions): their
 * results are remembered per column (bounded; all dropped when a date cell sees the day change,
 * as dates are checked against today). Results are never mutated by callers.
 */
const MEMO_LIMIT = 10_000;
let memos = new WeakMap<ColumnDef, Map<string, CellResult>>();
let memoDay = '';
/** Bumped whenever all memos are dropped (day change), so column readers drop theirs too. */
let memoGeneration = 0;

/** Drops every memo when a date column sees the day change. */
function checkMemoDay(column: ColumnDef): void {
  if (column.type !== 'date') return;
  const day = today();
  if (day !== memoDay) {
    memoDay = day;
    memos = new WeakMap();
    memoGeneration += 1;
  }
}

/** Reads one cell according to its column; formulas are refused, never evaluated. */
export function readCell(column: ColumnDef, cell: XlsxCell): CellResult {
  if (typeof cell !== 'string' || column.type === 'citizenId') return readCellOnce(column, cell);
  checkMemoDay(column);
  let memo = memos.get(column);
  if (!memo || memo.size >= MEMO_LIMIT) {
    memo = new Map();
    memos.set(column, memo);
  }
  let result = memo.get(cell);
  if (result === undefined) {
    result = readCellOnce(column, cell);
    memo.set(cell, result);
  }
  return result;
}

/**
 * `readCell` for one column, for reading many rows: the same results, remembered in the
 * reader's own memo (same bound, dropped on the same day change) without a lookup per cell.
 */
export function cellReader(column: ColumnDef): (cell: XlsxCell) => CellResult {
  if (column.type === 'citizenId') return (cell) => readCellOnce(column, cell);
  let memo = new Map<string, CellResult>();
  let generation = memoGeneration;
  return (cell) => {
    if (typeof cell !== 'string') return readCellOnce(column, cell);
    checkMemoDay(column);
    if (generation !== memoGeneration || memo.size >= MEMO_LIMIT) {
      memo = new Map();
      generation = memoGeneration;
    }
    let result = memo.get(cell);
    if (result === undefined) {
      result = readCellOnce(column, cell);
      memo.set(cell, result);
    }
    return result;
  };
}

function readCellOnce(column: ColumnDef, cell: XlsxCell): CellResult {
  if (cell !== null && typeof cell === 'object' && !(cell instanceof Date)) {
    return bad(
      'Ô chứa công thức hoặc lỗi công thức.',
      'Sao chép và dán giá trị (Paste Values) thay cho công thức.',
    );
  }
  const empty = cell === null || (typeof cell === 'string' && cell.trim() === '');
  if (empty) {
    if (column.fallback !== undefined) return good(column.fallback);
    return column.required
      ? bad('Thiếu dữ liệu bắt buộc.', `Nhập ${column.header.toLowerCase()}.`)
      : good(null);
  }
  const value = typeof cell === 'boolean' ? (cell ? 'Có' : 'Không') : cell;
  switch (column.type) {
    case 'date':
      return parseDate(value);
    case 'year':
      return parseInteger(value instanceof Date ? value.getUTCFullYear() : value, 1945, 2100, 'Năm');
    case 'int':
      return value instanceof Date
        ? bad('Cần nhập số.')
        : parseInteger(value, 0, 2_000_000_000, column.header);
    case 'citizenId':
      return value instanceof Date ? bad('Số CCCD không hợp lệ.') : parseCitizenId(value);
    case 'code':
      return parseCode(column, String(value));
    default: {
      const text = (value instanceof Date ? value.toISOString().slice(0, 10) : String(value))
        .normalize('NFC')
        .replace(/\s+/g, ' ')
        .trim();
      if (column.maxLength && text.length > column.maxLength)
        return bad(`Quá dài (tối đa ${column.maxLength} ký tự).`, 'Rút gọn nội dung.');
      if (column.type === 'name' && !/^[\p{L}\s'.-]{2,120}$/u.test(text))
        return bad('Họ và tên chỉ gồm chữ cái và khoảng trắng (2–120 ký tự).', null);
      return good(text);
    }
  }
}

/** The text a column shows for a value, as the template's users would type it. */
export function writeCell(column: ColumnDef, value: FieldValue): string | number | null {
  if (value === null) return null;
  if (column.type === 'date' && typeof value === 'string') {
    const [y, m, d] = value.split('-');
    return `${d}/${m}/${y}`;
  }
  if (column.type === 'code') {
    return column.codes?.find(([c]) => c === value)?.[1] ?? String(value);
  }
  return value;
}
