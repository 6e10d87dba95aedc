// Import benchmark: awards from CSV and .xlsx through `importFile` (the CLI path) into
// PostgreSQL, beside PostgreSQL COPY of the same award rows in the same run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { openDatabase } from '../apps/server/src/db/client';
import { newId } from '../apps/server/src/lib/ids';
import { importFile } from '../apps/server/src/modules/imports/import-stream';
import { WRITE_COLUMNS } from '../apps/server/src/modules/imports/import-writes';
import { insertUnnest } from '../apps/server/src/modules/imports/imports.repository';
import {
  createTenant,
  createUnitRecord,
  personNameColumns,
} from '../apps/server/src/modules/tenants/tenant-setup';
import { type BenchPerson, writeAwardsCsv, writeAwardsXlsx } from './import-files';

export type ImportBench = {
  people: number;
  csv: { rows: number; ms: number; fileMb: number };
  copy: { rows: number; ms: number };
  xlsx: { rows: number; ms: number; peakRssMb: number; baseRssMb: number; fileMb: number };
  generateMs: number;
};

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Ngọc', 'Minh', 'Thu'];
const GIVEN = ['An', 'Bình', 'Châu', 'Dũng', 'Hà', 'Hường', 'Khánh', 'Lan', 'Sơn', 'Thảo', 'Vy', 'Yến'];

/** A new database in the cluster at `url`; its URL. */
export async function createDatabase(url: string): Promise<string> {
  const name = `vd_bench_import_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  return target.toString();
}

async function seed(db: Awaited<ReturnType<typeof openDatabase>>['db'], peopleCount: number) {
  const tenantId = await createTenant(db, { code: 'BENCH', name: 'Tỉnh thử tải', kind: 'PROVINCE' });
  const root = await createUnitRecord(db, tenantId, null, {
    code: 'ROOT',
    name: 'UBND tỉnh',
    type: 'UBND_TINH',
  });
  const units = [];
  for (let i = 0; i < 20; i += 1) {
    units.push(
      await createUnitRecord(db, tenantId, root, {
        code: `DV${i}`,
        name: `Đơn vị ${i}`,
        type: 'SO_BAN_NGANH',
      }),
    );
  }
  const people: BenchPerson[] = [];
  const rows: unknown[][] = [];
  for (let i = 0; i < peopleCount; i += 1) {
    const fullName = `${FAMILY[i % 8]} ${MIDDLE[(i >> 3) % 6]} ${GIVEN[(i >> 5) % 12]}`;
    const birthDate = `${1960 + (i % 40)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const citizenId = String(100_000_000_000 + i);
    const unit = units[i % units.length]!;
    const names = personNameColumns(fullName);
    people.push({ fullName: names.fullName, birthDate, citizenId, unitCode: `DV${i % units.length}` });
    rows.push([
      tenantId,
      newId(),
      unit.id,
      names.fullName,
      names.nameSearch,
      names.nameSort,
      'NAM',
      birthDate,
      null,
      citizenId,
      null,
      'CBCCVC',
      null,
    ]);
  }
  await db.transaction((tx) => insertUnnest(tx, 'person', WRITE_COLUMNS.person, rows));
  await db.execute(sql`ANALYZE`);
  return { tenantId, people };
}

/** Peak resident memory while `work` runs, sampled every 20 ms. */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ result: T; peak: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, peak };
  } finally {
    clearInterval(timer);
  }
}

// The import writes award search's two columns in its INSERT … SELECT (migration 0055), so the COPY
// baseline copies them too: the same row content, and the row trigger skips its per-row lookups for
// both. Without them COPY would pay two lookups per row the import does not, flattering the ratio.
const COLUMNS = [...WRITE_COLUMNS.award.map(([n]) => n), 'scope_unit_id', 'sort_name'].join(', ');

export async function benchImport(
  clusterUrl: string,
  csvRows: number,
  xlsxRows: number,
  peopleCount = 100_000,
): Promise<ImportBench> {
  const url = await createDatabase(clusterUrl);
  const database = await openDatabase({ databaseUrl: url });
  await database.migrate();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-import-bench-'));
  try {
    const { tenantId, people } = await seed(database.db, peopleCount);
    const csvPath = path.join(dir, 'khen-thuong.csv');
    const xlsxPath = path.join(dir, 'khen-thuong.xlsx');
    const generating = Date.now();
    await writeAwardsCsv(csvPath, people, csvRows);
    await writeAwardsXlsx(xlsxPath, people, xlsxRows);
    const generateMs = Date.now() - generating;

    let started = Date.now();
    const csv = await importFile(database.db, { tenantId, kind: 'awards', path: csvPath, isDryRun: false });
    const csvMs = Date.now() - started;
    if (!csv.committed || csv.created.award !== csvRows)
      throw new Error(`CSV import wrote ${csv.created.award}`);

    // COPY baseline: the very award rows the import wrote, copied out, removed, copied back in.
    const dump = path.join(dir, 'award.copy');
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await pipeline(
      client.query(copyTo(`COPY (SELECT ${COLUMNS} FROM award) TO STDOUT`)),
      fs.createWriteStream(dump),
    );
    await client.query('TRUNCATE award');
    await client.query('CHECKPOINT');
    started = Date.now();
    await client.query('BEGIN');
    await pipeline(fs.createReadStream(dump), client.query(copyFrom(`COPY award (${COLUMNS}) FROM STDIN`)));
    await client.query('COMMIT');
    const copyMs = Date.now() - started;
    await client.query('TRUNCATE award');
    await client.query('TRUNCATE decision');
    await client.query('CHECKPOINT');
    await client.end();

    global.gc?.();
    const baseRss = process.memoryUsage().rss;
    started = Date.now();
    const { result: xlsx, peak } = await withPeakRss(() =>
      importFile(database.db, { tenantId, kind: 'awards', path: xlsxPath, isDryRun: false }),
    );
    const xlsxMs = Date.now() - started;
    if (!xlsx.committed || xlsx.created.award !== xlsxRows)
      throw new Error(`xlsx import wrote ${xlsx.created.award}`);
    const mb = (bytes: number) => bytes / 1024 / 1024;
    return {
      people: peopleCount,
      csv: { rows: csvRows, ms: csvMs, fileMb: mb(fs.statSync(csvPath).size) },
      copy: { rows: csvRows, ms: copyMs },
      xlsx: {
        rows: xlsxRows,
        ms: xlsxMs,
        peakRssMb: mb(peak),
        baseRssMb: mb(baseRss),
        fileMb: mb(fs.statSync(xlsxPath).size),
      },
      generateMs,
    };
  } finally {
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
