import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { queryRows } from '../../db/query-rows';
import { cluster, clusterVote, proposal, proposalItem } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { ApiClient } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { addUnit, createFixtureUser, type Unit } from '../../test/fixtures';

// The vote for a cluster's leading unit (suy tôn) through the API: a secret ballot of the member
// units, the result recorded on the cluster, the leader proposed for Cờ thi đua in one step (the
// engine sees the leadership), and the province's Cờ CP cap on submission.

describeEngines('cluster vote for the leading unit', (env) => {
  let admin: ApiClient;
  let clusterId: string;
  let units: Unit[];
  /** voter index → candidate index; nobody votes for itself. A gets 3 of 5. */
  const CHOICES: [number, number][] = [
    [1, 0],
    [2, 0],
    [3, 0],
    [0, 1],
    [4, 2],
  ];
  const officers: { id: string; client: ApiClient }[] = [];

  beforeAll(async () => {
    const { app, fx, database } = env();
    const db = database.db;
    units = [];
    for (let i = 0; i < 5; i += 1)
      units.push(await addUnit(db, fx.tenantA, fx.root, `Sở thành viên ${i + 1}`));
    admin = await ApiClient.login(app, fx.tenantAdmin);
    const created = await admin.post('/api/clusters', {
      year: 2025,
      name: 'Cụm thi đua các sở',
      kind: 'CUM',
      organiserLevel: 'TINH',
      organiserUnitId: fx.root.id,
      memberUnitIds: units.map((u) => u.id),
      headUnitId: units[0]!.id,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    clusterId = created.body.id;
    for (const [i, u] of units.entries()) {
      const username = `canbo.vote.${i}.${u.id.slice(-6)}`;
      const id = await createFixtureUser(db, fx.tenantA, {
        username,
        fullName: `Cán bộ đơn vị ${i + 1}`,
        roles: ['UNIT_OFFICER'],
        unitId: u.id,
      });
      officers.push({ id, client: await ApiClient.login(app, username) });
    }
    const opened = await admin.post(`/api/clusters/${clusterId}/vote`, {});
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    expect(opened.body.vote.candidates).toHaveLength(5);
    for (const [voter, choice] of CHOICES) {
      const res = await officers[voter]!.client.post(`/api/clusters/${clusterId}/vote/ballots`, {
        voterUnitId: units[voter]!.id,
        candidateUnitId: units[choice]!.id,
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(JSON.stringify(res.body)).not.toContain(units[choice]!.id);
    }
  });

  it('shows who has voted but never how, and no tallies while the vote is open', async () => {
    const view = (await officers[0]!.client.get(`/api/clusters/${clusterId}`)).body.vote;
    expect(view.status).toBe('OPEN');
    expect(view.votedCount).toBe(5);
    expect(view.voters.every((v: { hasVoted: boolean }) => v.hasVoted)).toBe(true);
    for (const c of view.candidates) expect(c).not.toHaveProperty('votes');
    expect(view.myVoterUnits).toEqual([]);
    expect(view.result).toBeNull();
  });

  it("refuses a unit's second ballot (ALREADY_VOTED), a non-member's ballot and another unit's ballot", async () => {
    const again = await officers[1]!.client.post(`/api/clusters/${clusterId}/vote/ballots`, {
      voterUnitId: units[1]!.id,
      candidateUnitId: units[2]!.id,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('ALREADY_VOTED');
    const forOther = await officers[1]!.client.post(`/api/clusters/${clusterId}/vote/ballots`, {
      voterUnitId: units[2]!.id,
      candidateUnitId: units[0]!.id,
    });
    expect(forOther.status).toBe(403);
    const notCandidate = await officers[1]!.client.post(`/api/clusters/${clusterId}/vote/ballots`, {
      voterUnitId: units[1]!.id,
      candidateUnitId: env().fx.own.id,
    });
    expect(notCandidate.status).toBe(400);
  });

  it('no row of any table, nor any audit event, ties a voting unit or its officer to its choice', async () => {
    const db = env().database.db;
    const tables = await queryRows<{ name: string }>(
      db,
      sql`SELECT table_name AS name FROM information_schema.tables
          WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    const all = units.map((u) => u.id);
    let seen = 0;
    for (const { name } of tables) {
      const rows = await queryRows<{ j: string }>(
        db,
        sql`SELECT row_to_json(t)::text AS j FROM ${sql.identifier(name)} t`,
      );
      for (const { j } of rows) {
        for (const [voter, choice] of CHOICES) {
          const chosen = units[choice]!.id;
          // The officer (a user) never appears with the unit it voted for.
          if (j.includes(officers[voter]!.id)) {
            seen += 1;
            expect(j.includes(chosen), `${name}: ${j}`).toBe(false);
          }
          // The voting unit appears with its choice only in rows naming every member (membership lists).
          if (j.includes(units[voter]!.id) && j.includes(chosen))
            expect(
              all.every((id) => j.includes(id)),
              `${name}: ${j}`,
            ).toBe(true);
        }
      }
    }
    expect(seen).toBeGreaterThanOrEqual(CHOICES.length * 2);
    const columns = await queryRows<{ column_name: string }>(
      db,
      sql`SELECT column_name FROM information_schema.columns
          WHERE table_schema = 'public' AND table_name = 'cluster_vote_participation' ORDER BY column_name`,
    );
    expect(columns.map((c) => c.column_name)).toEqual(['tenant_id', 'unit_id', 'vote_id']);
    const events = await queryRows<{ after: string }>(
      db,
      sql`SELECT after::text AS after FROM audit_event WHERE action = 'cluster.vote'`,
    );
    expect(events.length).toBeGreaterThanOrEqual(CHOICES.length);
    for (const e of events) expect(Object.keys(JSON.parse(e.after))).toEqual(['voterUnitId']);
  });

  it('records the winner on the cluster with the tallies once closed, and proposes it for Cờ thi đua tỉnh in one step', async () => {
    const { database, fx } = env();
    const before = (await admin.get(`/api/clusters/${clusterId}`)).body;
    const closed = await admin.post(`/api/clusters/${clusterId}/vote/close`, {
      version: before.vote.version,
    });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body.leadingUnitId).toBe(units[0]!.id);
    expect(closed.body.vote.result).toMatchObject({ winnerUnitId: units[0]!.id, tieBroken: false });
    expect(closed.body.vote.result.text).toContain('3/5 phiếu');
    const votes = Object.fromEntries(
      closed.body.vote.candidates.map((c: { unitId: string; votes: number }) => [c.unitId, c.votes]),
    );
    expect(votes).toEqual({
      [units[0]!.id]: 3,
      [units[1]!.id]: 1,
      [units[2]!.id]: 1,
      [units[3]!.id]: 0,
      [units[4]!.id]: 0,
    });
    const late = await officers[0]!.client.post(`/api/clusters/${clusterId}/vote/ballots`, {
      voterUnitId: units[0]!.id,
      candidateUnitId: units[1]!.id,
    });
    expect(late.body.error.code).toBe('CLUSTER_VOTE_CLOSED');

    const proposed = await admin.post(`/api/clusters/${clusterId}/vote/proposal`, {});
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    expect(proposed.body).toMatchObject({ kind: 'CONG_TRANG', state: 'DRAFT', submittingUnitId: fx.root.id });
    expect(proposed.body.items).toHaveLength(1);
    const item = proposed.body.items[0];
    expect(item).toMatchObject({
      subjectType: 'COLLECTIVE',
      subjectId: units[0]!.id,
      awardCode: 'CO_BO_TINH',
    });
    // The engine's verdict reads the leadership from the recorded vote.
    const verdict = JSON.stringify(item.verdict);
    expect(verdict).toContain('Dẫn đầu cụm, khối thi đua do bộ, ban, ngành, tỉnh tổ chức năm 2025');
    expect(verdict).not.toContain('Không dẫn đầu cụm');
    const list = await admin.get('/api/proposals');
    expect(list.body.items.map((p: { id: string }) => p.id)).toContain(proposed.body.id);
    const view = (await admin.get(`/api/clusters/${clusterId}`)).body.vote;
    expect(view.proposalId).toBe(proposed.body.id);
    const twice = await admin.post(`/api/clusters/${clusterId}/vote/proposal`, {});
    expect(twice.body.error.code).toBe('CLUSTER_LEADER_ALREADY_PROPOSED');
    const [row] = await queryRows<{ n: number }>(
      database.db,
      sql`SELECT count(*)::int AS n FROM proposal WHERE tenant_id = ${fx.tenantA} AND title LIKE 'Đề nghị tặng Cờ thi đua%'`,
    );
    expect(row!.n).toBe(1);
  });

  it('caps Cờ thi đua Chính phủ at 20% of 12 cluster leaders, rounded down: the third proposal is refused', async () => {
    const { database, fx } = env();
    const db = database.db;
    const year = 2026;
    const leaders: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      const unit = await addUnit(db, fx.tenantA, fx.root, `Đơn vị dẫn đầu ${i + 1}`);
      const id = newId();
      await db.insert(cluster).values({
        tenantId: fx.tenantA,
        id,
        year,
        name: `Cụm ${i + 1}`,
        kind: 'CUM',
        organiserLevel: 'TINH',
        organiserUnitId: fx.root.id,
        leadingUnitId: unit.id,
      });
      await db.insert(clusterVote).values({
        tenantId: fx.tenantA,
        id: newId(),
        clusterId: id,
        year,
        status: 'CLOSED',
        winnerUnitId: unit.id,
        resultText: 'Dẫn đầu',
        openedBy: newId(),
      });
      leaders.push(unit.id);
    }
    const submit = async (subjectId: string) => {
      const id = newId();
      await db.insert(proposal).values({
        tenantId: fx.tenantA,
        id,
        kind: 'CONG_TRANG',
        title: 'Đề nghị Cờ thi đua của Chính phủ',
        year,
        submittingUnitId: fx.root.id,
        levels: [fx.root.id],
        deciderRole: 'THU_TUONG',
        ruleSetId: 'LTDKT-2022+ND-152-2025',
        state: 'UNIT_REVIEW',
        requirements: { publicComment: false, councilVote: false, simplified: false, proposeUp: true },
        components: [],
        stepEnteredOn: '2026-12-01',
        createdBy: newId(),
      });
      await db.insert(proposalItem).values({
        tenantId: fx.tenantA,
        id: newId(),
        proposalId: id,
        subjectType: 'COLLECTIVE',
        subjectId,
        subjectName: 'Đơn vị dẫn đầu',
        unitId: subjectId,
        awardCode: 'CO_CP',
      });
      // The seeded leaders have no history the engine would accept: the officer confirms them.
      return admin.post(`/api/proposals/${id}/submit`, {
        expectedVersion: 1,
        ineligibleReason: 'Đơn vị dẫn đầu cụm thi đua, Hội đồng xem xét',
      });
    };
    expect((await submit(leaders[0]!)).status).toBe(200);
    expect((await submit(leaders[1]!)).status).toBe(200);
    const third = await submit(leaders[2]!);
    expect(third.status).toBe(409);
    expect(third.body.error.code).toBe('CO_CP_CAP_EXCEEDED');
    expect(third.body.error.message).toContain('tối đa 20% số đơn vị dẫn đầu cụm, khối');
    expect(third.body.error.message).toContain('12 đơn vị × 20% = 2,4, làm tròn xuống còn 2');
    expect(third.body.error.message).toContain('Đã trình 2, hồ sơ này thêm 1');
  });
});
