import { LEADER_LEVELS } from '@vinhdanh/domain/reports/leader-levels';
import { BUILT_IN_DEFINITIONS, definitionAt } from '@vinhdanh/domain/reports/report-catalogue';
import { checkSums, computeReport } from '@vinhdanh/domain/reports/report-compute';
import type { FactGroup } from '@vinhdanh/domain/reports/report-filter';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { award, collective, household, movement, person, personEmployment } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { ApiClient } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { addUnit } from '../../test/fixtures';
import { personNameColumns } from '../tenants/tenant-setup';

// Forms 0601–0603 on random records: every figure equals an independent count of the generated
// records, every total equals the sum of its parts, and each figure's list has that many rows.

const CODES = [
  'BK_TTG',
  'CSTDTQ',
  'CO_CP',
  'HCLD2',
  'HCLD3',
  'BK_BO_TINH',
  'CSTD_BO_TINH',
  'CO_BO_TINH',
  'LDTT',
  'CSTDCS',
];
const KINDS = [
  'CONG_TRANG',
  'CHUYEN_DE',
  'DOT_XUAT',
  'DOI_NGOAI',
  'CONG_HIEN',
  'NIEN_HAN',
  'KHANG_CHIEN',
] as const;
const level = fc.constantFrom(null, ...LEADER_LEVELS);

const world = fc.record({
  unitTypes: fc.array(fc.constantFrom('PHONG_TO', 'DOANH_NGHIEP', 'XA_PHUONG'), {
    minLength: 1,
    maxLength: 3,
  }),
  people: fc.array(fc.record({ unit: fc.nat(), before: level, after: level, isDirectWorker: fc.boolean() }), {
    minLength: 1,
    maxLength: 8,
  }),
  teams: fc.array(fc.record({ unit: fc.nat(), isEnterprise: fc.boolean() }), { maxLength: 3 }),
  awards: fc.array(
    fc.record({
      subject: fc.constantFrom('PERSON', 'TEAM', 'UNIT', 'HOUSEHOLD'),
      pick: fc.nat(),
      code: fc.constantFrom(...CODES),
      kind: fc.constantFrom(...KINDS),
      decided: fc.constantFrom('2024-06-01', '2025-01-15', '2025-12-31', '2026-01-10', null),
      year: fc.constantFrom(2024, 2025),
      isRevoked: fc.boolean(),
    }),
    { maxLength: 30 },
  ),
  movements: fc.array(
    fc.record({
      level: fc.constantFrom('TRUNG_UONG', 'BO_TINH', 'XA', 'DON_VI'),
      scope: fc.constantFrom('TOAN_QUOC', 'BO_BAN_NGANH_DOAN_THE_DIA_PHUONG', 'CUM_KHOI', 'CO_QUAN_DON_VI'),
      form: fc.constantFrom('THUONG_XUYEN', 'CHUYEN_DE'),
      days: fc.constantFrom(null, 90, 364, 700, 1500, 2000),
      state: fc.constantFrom('DRAFT', 'LAUNCHED', 'CLOSED'),
      year: fc.constantFrom(2024, 2025),
    }),
    { maxLength: 8 },
  ),
});
type World = typeof world extends fc.Arbitrary<infer T> ? T : never;

describeEngines('statistical forms', (env) => {
  async function seed(w: World) {
    const { db } = env().database;
    const tenantId = env().fx.tenantA;
    const root = await addUnit(db, tenantId, env().fx.root, 'Gốc thống kê');
    const units = [];
    for (const type of w.unitTypes) {
      const u = await addUnit(db, tenantId, root);
      await db.execute(`UPDATE org_unit SET type = '${type}' WHERE id = '${u.id}'` as never);
      units.push({ ...u, type });
    }
    const at = <T>(list: T[], i: number) => list[i % list.length]!;
    const people = [];
    for (const p of w.people) {
      const id = newId();
      const unit = at(units, p.unit);
      await db.insert(person).values({
        tenantId,
        id,
        unitId: unit.id,
        gender: 'NAM',
        isDirectWorker: p.isDirectWorker,
        ...personNameColumns('Nguyễn Văn An'),
      });
      await db.insert(personEmployment).values([
        {
          tenantId,
          id: newId(),
          personId: id,
          unitId: unit.id,
          leaderLevel: p.before,
          fromDate: '2015-01-01',
          toDate: '2024-12-31',
        },
        {
          tenantId,
          id: newId(),
          personId: id,
          unitId: unit.id,
          leaderLevel: p.after,
          fromDate: '2025-01-01',
        },
      ]);
      people.push({ id, ...p });
    }
    const teams = [];
    for (const t of w.teams) {
      const id = newId();
      await db.insert(collective).values({
        tenantId,
        id,
        unitId: at(units, t.unit).id,
        kind: 'TEAM',
        name: 'Tổ sản xuất',
        isEnterprise: t.isEnterprise,
      });
      teams.push({ id, ...t });
    }
    const hh = newId();
    await db
      .insert(household)
      .values({ tenantId, id: hh, unitId: units[0]!.id, headName: 'Lê Văn Hộ', address: 'Thôn 1' });
    // The oracle: each counted award's dimensions, derived here from what was generated.
    const facts: FactGroup[] = [];
    for (const a of w.awards) {
      const id = newId();
      let subjectId: string;
      let dims: FactGroup['dims'];
      const base = { awardCode: a.code, kind: a.kind, tenantKind: 'PROVINCE' };
      const decidedOn = a.decided ?? `${a.year}-12-31`;
      if (a.subject === 'PERSON' && people.length > 0) {
        const p = at(people, a.pick);
        subjectId = p.id;
        const lv = decidedOn <= '2024-12-31' ? p.before : p.after;
        dims = {
          ...base,
          subjectType: 'PERSON',
          leaderLevel: lv ?? (p.isDirectWorker ? 'TRUC_TIEP' : null),
          isEnterprise: false,
        };
      } else if (a.subject === 'TEAM' && teams.length > 0) {
        const t = at(teams, a.pick);
        subjectId = t.id;
        const unitType = at(units, t.unit).type;
        dims = {
          ...base,
          subjectType: 'COLLECTIVE',
          leaderLevel: null,
          isEnterprise: t.isEnterprise || unitType === 'DOANH_NGHIEP',
        };
      } else if (a.subject === 'HOUSEHOLD') {
        subjectId = hh;
        dims = { ...base, subjectType: 'HOUSEHOLD', leaderLevel: null, isEnterprise: false };
      } else {
        const u = at(units, a.pick);
        subjectId = u.id;
        dims = {
          ...base,
          subjectType: 'COLLECTIVE',
          leaderLevel: null,
          isEnterprise: u.type === 'DOANH_NGHIEP',
        };
      }
      await db.insert(award).values({
        tenantId,
        id,
        subjectType: dims.subjectType as 'PERSON',
        subjectId,
        awardCode: a.code,
        kind: a.kind,
        year: a.year,
        decisionDate: a.decided,
        isRevoked: a.isRevoked,
      });
      const countedYear = a.decided ? Number(a.decided.slice(0, 4)) : a.year;
      if (!a.isRevoked && countedYear === 2025) facts.push({ dims, n: 1 });
    }
    const movementFacts: FactGroup[] = [];
    for (const m of w.movements) {
      const end =
        m.days === null
          ? null
          : new Date(Date.UTC(m.year, 0, 1) + m.days * 86_400_000).toISOString().slice(0, 10);
      await db.insert(movement).values({
        tenantId,
        id: newId(),
        form: m.form as 'CHUYEN_DE',
        title: 'Phong trào thử',
        year: m.year,
        ownerUnitId: at(units, 0).id,
        launchingAuthority: 'Chủ tịch',
        level: m.level as 'XA',
        scope: m.scope,
        participation: 'TENANT',
        startDate: m.days === null ? null : `${m.year}-01-01`,
        endDate: end,
        state: m.state,
      });
      const duration =
        m.days === null
          ? m.form === 'THUONG_XUYEN'
            ? 'MOT_NAM'
            : 'DUOI_1_NAM'
          : m.days < 355
            ? 'DUOI_1_NAM'
            : m.days < 380
              ? 'MOT_NAM'
              : m.days < 1095
                ? 'TU_1_DEN_3'
                : m.days < 1825
                  ? 'TU_3_DEN_5'
                  : 'TU_5_NAM';
      if (m.state !== 'DRAFT' && m.year === 2025)
        movementFacts.push({ dims: { level: m.level, scope: m.scope, form: m.form, duration }, n: 1 });
    }
    return { root, facts, movementFacts };
  }

  it('gives every figure of 0601, 0602 and 0603 as counted from the records, totals equal to their parts', async () => {
    const admin = await ApiClient.login(env().app, env().fx.tenantAdmin);
    await fc.assert(
      fc.asyncProperty(world, async (w) => {
        const { root, facts, movementFacts } = await seed(w);
        for (const code of ['0601', '0602', '0603'] as const) {
          const def = definitionAt(BUILT_IN_DEFINITIONS, code, '2025-12-31')!;
          const res = await admin.get(`/api/reports/forms?form=${code}&year=2025&unitId=${root.id}`);
          expect(res.status).toBe(200);
          const expected = computeReport(def, code === '0601' ? movementFacts : facts);
          expect(res.body.cells).toEqual(expected.cells);
          expect(checkSums(def, { cells: res.body.cells })).toEqual([]);
        }
      }),
      { numRuns: 6 },
    );
  });

  it('lists exactly the records behind a figure, and the .xlsx carries the same figures in the official layout', async () => {
    const admin = await ApiClient.login(env().app, env().fx.tenantAdmin);
    const { root, facts } = await seed(fc.sample(world, { numRuns: 1, seed: 13 })[0]!);
    const q = `form=0603&year=2025&unitId=${root.id}`;
    const form = (await admin.get(`/api/reports/forms?${q}`)).body;
    const total = form.cells['1']['1'];
    expect(total).toBe(
      computeReport(definitionAt(BUILT_IN_DEFINITIONS, '0603', '2025-12-31')!, facts).cells['1']!['1'],
    );
    for (const [row, column] of [
      ['1', '1'],
      ['5', '3'],
      ['2', '5'],
    ] as const) {
      const list = await admin.get(
        `/api/reports/forms/records?${q}&row=${row}&column=${column}&pageSize=200`,
      );
      expect(list.status).toBe(200);
      expect(list.body.total).toBe(form.cells[row][column]);
      expect(list.body.items).toHaveLength(form.cells[row][column]);
    }
    const file = await admin.get(`/api/reports/forms/export.xlsx?${q}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toContain('Bieu-0603-nam-2025.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.body as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    const text = (r: number, c: number) => String(sheet.getCell(r, c).value ?? '');
    expect(text(1, 1)).toBe('Biểu số: 0603.N/BNV-TĐKT');
    expect(text(5, 1)).toBe(form.title.toUpperCase());
    expect(text(6, 1)).toBe('Năm 2025');
    // Find the row of each "Mã số" (column B) and compare every figure with the screen.
    let rows = 0;
    sheet.eachRow((r, n) => {
      const code = text(n, 2);
      if (!form.cells[code] || n < 8) return;
      form.columns.forEach((c: { code: string }, i: number) => {
        expect(Number(r.getCell(4 + i).value), `${code}/${c.code}`).toBe(form.cells[code][c.code]);
      });
      rows += 1;
    });
    expect(rows).toBe(Object.keys(form.cells).length);
    const signature: string[] = [];
    sheet.eachRow((r) => signature.push(String(r.getCell(1).value ?? ''), String(r.getCell(5).value ?? '')));
    expect(signature).toContain('NGƯỜI LẬP BIỂU');
    const pdf = await admin.get(`/api/reports/forms/export.pdf?${q}`);
    expect(pdf.status).toBe(200);
    expect(
      Buffer.from(pdf.body as ArrayBuffer)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('refuses an officer the figures of a unit outside their subtree and a form for a year before TT 2/2023', async () => {
    const fx = env().fx;
    const officer = await ApiClient.login(env().app, fx.users.UNIT_OFFICER);
    expect((await officer.get(`/api/reports/forms?form=0603&year=2025&unitId=${fx.other.id}`)).status).toBe(
      403,
    );
    const own = await officer.get('/api/reports/forms?form=0603&year=2025');
    expect(own.status).toBe(200);
    expect(own.body.unitName).toBe('Sở Giáo dục');
    expect((await officer.get('/api/reports/forms?form=0603&year=2021')).body.error.code).toBe(
      'REPORT_FORM_NOT_FOUND',
    );
    const bad = await officer.get('/api/reports/forms/records?form=0603&year=2025&row=h1&column=1');
    expect(bad.body.error.code).toBe('REPORT_CELL_NOT_FOUND');
  });
});
