// Issue 12, rule 12: award codes are no longer a closed list. A province's own title, added as data by its
// administrator, is proposed, appraised and decided through the workflow like the law's; the decision
// records it with its money and prints its name (and the provincial regulation) in the .docx; records,
// pledges and the catalogue accept it; an unknown code is refused with AWARD_NOT_IN_CATALOGUE.
import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { annualRating, award } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { todayVn } from '../../platform/clock';
import { ApiClient, type Response } from '../../test/client';
import { docxText, readDocxPart } from '../../test/docx-read';
import { describeEngines } from '../../test/engines';
import { addPerson } from '../../test/fixtures';
import { addUser, attachComponents } from '../../test/workflow-fixtures';

const CODE = 'CONG_DAN_UU_TU';
const NAME = 'Công dân ưu tú tỉnh A';
const CITATION = 'Quyết định 12/2025/QĐ-UBND của Ủy ban nhân dân tỉnh A, Điều 4';
const YEAR = 2025;

const ok = (res: Response, status = 200) => {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body;
};

const provincialTitle = {
  code: CODE,
  name: NAME,
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
  effectiveFrom: '2025-01-01',
};

describeEngines('a province’s own award through proposal, decision and records (issue 12)', (env) => {
  it('is proposed, decided and recorded end to end; the decision .docx prints its name and regulation', async () => {
    const { app, fx, database } = env();
    const db = database.db;
    const admin = await ApiClient.login(app, fx.tenantAdmin);
    ok(await admin.post('/api/tenant-awards', provincialTitle), 201);

    const nominee = await addPerson(db, fx.tenantA, fx.own.id, 'Lý Thị Hạnh');
    for (const year of [YEAR - 1, YEAR])
      await db.insert(annualRating).values({
        tenantId: fx.tenantA,
        id: newId(),
        subjectType: 'PERSON',
        subjectId: nominee,
        year,
        rating: 'HTXSNV',
      });

    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const base = {
      kind: 'CONG_TRANG',
      title: `Đề nghị công nhận ${NAME} năm ${YEAR}`,
      year: YEAR,
      submittingUnitId: fx.own.id,
    };
    // A code nobody defined is refused with the stable code, on the item's field.
    const unknown = await officer.post('/api/proposals', {
      ...base,
      items: [{ subjectType: 'PERSON', subjectId: nominee, awardCode: 'KHONG_CO_MA_NAY' }],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.code).toBe('AWARD_NOT_IN_CATALOGUE');
    expect(unknown.body.error.details[0].path).toBe('items.0.awardCode');

    const created = ok(
      await officer.post('/api/proposals', {
        ...base,
        items: [{ subjectType: 'PERSON', subjectId: nominee, awardCode: CODE }],
      }),
      201,
    );
    const p0 = created.proposals[0];
    // Routed by the province's decider: the Sở's dossier goes to the province.
    expect(p0.levels).toEqual([fx.root.id]);
    expect(p0.items[0]).toMatchObject({ awardCode: CODE, engineEligible: true });

    const appraiser = await ApiClient.login(app, (await addUser(db, fx, 'APPRAISER')).username);
    const leader = await ApiClient.login(app, (await addUser(db, fx, 'LEADER')).username);
    let version = (await attachComponents(officer, p0.id, [], await ApiClient.login(app, fx.users.LEADER)))
      .version as number;
    const act = async (path: string, client: ApiClient, body: Record<string, unknown> = {}) => {
      const p = ok(
        await client.post(`/api/proposals/${p0.id}/${path}`, { expectedVersion: version, ...body }),
      );
      version = p.version;
      return p;
    };
    await act('submit-for-review', officer);
    await act('submit', officer);
    await act('receive', appraiser);
    await act('start-appraisal', appraiser);
    await act('appraise-item', appraiser, { itemId: p0.items[0].id });
    const done = await act('complete-appraisal', appraiser);
    expect(done.state).toBe('DECISION_PENDING');

    const issued = ok(
      await leader.post('/api/decisions/issue', {
        proposalId: p0.id,
        expectedVersion: version,
        signedOn: todayVn(),
        signer: 'Chủ tịch UBND tỉnh',
        approvedItemIds: [p0.items[0].id],
      }),
      201,
    );
    expect(issued.proposal.state).toBe('DECIDED');

    // The award is on the record with the province's money (1 × base salary, rounded by the money rule).
    const [row] = await db
      .select()
      .from(award)
      .where(and(eq(award.tenantId, fx.tenantA), eq(award.subjectId, nominee)));
    expect(row).toMatchObject({ awardCode: CODE, year: YEAR, decisionId: issued.decision.id });
    expect(row?.amountVnd).toBeGreaterThan(0);

    const docx = await leader.get(`/api/decisions/${issued.decision.id}/documents/quyet-dinh.docx`);
    expect(docx.status, JSON.stringify(docx.body)).toBe(200);
    const text = docxText(await readDocxPart(Buffer.from(docx.body as ArrayBuffer), 'word/document.xml'));
    expect(text).toContain(`Về việc công nhận danh hiệu "${NAME}" năm ${YEAR}`);
    expect(text).toContain(`Điều 1. Công nhận danh hiệu "${NAME}" năm ${YEAR} cho 1 cá nhân`);
    expect(text).toContain(`Căn cứ ${CITATION};`);
    expect(text).toContain('Lý Thị Hạnh');
    expect(text).not.toContain(CODE);

    // The person's timeline and the council-free money summary name it too.
    const timeline = ok(await leader.get(`/api/people/${nominee}/timeline`));
    expect(JSON.stringify(timeline)).toContain(NAME);
    const money = ok(await leader.get(`/api/decisions/${issued.decision.id}/money-summary`));
    expect(money.byAward).toEqual([expect.objectContaining({ awardCode: CODE, awardName: NAME, count: 1 })]);
  });

  it('records, pledges and the catalogue accept the province’s code; an unknown code is refused', async () => {
    const { app, fx } = env();
    const admin = await ApiClient.login(app, fx.tenantAdmin);
    // Its own code: the engine's database is shared by the tests of this file.
    const CODE = 'DOANH_NHAN_TIEU_BIEU';
    ok(await admin.post('/api/tenant-awards', { ...provincialTitle, code: CODE }), 201);
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);

    const record = { subjectId: fx.people.own, kind: 'CONG_TRANG', year: YEAR };
    const saved = ok(await officer.post('/api/awards', { ...record, awardCode: CODE }), 201);
    expect(saved.awardCode).toBe(CODE);
    const refused = await officer.post('/api/awards', { ...record, awardCode: 'KHONG_CO_MA_NAY' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('AWARD_NOT_IN_CATALOGUE');
    // Not in force before its regulation: a 2024 record of it is refused.
    const early = await officer.post('/api/awards', { ...record, awardCode: CODE, year: 2024 });
    expect(early.body.error.code).toBe('AWARD_NOT_IN_CATALOGUE');

    const pledge = await officer.post('/api/registrations', {
      year: YEAR,
      unitId: fx.ownChild.id,
      personId: fx.people.own,
      targetAwards: ['LDTT', CODE],
    });
    expect(pledge.status, JSON.stringify(pledge.body)).toBe(201);
    const badPledge = await officer.post('/api/registrations', {
      year: YEAR,
      unitId: fx.ownChild.id,
      targetAwards: ['KHONG_CO_MA_NAY'],
    });
    expect(badPledge.body.error.code).toBe('AWARD_NOT_IN_CATALOGUE');

    const catalogue = ok(await officer.get(`/api/award-catalogue?year=${YEAR}`));
    expect(catalogue.items).toContainEqual(
      expect.objectContaining({ code: CODE, name: NAME, source: 'TENANT', proposable: true, inForce: true }),
    );
    expect(catalogue.items).toContainEqual(expect.objectContaining({ code: 'LDTT', source: 'LAW' }));
    // Before its first version the code is still listed, to name old records, but not in force.
    const before = ok(await officer.get('/api/award-catalogue?year=2024'));
    expect(before.items).toContainEqual(expect.objectContaining({ code: CODE, inForce: false }));
  });
});
