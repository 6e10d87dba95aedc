import { expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { annualRating, award, signedDocument, storedFile } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { ApiClient } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { addPerson } from '../../test/fixtures';

type Verdict = { award: string; eligible: boolean };

/** A year's rating and, when given, LĐTT: the base CSTĐCS stands on (Law 2022, Điều 23). */
async function yearOf(db: Db, tenantId: string, subjectId: string, year: number, rating: 'HTTNV' | 'HTXSNV') {
  await db
    .insert(annualRating)
    .values({ tenantId, id: newId(), subjectType: 'PERSON', subjectId, year, rating });
  await db.insert(award).values({
    tenantId,
    id: newId(),
    subjectType: 'PERSON',
    subjectId,
    awardCode: 'LDTT',
    year,
    decisionDate: `${year + 1}-01-10`,
  });
}

async function eligible(client: ApiClient, id: string, code: string): Promise<boolean> {
  const res = await client.get(`/api/subjects/${id}/eligibility?year=2024`);
  expect(res.status).toBe(200);
  const verdict = res.body.verdicts.find((v: Verdict) => v.award === code) as Verdict | undefined;
  expect(verdict).toBeDefined();
  return verdict?.eligible === true;
}

const initiativeBody = (personId: string, over: Record<string, unknown>) => ({
  title: 'Số hóa sổ theo dõi thi đua',
  type: 'SANG_KIEN',
  scope: 'CO_SO',
  year: 2024,
  isApplied: true,
  authors: [{ personId, sharePct: 100 }],
  ...over,
});

describeEngines('eligibility: initiatives an award used, accepted topics (issue 12, rule 7)', (env) => {
  it('an initiative used by an earlier award no longer grounds CSTĐCS (CV 5007/BNV-TĐKT III.5.c)', async () => {
    const { app, fx, database } = env();
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const id = await addPerson(database.db, fx.tenantA, fx.ownChild.id, 'Mạc Thị Thoa', {
      recruitedOn: '2015-09-01',
    });
    // HTTNV, not HTXSNV: under ND 98 the initiative is CSTĐCS's only ground.
    await yearOf(database.db, fx.tenantA, id, 2024, 'HTTNV');
    const init = await officer.post('/api/initiatives', initiativeBody(id, {}));
    expect(init.status).toBe(201);
    expect(init.body.isAccepted).toBe(true);
    expect(await eligible(officer, id, 'CSTDCS')).toBe(true);

    const gk = await officer.post('/api/awards', {
      subjectId: id,
      awardCode: 'GIAY_KHEN',
      year: 2024,
      achievement: 'Sáng kiến số hóa sổ theo dõi',
      initiativesUsed: [init.body.id],
    });
    expect(gk.status).toBe(201);
    expect(gk.body.initiativesUsed).toEqual([init.body.id]);
    expect(await eligible(officer, id, 'CSTDCS')).toBe(false);
    const timeline = await officer.get(`/api/people/${id}/timeline`);
    const forms = timeline.body.years.flatMap((y: { forms: { id: string }[] }) => y.forms);
    expect(forms.find((f: { id: string }) => f.id === gk.body.id).initiativesUsed).toEqual([init.body.id]);

    // One initiative, one award: a second award may not rest on it.
    const again = await officer.post('/api/awards', {
      subjectId: id,
      awardCode: 'BK_BO_TINH',
      year: 2024,
      initiativesUsed: [init.body.id],
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('INITIATIVE_ALREADY_USED');
    expect(again.body.error.message).toMatch(/không dùng lại/);

    // Somebody else's initiative is no ground for this person's award.
    const other = await addPerson(database.db, fx.tenantA, fx.ownChild.id, 'Lý Văn Tùng');
    const theirs = await officer.post('/api/initiatives', initiativeBody(other, { title: 'Sổ tay số' }));
    const foreign = await officer.post('/api/awards', {
      subjectId: id,
      awardCode: 'GIAY_KHEN',
      year: 2023,
      initiativesUsed: [theirs.body.id],
    });
    expect(foreign.status).toBe(422);
    expect(foreign.body.error.code).toBe('INITIATIVE_NOT_OF_SUBJECT');
    expect(foreign.body.error.details[0]).toMatchObject({ path: 'initiativesUsed' });
    const malformed = await officer.post('/api/awards', {
      subjectId: id,
      awardCode: 'GIAY_KHEN',
      year: 2023,
      initiativesUsed: ['không-phải-mã'],
    });
    expect(malformed.status).toBe(400);

    // Revoking the award frees its initiative again.
    const revoked = await officer.post(`/api/awards/${gk.body.id}/revoke`, {
      version: gk.body.version,
      ground: 'A',
      revokedOn: '2025-03-01',
    });
    expect(revoked.status).toBe(200);
    expect(await eligible(officer, id, 'CSTDCS')).toBe(true);
  });

  it('a topic accepted but not applied grounds CSTĐCS, not Bằng khen (Law 2022, Điều 23.2, Điều 74)', async () => {
    const { app, fx, database } = env();
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const a = await addPerson(database.db, fx.tenantA, fx.ownChild.id, 'Đàm Thị Uyên', {
      recruitedOn: '2015-09-01',
    });
    await yearOf(database.db, fx.tenantA, a, 2024, 'HTTNV');
    const topic = await officer.post(
      '/api/initiatives',
      initiativeBody(a, { type: 'DE_TAI', title: 'Đề tài đánh giá phong trào', isApplied: false }),
    );
    expect(topic.status).toBe(201);
    expect(await eligible(officer, a, 'CSTDCS')).toBe(true);
    const notAccepted = await officer.patch(`/api/initiatives/${topic.body.id}`, {
      version: topic.body.version,
      isAccepted: false,
    });
    expect(notAccepted.status).toBe(200);
    expect(notAccepted.body.isAccepted).toBe(false);
    expect(await eligible(officer, a, 'CSTDCS')).toBe(false);

    // Bằng khen (Đ74.1.d): two HTXSNV years with two topics; accepted is not enough, they must be applied.
    const b = await addPerson(database.db, fx.tenantA, fx.ownChild.id, 'Tạ Văn Vinh', {
      recruitedOn: '2015-09-01',
    });
    const topics: { id: string; version: number }[] = [];
    for (const year of [2023, 2024]) {
      await yearOf(database.db, fx.tenantA, b, year, 'HTXSNV');
      const t = await officer.post(
        '/api/initiatives',
        initiativeBody(b, { type: 'DE_TAI', title: `Đề tài năm ${year}`, year, isApplied: false }),
      );
      expect(t.status).toBe(201);
      topics.push(t.body);
    }
    expect(await eligible(officer, b, 'BK_BO_TINH')).toBe(false);
    for (const t of topics) {
      const applied = await officer.patch(`/api/initiatives/${t.id}`, {
        version: t.version,
        isApplied: true,
      });
      expect(applied.status).toBe(200);
    }
    expect(await eligible(officer, b, 'BK_BO_TINH')).toBe(true);
  });

  it('an award of a signed decision takes its initiatives, and nothing else (they are printed nowhere)', async () => {
    const { app, fx, database } = env();
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const id = await addPerson(database.db, fx.tenantA, fx.ownChild.id, 'Kiều Thị Mai');
    const init = await officer.post('/api/initiatives', initiativeBody(id, { title: 'Phần mềm chấm công' }));
    const decision = await officer.post('/api/decisions', {
      number: '31/QĐ-SGD',
      signedOn: '2025-01-20',
      issuer: 'Sở Giáo dục',
    });
    expect(decision.status).toBe(201);
    const given = await officer.post('/api/awards', {
      subjectId: id,
      awardCode: 'GIAY_KHEN',
      year: 2024,
      decisionId: decision.body.id,
    });
    expect(given.status).toBe(201);
    // Signed: the decision is a closed legal document from now on.
    const fileId = newId();
    await database.db.insert(storedFile).values({
      tenantId: fx.tenantA,
      id: fileId,
      name: 'qd-31.pdf',
      mimeType: 'application/pdf',
      sizeBytes: 1,
      sha256: 'x'.repeat(64),
      storageKey: `test/${fileId}`,
    });
    await database.db.insert(signedDocument).values({
      tenantId: fx.tenantA,
      id: newId(),
      kind: 'DECISION',
      decisionId: decision.body.id,
      fileId,
      sha256: 'x'.repeat(64),
      method: 'SEAL',
      signerName: 'Giám đốc',
      signerCertificateSha256: 'y'.repeat(64),
      signedAt: new Date(),
      signedBy: newId(),
    });
    const grounds = await officer.patch(`/api/awards/${given.body.id}`, {
      version: given.body.version,
      initiativesUsed: [init.body.id],
    });
    expect(grounds.status, JSON.stringify(grounds.body)).toBe(200);
    expect(grounds.body.initiativesUsed).toEqual([init.body.id]);
    const other = await officer.patch(`/api/awards/${given.body.id}`, {
      version: grounds.body.version,
      achievement: 'Sửa thành tích sau khi ký',
    });
    expect(other.body.error.code).toBe('DECISION_SIGNED');
  });
});
