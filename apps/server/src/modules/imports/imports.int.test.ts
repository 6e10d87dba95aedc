import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/query-rows';
import { ApiClient } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { addPerson } from '../../test/fixtures';
import { filledTemplate, upload, zipOf } from './import-test-files';

const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;
const RECORD_TABLES = [
  'person',
  'person_employment',
  'annual_rating',
  'decision',
  'award',
  'initiative',
  'initiative_author',
];

/** Counts and full contents of every table an import writes, for one tenant. */
async function snapshot(db: Db, tenantId: string) {
  const out: Record<string, unknown[]> = {};
  for (const table of RECORD_TABLES) {
    out[table] = await queryRows(
      db,
      sql.raw(`SELECT * FROM "${table}" WHERE tenant_id = '${tenantId}' ORDER BY 1, 2, 3`),
    );
  }
  return out;
}

const person = (
  fullName: string,
  birthDate: string | null,
  citizenId: string | null,
  unitCode = 'OWN-1',
) => ({
  fullName,
  birthDate,
  citizenId,
  unitCode,
});

describeEngines('imports', (env) => {
  const officer = () => ApiClient.login(env().app, env().fx.users.UNIT_OFFICER);

  it('serves templates with Vietnamese headers, an instructions sheet and dropdown lists', async () => {
    const client = await officer();
    const res = await client.get('/api/imports/templates/awards.xlsx');
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Khen thưởng',
      'Hướng dẫn',
      'Danh mục',
      'Danh mục đơn vị',
    ]);
    const headers = (book.getWorksheet('Khen thưởng')!.getRow(1).values as unknown[]).slice(1);
    expect(headers).toContain('Số quyết định (*)');
    expect(JSON.stringify(book.getWorksheet('Danh mục')!.getColumn(1).values)).toContain(
      'CSTDCS - Chiến sĩ thi đua cơ sở',
    );
    // The unit list holds only units inside the officer's scope.
    const units = JSON.stringify(book.getWorksheet('Danh mục đơn vị')!.getColumn(1).values);
    expect(units).toContain('OWN-1');
    expect(units).not.toContain('OTHER');
  });

  it('imports nothing from a file with bad rows, reporting each one; a fixed file imports once, idempotently', async () => {
    const { database, fx } = env();
    const client = await officer();
    const good = {
      ...person('Nguyễn Văn Đức', '1985-04-12', '001203004005'),
      year: 2021,
      rating: 'HTXSNV',
      sourceDoc: null,
    };
    const rows = [
      good,
      { ...person('Lê Thị Mới', '1990-01-01', null), year: 2021, rating: 'HTTNV', sourceDoc: null },
      {
        ...person('Nguyễn Văn Đức', '1985-04-12', '001203004005'),
        year: 2022,
        rating: 'GIOI',
        sourceDoc: null,
      },
      { ...person('Trần Thị Hường', null, null, 'OTHER'), year: 2021, rating: 'HTNV', sourceDoc: null },
      {
        ...person('Nguyễn Văn Đức', '1985-04-12', '001203004005', 'KHONG-CO'),
        year: 2023,
        rating: 'HTNV',
        sourceDoc: null,
      },
    ];
    const before = await snapshot(database.db, fx.tenantA);
    const dry = await client.post(
      '/api/imports',
      upload('ratings', 'xep-loai.xlsx', await filledTemplate('ratings', rows)),
    );
    expect(dry.status).toBe(201);
    const problems = dry.body.report.problems as { row: number; column: string; problem: string }[];
    expect([...new Set(problems.map((p) => p.row))].sort()).toEqual([3, 4, 5, 6]);
    for (const p of problems) expect(p.problem).toMatch(VIETNAMESE);
    expect(problems.find((p) => p.row === 4)?.column).toBe('Mức xếp loại');
    expect(problems.find((p) => p.row === 5)?.problem).toContain('ngoài phạm vi');
    expect(problems.find((p) => p.row === 3)?.problem).toContain('Không tìm thấy');
    expect(dry.body.report.counts.errorRows).toBe(4);
    const commit = await client.post(`/api/imports/${dry.body.id}/commit`, { confirmations: [] });
    expect(commit.status).toBe(409);
    expect(commit.body.error.code).toBe('IMPORT_HAS_ERRORS');
    expect(await snapshot(database.db, fx.tenantA)).toEqual(before);

    // Fixed: people first, then ratings and awards for them.
    const people = [
      {
        ...person('Lê Thị Mới', '1990-01-01', null),
        gender: 'NU',
        ethnicity: 'Kinh',
        position: null,
        recruitedOn: '2015-09-01',
        subjectGroup: 'CBCCVC',
      },
      {
        ...person('Phạm Văn  An', null, '036090001234'),
        gender: 'NAM',
        ethnicity: null,
        position: 'Giáo viên',
        recruitedOn: null,
        subjectGroup: 'CBCCVC',
      },
    ];
    const ratings = [
      good,
      { ...person('Lê Thị Mới', '1990-01-01', null), year: 2021, rating: 'HTTNV', sourceDoc: 'BB 12' },
    ];
    const awards = [
      {
        ...person('Phạm Văn An', null, '036090001234'),
        awardCode: 'CSTDCS',
        kind: 'CONG_TRANG',
        year: 2021,
        periodStartYear: null,
        decisionNumber: '15/QĐ-SGDĐT',
        decisionDate: '2022-01-10',
        issuer: 'Sở Giáo dục',
        signer: null,
        amountVnd: 1_000_000,
        achievement: null,
      },
      {
        ...person('Lê Thị Mới', '1990-01-01', null),
        awardCode: 'LDTT',
        kind: 'CONG_TRANG',
        year: 2021,
        periodStartYear: null,
        decisionNumber: '15/QĐ-SGDĐT',
        decisionDate: '2022-01-10',
        issuer: 'Sở Giáo dục',
        signer: null,
        amountVnd: null,
        achievement: 'Dạy giỏi',
      },
    ];
    const initiatives = [
      {
        title: 'Đổi mới dạy Toán',
        type: 'SANG_KIEN',
        scope: 'CO_SO',
        year: 2021,
        recognizedBy: null,
        decisionNumber: null,
        decisionDate: null,
        ...person('Lê Thị Mới', '1990-01-01', null),
        sharePct: 60,
      },
      {
        title: 'Đổi mới dạy Toán',
        type: 'SANG_KIEN',
        scope: 'CO_SO',
        year: 2021,
        recognizedBy: null,
        decisionNumber: null,
        decisionDate: null,
        ...person('Phạm Văn An', null, '036090001234'),
        sharePct: 40,
      },
    ];
    const files = [
      upload('people', 'ca-nhan.xlsx', await filledTemplate('people', people)),
      upload('ratings', 'xep-loai.xlsx', await filledTemplate('ratings', ratings)),
      upload('awards', 'khen-thuong.xlsx', await filledTemplate('awards', awards)),
      upload('initiatives', 'sang-kien.xlsx', await filledTemplate('initiatives', initiatives)),
    ];
    const importAll = async () => {
      for (const file of files) {
        const run = await client.post('/api/imports', file);
        expect(run.status, JSON.stringify(run.body)).toBe(201);
        expect(run.body.report.problems).toEqual([]);
        const done = await client.post(`/api/imports/${run.body.id}/commit`, { confirmations: [] });
        expect(done.status, JSON.stringify(done.body)).toBe(200);
        expect(done.body.status).toBe('COMMITTED');
      }
    };
    await importAll();
    const once = await snapshot(database.db, fx.tenantA);
    expect(once.person!.length).toBe(before.person!.length + 2);
    expect(once.annual_rating!.length).toBe(before.annual_rating!.length + 2);
    expect(once.award!.length).toBe(before.award!.length + 2);
    expect(once.decision!.length).toBe(before.decision!.length + 1);
    expect(once.initiative_author!.length).toBe(before.initiative_author!.length + 2);
    await importAll();
    expect(await snapshot(database.db, fx.tenantA)).toEqual(once);
  });

  it('suggests matches for names differing only in diacritics or spacing instead of duplicating', async () => {
    const { database, fx } = env();
    await addPerson(database.db, fx.tenantA, fx.ownChild.id, 'Hoàng Thị Thu Thảo', {
      birthDate: '1979-03-03',
    });
    const client = await officer();
    const rows = [
      {
        ...person('Hoang Thi Thu Thao', '1979-03-03', null),
        gender: 'NU',
        ethnicity: null,
        position: null,
        recruitedOn: null,
        subjectGroup: 'CBCCVC',
      },
      {
        ...person('Hoàng Thị  ThuThảo', null, null),
        gender: 'NU',
        ethnicity: null,
        position: null,
        recruitedOn: null,
        subjectGroup: 'CBCCVC',
      },
    ];
    const before = await snapshot(database.db, fx.tenantA);
    const dry = await client.post(
      '/api/imports',
      upload('people', 'cu.xlsx', await filledTemplate('people', rows)),
    );
    expect(dry.status).toBe(201);
    expect(dry.body.report.problems).toEqual([]);
    const matches = dry.body.report.matches as {
      key: string;
      rows: number[];
      candidates: { personId: string; fullName: string; reason: string }[];
    }[];
    expect(matches.flatMap((m) => m.rows).sort()).toEqual([2, 3]);
    for (const m of matches) {
      expect(m.candidates.map((c) => c.fullName)).toEqual(['Hoàng Thị Thu Thảo']);
      expect(m.candidates[0]!.reason).toMatch(VIETNAMESE);
    }
    expect(dry.body.report.counts.create.person).toBe(0);
    const unconfirmed = await client.post(`/api/imports/${dry.body.id}/commit`, { confirmations: [] });
    expect(unconfirmed.body.error.code).toBe('IMPORT_NEEDS_CONFIRMATION');
    const confirmations = matches.map((m) => ({ key: m.key, choice: m.candidates[0]!.personId }));
    const done = await client.post(`/api/imports/${dry.body.id}/commit`, { confirmations });
    expect(done.status).toBe(200);
    expect(await snapshot(database.db, fx.tenantA)).toEqual(before);
  });

  it('refuses malformed and malicious files with a stable code, before parsing', async () => {
    const client = await officer();
    const text = Buffer.from('Đây là một tệp văn bản, không phải Excel.\n');
    const bomb = zipOf([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(60 * 1024 * 1024, 0x20) },
    ]);
    const noWorkbook = zipOf([{ name: 'readme.txt', data: text }]);
    const cases: [string, Buffer, string][] = [
      ['ngau-nhien.xlsx', randomBytes(4096), 'IMPORT_FILE_TYPE'],
      ['van-ban.xlsx', text, 'IMPORT_FILE_TYPE'],
      ['rong.xlsx', Buffer.alloc(0), 'IMPORT_FILE_EMPTY'],
      ['rong.csv', Buffer.alloc(0), 'IMPORT_FILE_EMPTY'],
      ['lon.csv', Buffer.alloc(20 * 1024 * 1024 + 1, 0x41), 'IMPORT_FILE_TOO_LARGE'],
      ['nen.xlsx', bomb, 'IMPORT_FILE_SUSPICIOUS'],
      ['khong-phai.xlsx', noWorkbook, 'IMPORT_FILE_TYPE'],
      ['nhi-phan.csv', randomBytes(2048), 'IMPORT_FILE_TYPE'],
      ['bang.docx', text, 'IMPORT_FILE_TYPE'],
      ['sai-mau.csv', Buffer.from('Cột A,Cột B\n1,2\n'), 'IMPORT_WRONG_SHEET'],
    ];
    for (const [name, bytes, code] of cases) {
      const res = await client.post('/api/imports', upload('awards', name, bytes));
      expect(res.status, name).toBe(400);
      expect(res.body.error.code, name).toBe(code);
      expect(res.body.error.message).toMatch(VIETNAMESE);
    }
  });

  it('reports formulas as row problems and reads CSV with either separator', async () => {
    const client = await officer();
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Xếp loại');
    sheet.addRow(['Họ và tên', 'Mã đơn vị', 'Năm', 'Mức xếp loại']);
    sheet.addRow(['Nguyễn Văn Đức', 'OWN-1', { formula: '2020+1', result: 2021 }, 'HTTNV']);
    const res = await client.post(
      '/api/imports',
      upload('ratings', 'cong-thuc.xlsx', Buffer.from(await book.xlsx.writeBuffer())),
    );
    expect(res.status).toBe(201);
    expect(res.body.report.problems[0]).toMatchObject({ row: 2, column: 'Năm' });
    expect(res.body.report.problems[0].problem).toContain('công thức');
    const csv =
      '\uFEFFHọ và tên;Số CCCD;Mã đơn vị;Năm;Mức xếp loại\nNguyễn Văn Đức;001203004005;OWN-1;2019;HTTNV\n';
    const fromCsv = await client.post('/api/imports', upload('ratings', 'xep-loai.csv', Buffer.from(csv)));
    expect(fromCsv.status).toBe(201);
    expect(fromCsv.body.report.problems).toEqual([]);
    expect(fromCsv.body.report.counts.create.annual_rating).toBe(1);
  });

  it('exports people and awards in template columns that import back unchanged', async () => {
    const { database, fx } = env();
    const client = await officer();
    for (const kind of ['people', 'awards'] as const) {
      const exported = await client.get(`/api/imports/exports/${kind}.xlsx?unitId=${fx.ownChild.id}`);
      expect(exported.status).toBe(200);
      const before = await snapshot(database.db, fx.tenantA);
      const bytes = Buffer.from(exported.body as ArrayBuffer);
      const run = await client.post('/api/imports', upload(kind, `xuat-${kind}.xlsx`, bytes));
      expect(run.status).toBe(201);
      expect(run.body.report.problems).toEqual([]);
      expect(run.body.report.matches).toEqual([]);
      expect(run.body.report.counts.rows).toBeGreaterThan(0);
      const done = await client.post(`/api/imports/${run.body.id}/commit`, { confirmations: [] });
      expect(done.status).toBe(200);
      expect(await snapshot(database.db, fx.tenantA)).toEqual(before);
    }
  });
});
