// Award codes are an open list (issue 12, rule 12): the .xlsx record import takes the province's own titles
// and forms in force in the award's year, as an award entered by hand does, and names the row of an unknown code.

import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { award } from '../../db/schema/index';
import { ApiClient } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { addPerson } from '../../test/fixtures';
import { filledTemplate, upload } from './import-test-files';

const CITATION = 'Quyết định 12/2025/QĐ-UBND của tỉnh A, Điều 4';
const OWN_TITLE = {
  code: 'CONG_DAN_UU_TU',
  name: 'Công dân ưu tú tỉnh A',
  level: 'BO_TINH',
  category: 'DANH_HIEU',
  kind: 'CONG_TRANG',
  subjectTypes: ['individual'],
  decider: 'CHU_TICH_UBND_TINH',
  criteria: {
    op: 'consecutiveYears',
    evidence: { type: 'rating', min: 'HTXSNV' },
    years: 2,
    citation: CITATION,
  },
  coefficient: 1,
  citation: CITATION,
  effectiveFrom: '2025-07-01',
};

const row = (citizenId: string, awardCode: string, year: number, decisionNumber: string) => ({
  fullName: 'Ninh Thị Bích',
  birthDate: null,
  citizenId,
  unitCode: 'OWN-1',
  awardCode,
  kind: 'CONG_TRANG',
  year,
  periodStartYear: null,
  decisionNumber,
  decisionDate: '2026-01-15',
  issuer: 'UBND tỉnh A',
  signer: null,
  amountVnd: null,
  achievement: null,
});

describeEngines('imports: the tenant’s own award codes', (env) => {
  it('imports a province’s award in force and reports an unknown or not-yet-valid code by row', async () => {
    const { app, fx, database } = env();
    const admin = await ApiClient.login(app, fx.tenantAdmin);
    const saved = await admin.post('/api/tenant-awards', OWN_TITLE);
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    const citizenId = '036190004321';
    const personId = await addPerson(database.db, fx.tenantA, fx.ownChild.id, 'Ninh Thị Bích', { citizenId });
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);

    // The template offers it beside the law's codes.
    const template = await officer.get('/api/imports/templates/awards.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(template.body as ArrayBuffer);
    const list = JSON.stringify(book.getWorksheet('Danh mục')!.getColumn(1).values);
    expect(list).toContain('CONG_DAN_UU_TU - Công dân ưu tú tỉnh A');
    expect(list).toContain('CSTDCS - ');

    const mixed = [
      row(citizenId, 'CONG_DAN_UU_TU - Công dân ưu tú tỉnh A', 2025, '7/QĐ-UBND'),
      row(citizenId, 'KHONG_CO_MA_NAY', 2025, '8/QĐ-UBND'),
      // In force from 1/7/2025: unknown for 2024's achievements.
      row(citizenId, 'CONG_DAN_UU_TU', 2024, '9/QĐ-UBND'),
    ];
    const run = await officer.post(
      '/api/imports',
      upload('awards', 'khen-thuong.xlsx', await filledTemplate('awards', mixed)),
    );
    expect(run.status, JSON.stringify(run.body)).toBe(201);
    const problems = run.body.report.problems as { row: number; column: string; problem: string }[];
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [3, 'Danh hiệu/hình thức'],
      [4, 'Danh hiệu/hình thức'],
    ]);
    expect(problems[0]!.problem).toBe(
      'Mã "KHONG_CO_MA_NAY" không có trong danh mục khen thưởng đang có hiệu lực năm 2025.',
    );
    expect(problems[1]!.problem).toMatch(/"CONG_DAN_UU_TU" không có trong danh mục .* năm 2024/);
    const refused = await officer.post(`/api/imports/${run.body.id}/commit`, { confirmations: [] });
    expect(refused.body.error.code).toBe('IMPORT_HAS_ERRORS');

    const good = await officer.post(
      '/api/imports',
      upload('awards', 'khen-thuong.xlsx', await filledTemplate('awards', [mixed[0]!])),
    );
    expect(good.body.report.problems).toEqual([]);
    const done = await officer.post(`/api/imports/${good.body.id}/commit`, { confirmations: [] });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    const rows = await database.db
      .select({ code: award.awardCode, year: award.year })
      .from(award)
      .where(and(eq(award.tenantId, fx.tenantA), eq(award.subjectId, personId)));
    expect(rows).toEqual([{ code: 'CONG_DAN_UU_TU', year: 2025 }]);
  });
});
