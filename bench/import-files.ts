// Synthetic legacy award files for the import benchmark: the same rows as CSV and .xlsx.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { KIND_DEFS } from '../apps/server/src/modules/imports/import-columns';

export type BenchPerson = { fullName: string; birthDate: string; citizenId: string; unitCode: string };

const HEADERS = KIND_DEFS.awards.columns.map((c) => c.header);

/** Row r: person r mod N, one award per person and year, decisions shared per unit and year. */
function awardRow(people: BenchPerson[], r: number): (string | number)[] {
  const p = people[r % people.length]!;
  const year = 2000 + Math.floor(r / people.length);
  const byKey: Record<string, string | number> = {
    fullName: p.fullName,
    birthDate: p.birthDate.split('-').reverse().join('/'),
    citizenId: p.citizenId,
    unitCode: p.unitCode,
    awardCode: 'LDTT',
    kind: 'CONG_TRANG',
    year,
    periodStartYear: '',
    decisionNumber: `${year}-${p.unitCode}/QĐ-UBND`,
    decisionDate: `15/01/${year + 1}`,
    issuer: 'UBND tỉnh Sơn Hà',
    signer: 'Trần Văn Ký',
    amountVnd: 500_000,
    achievement: 'Hoàn thành tốt nhiệm vụ',
  };
  return KIND_DEFS.awards.columns.map((c) => byKey[c.key] ?? '');
}

const csvField = (v: string | number) => {
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export async function writeAwardsCsv(path: string, people: BenchPerson[], rows: number): Promise<void> {
  const out = fs.createWriteStream(path);
  const write = (line: string) =>
    out.write(line) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', () => resolve()));
  await write(`${HEADERS.map(csvField).join(',')}\n`);
  let chunk = '';
  for (let r = 0; r < rows; r += 1) {
    chunk += `${awardRow(people, r).map(csvField).join(',')}\n`;
    if (chunk.length > 1_000_000) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  await new Promise<void>((resolve) => out.end(resolve));
}

export async function writeAwardsXlsx(path: string, people: BenchPerson[], rows: number): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const sheet = book.addWorksheet(KIND_DEFS.awards.sheet);
  sheet.addRow(HEADERS).commit();
  for (let r = 0; r < rows; r += 1) sheet.addRow(awardRow(people, r)).commit();
  sheet.commit();
  await book.commit();
}
