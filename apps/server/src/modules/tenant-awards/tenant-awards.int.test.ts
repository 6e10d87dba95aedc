// Issue 12, rule 12: a tenant administrator adds the province's own title as data; the engine judges it in the
// next request, with the provincial regulation as its citation; versions close each other by date.
import { expect, it } from 'vitest';
import { annualRating, award } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { ApiClient } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { loadHistories } from '../eligibility/index';

const CITATION = 'Quyết định 12/2025/QĐ-UBND của tỉnh A, Điều 4';
const title = (code: string, extra: Record<string, unknown> = {}) => ({
  code,
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
  ...extra,
});

describeEngines('tenant awards (a province’s own titles and forms)', (env) => {
  it('an administrator adds a title; the next eligibility request judges it with its citation and money', async () => {
    const { app, fx, database } = env();
    for (const year of [2024, 2025])
      await database.db.insert(annualRating).values({
        tenantId: fx.tenantA,
        id: newId(),
        subjectType: 'PERSON',
        subjectId: fx.people.own,
        year,
        rating: 'HTXSNV',
      });
    const admin = await ApiClient.login(app, fx.tenantAdmin);
    const before = await admin.get(`/api/subjects/${fx.people.own}/eligibility?year=2025`);
    expect(before.status).toBe(200);
    expect(before.body.verdicts.map((v: { award: string }) => v.award)).not.toContain('CONG_DAN_UU_TU');

    const saved = await admin.post('/api/tenant-awards', title('CONG_DAN_UU_TU'));
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    expect(saved.body.version).toBe(1);

    const after = await admin.get(`/api/subjects/${fx.people.own}/eligibility?year=2025`);
    const verdict = after.body.verdicts.find((v: { award: string }) => v.award === 'CONG_DAN_UU_TU');
    expect(verdict).toMatchObject({ name: 'Công dân ưu tú tỉnh A', eligible: true, amountVnd: 2_340_000 });
    expect(verdict.reasons.map((r: { citation: string }) => r.citation)).toContain(CITATION);
    // Another tenant does not see it.
    const other = await ApiClient.login(app, `quantri.b.${fx.tenantAdmin.split('.').pop()}`);
    expect((await other.get('/api/tenant-awards')).body.items).toEqual([]);

    // Once given, it is in the person's history the engine reads (it was skipped as an unknown code,
    // so "one achievement, one award" could not see it), and the person's verdicts still come.
    await database.db.insert(award).values({
      tenantId: fx.tenantA,
      id: newId(),
      subjectType: 'PERSON',
      subjectId: fx.people.own,
      awardCode: 'CONG_DAN_UU_TU',
      year: 2025,
    });
    const histories = await loadHistories(
      database.db,
      fx.tenantA,
      [{ subjectType: 'PERSON', subjectId: fx.people.own }],
      2025,
    );
    expect(histories.get(fx.people.own)?.awards?.map((a) => [a.award, a.year])).toContainEqual([
      'CONG_DAN_UU_TU',
      2025,
    ]);
    const again = await admin.get(`/api/subjects/${fx.people.own}/eligibility?year=2025`);
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    expect(again.body.verdicts.length).toBe(after.body.verdicts.length);
  });

  it('a new version closes the previous one the day before; dates must move forward', async () => {
    const { app, fx } = env();
    const admin = await ApiClient.login(app, fx.tenantAdmin);
    expect((await admin.post('/api/tenant-awards', title('KNC_RIENG'))).status).toBe(201);
    const v2 = await admin.post(
      '/api/tenant-awards',
      title('KNC_RIENG', { coefficient: 1.5, effectiveFrom: '2026-01-01' }),
    );
    expect(v2.status, JSON.stringify(v2.body)).toBe(201);
    expect(v2.body.version).toBe(2);
    const items = (await admin.get('/api/tenant-awards')).body.items.filter(
      (i: { code: string }) => i.code === 'KNC_RIENG',
    );
    expect(items.map((i: { effectiveTo: string | null }) => i.effectiveTo)).toEqual(['2025-12-31', null]);
    const back = await admin.post('/api/tenant-awards', title('KNC_RIENG', { effectiveFrom: '2025-09-01' }));
    expect(back.status).toBe(409);
    expect(back.body.error.code).toBe('TENANT_AWARD_DATES');
  });

  it('refuses a law code, criteria outside the combinators or without a citation, and non-administrators', async () => {
    const { app, fx } = env();
    const admin = await ApiClient.login(app, fx.tenantAdmin);
    const law = await admin.post('/api/tenant-awards', title('GIAY_KHEN'));
    expect(law.status).toBe(409);
    expect(law.body.error.code).toBe('TENANT_AWARD_LAW_CODE');
    const bad = await admin.post(
      '/api/tenant-awards',
      title('RIENG_A', { criteria: { op: 'eval', code: '1' } }),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('TENANT_AWARD_INVALID_CRITERIA');
    expect(bad.body.error.details[0].message).toContain('Không có phép');
    const uncited = await admin.post(
      '/api/tenant-awards',
      title('RIENG_B', { criteria: { op: 'ratingAtLeast', min: 'HTXSNV' } }),
    );
    expect(uncited.body.error.details[0].path).toBe('criteria.citation');
    const lower = await admin.post('/api/tenant-awards', title('viet thuong'));
    expect(lower.status).toBe(400);
    expect(lower.body.error.code).toBe('INVALID_INPUT');
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    expect((await officer.post('/api/tenant-awards', title('RIENG_C'))).status).toBe(403);
  });
});
