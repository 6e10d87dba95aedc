import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { auditEvent } from '../../db/schema/index';
import { ApiClient } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { addUnit, createFixtureUser } from '../../test/fixtures';
import { fileBody, realPdf } from '../../test/upload-files';

describeEngines('cluster scoring', (env) => {
  /** A cluster of three units under the root; the head's officer cross-scores. */
  async function setup() {
    const { app, fx, database } = env();
    const db = database.db;
    const [head, b, c] = [
      await addUnit(db, fx.tenantA, fx.root),
      await addUnit(db, fx.tenantA, fx.root),
      await addUnit(db, fx.tenantA, fx.root),
    ];
    const admin = await ApiClient.login(app, fx.tenantAdmin);
    const created = await admin.post('/api/clusters', {
      year: 2025,
      name: 'Cụm thi đua các sở',
      kind: 'CUM',
      organiserLevel: 'TINH',
      organiserUnitId: fx.root.id,
      memberUnitIds: [head.id, b.id, c.id],
      headUnitId: head.id,
      tieBreak: 'CROSS_SCORE',
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    const tpl = await admin.request('POST', `/api/clusters/${id}/template`, {
      name: 'Bảng chấm điểm 2025',
      criteria: [
        {
          groupName: 'I. Chuyên môn',
          code: '1.1',
          name: 'Kết quả nhiệm vụ',
          kind: 'STANDARD',
          maxPoints: 60,
        },
        {
          groupName: 'II. Thi đua',
          code: '2.1',
          name: 'Tổ chức phong trào',
          kind: 'STANDARD',
          maxPoints: 40,
        },
        { groupName: 'III. Thưởng', code: '3.1', name: 'Điểm thưởng', kind: 'BONUS', maxPoints: 5 },
      ],
    });
    expect(tpl.status).toBe(200);
    const criteria: string[] = tpl.body.template.criteria.map((x: { id: string }) => x.id);
    const officerOf = async (unit: { id: string }, name: string) => {
      const username = `${name}.${unit.id.slice(-6)}`;
      await createFixtureUser(db, fx.tenantA, {
        username,
        fullName: `Cán bộ ${name}`,
        roles: ['UNIT_OFFICER'],
        unitId: unit.id,
      });
      return ApiClient.login(app, username);
    };
    return { admin, id, head, b, c, criteria, officerOf };
  }

  it('refuses a submission until every criterion is scored, naming what is missing; zero counts', async () => {
    const s = await setup();
    const officer = await s.officerOf(s.b, 'canbo.b');
    const sheet = { memberUnitId: s.b.id, assessorUnitId: s.b.id };
    const saved = await officer.request('POST', `/api/clusters/${s.id}/scores`, {
      ...sheet,
      entries: [{ criterionId: s.criteria[0], value: 75 }],
    });
    expect(saved.status).toBe(200);
    expect(saved.body.cells[0].value).toBe(60); // clamped to the maximum
    let res = await officer.post(`/api/clusters/${s.id}/scores/submit`, sheet);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('SCORES_INCOMPLETE');
    expect(res.body.error.message).toBe('Chưa chấm 1 tiêu chí: 2.1 Tổ chức phong trào.');
    await officer.request('POST', `/api/clusters/${s.id}/scores`, {
      ...sheet,
      entries: [{ criterionId: s.criteria[1], value: 0 }],
    });
    res = await officer.post(`/api/clusters/${s.id}/scores/submit`, sheet);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('SUBMITTED');
    // Another member's sheet is outside this officer's unit.
    const other = await officer.request('POST', `/api/clusters/${s.id}/scores`, {
      memberUnitId: s.c.id,
      assessorUnitId: s.c.id,
      entries: [{ criterionId: s.criteria[0], value: 10 }],
    });
    expect(other.status).toBe(403);
  });

  it('refuses to edit a submitted score without a reason; with one, keeps old → new and who in the audit', async () => {
    const s = await setup();
    const headOfficer = await s.officerOf(s.head, 'canbo.truong');
    const sheet = { memberUnitId: s.c.id, assessorUnitId: s.head.id };
    const saved = await headOfficer.request('POST', `/api/clusters/${s.id}/scores`, {
      ...sheet,
      entries: [
        { criterionId: s.criteria[0], value: 50 },
        { criterionId: s.criteria[1], value: 30 },
      ],
    });
    expect(saved.status).toBe(200);
    expect(saved.body.kind).toBe('CROSS');
    await headOfficer.post(`/api/clusters/${s.id}/scores/submit`, sheet);
    const cell = (
      await headOfficer.get(`/api/clusters/${s.id}/scores?memberUnitId=${s.c.id}&assessorUnitId=${s.head.id}`)
    ).body.cells[0];
    expect(cell.status).toBe('SUBMITTED');

    let res = await headOfficer.patch(`/api/scores/${cell.scoreId}`, { version: cell.version, value: 45 });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('SCORE_REASON_REQUIRED');
    res = await headOfficer.patch(`/api/scores/${cell.scoreId}`, {
      version: cell.version,
      value: 45,
      reason: 'Minh chứng tiêu chí 1.1 chưa đầy đủ',
    });
    expect(res.status).toBe(200);
    expect(res.body.value).toBe(45);

    const { database, fx } = env();
    const events = await database.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.tenantId, fx.tenantA), eq(auditEvent.entityId, cell.scoreId)));
    const change = events.find((e) => e.action === 'score.change');
    expect(change?.before).toMatchObject({ value: 50 });
    expect(change?.after).toMatchObject({ value: 45, reason: 'Minh chứng tiêu chí 1.1 chưa đầy đủ' });
    expect(change?.actorId).toBeTruthy();

    const diff = await s.admin.get(`/api/clusters/${s.id}/score-changes`);
    expect(diff.body.items).toEqual([
      expect.objectContaining({
        oldValue: 50,
        newValue: 45,
        criterionCode: '1.1',
        changedByName: 'Cán bộ canbo.truong',
      }),
    ]);
    // A member that is neither head nor assessor may not cross-score.
    const bOfficer = await s.officerOf(s.b, 'canbo.b2');
    const refused = await bOfficer.request('POST', `/api/clusters/${s.id}/scores`, {
      memberUnitId: s.c.id,
      assessorUnitId: s.b.id,
      entries: [{ criterionId: s.criteria[0], value: 10 }],
    });
    expect(refused.body.error.code).toBe('NOT_CLUSTER_ASSESSOR');
  });

  it('ranks members on the board, lists who has not submitted, and keeps evidence files', async () => {
    const s = await setup();
    const save = (m: { id: string }, a: { id: string }, v: [number, number]) =>
      s.admin.request('POST', `/api/clusters/${s.id}/scores`, {
        memberUnitId: m.id,
        assessorUnitId: a.id,
        entries: [
          { criterionId: s.criteria[0], value: v[0] },
          { criterionId: s.criteria[1], value: v[1] },
        ],
      });
    const saved = await save(s.b, s.b, [55, 35]);
    await s.admin.post(`/api/clusters/${s.id}/scores/submit`, {
      memberUnitId: s.b.id,
      assessorUnitId: s.b.id,
    });
    await save(s.c, s.c, [58, 38]);
    await save(s.c, s.head, [50, 30]);
    const ev = await s.admin.post(
      `/api/scores/${saved.body.cells[0].scoreId}/evidence?name=bao-cao.pdf`,
      fileBody(realPdf(), 'application/pdf'),
    );
    expect(ev.status).toBe(201);
    expect(ev.body.sha256).toMatch(/^[0-9a-f]{64}$/);
    const page = await s.admin.get(`/api/clusters/${s.id}`);
    const ranking = page.body.board.ranking.map((r: { unitId: string; total: number; rank: number }) => [
      r.unitId,
      r.total,
      r.rank,
    ]);
    expect(ranking).toEqual([
      [s.b.id, 90, 1],
      [s.c.id, 80, 2],
      [s.head.id, 0, 3],
    ]);
    expect(page.body.board.notSubmitted.map((u: { id: string }) => u.id).sort()).toEqual(
      [s.head.id, s.c.id].sort(),
    );
    const sheet = await s.admin.get(
      `/api/clusters/${s.id}/scores?memberUnitId=${s.b.id}&assessorUnitId=${s.b.id}`,
    );
    expect(sheet.body.cells[0].evidence).toEqual([expect.objectContaining({ name: 'bao-cao.pdf' })]);
  });
});
