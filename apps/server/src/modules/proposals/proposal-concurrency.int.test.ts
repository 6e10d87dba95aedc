import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { queryRows } from '../../db/query-rows';
import { proposalItem } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { ApiClient } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { leaderAt, seedProposal } from '../../test/proposal-seeds';
import { addUser } from '../../test/workflow-fixtures';

// Optimistic concurrency with real concurrent requests. On PostgreSQL the requests run on separate
// pooled connections at the same time; PGlite has one connection and serialises them, which must
// give the same outcome.

const ROUNDS = 8;

describeEngines('proposal: two appraisers at once', (env) => {
  let first: ApiClient;
  let second: ApiClient;

  beforeAll(async () => {
    const { app, database, fx } = env();
    first = await ApiClient.login(app, fx.users.APPRAISER);
    const other = await addUser(database.db, fx, 'APPRAISER', { unit: fx.own, scope: fx.own });
    second = await ApiClient.login(app, other.username);
  });

  it('exactly one wins, the other gets VERSION_CONFLICT, and nothing is lost', async () => {
    const { database, fx } = env();
    for (let round = 0; round < ROUNDS; round += 1) {
      // Two items under appraisal; each appraiser takes one, both from version 1.
      const p = await seedProposal(database.db, fx, 'own', { state: 'APPRAISAL' });
      const secondItem = newId();
      await database.db.insert(proposalItem).values({
        tenantId: fx.tenantA,
        id: secondItem,
        proposalId: p.id,
        subjectType: 'PERSON',
        subjectId: fx.people.own,
        subjectName: 'Người thứ hai',
        unitId: p.unitId,
        awardCode: 'CSTDCS',
        engineEligible: true,
      });
      const confirm = (expectedVersion: number) =>
        first.post(`/api/proposals/${p.id}/appraise-item`, { expectedVersion, itemId: p.itemId });
      const override = (expectedVersion: number) =>
        second.post(`/api/proposals/${p.id}/appraise-item`, {
          expectedVersion,
          itemId: secondItem,
          override: { eligible: false, reason: 'Sáng kiến chưa được công nhận' },
        });
      const [a, b] = await Promise.all([confirm(1), override(1)]);
      expect([a.status, b.status].sort(), JSON.stringify([a.body, b.body])).toEqual([200, 409]);
      const loserIsFirst = a.status === 409;
      expect((loserIsFirst ? a : b).body.error.code).toBe('VERSION_CONFLICT');
      const events = () =>
        queryRows<{ detail: { itemId: string } }>(
          database.db,
          sql`SELECT detail FROM proposal_event WHERE tenant_id = ${fx.tenantA} AND proposal_id = ${p.id}`,
        );
      const winnerItem = loserIsFirst ? secondItem : p.itemId;
      expect((await events()).map((e) => e.detail.itemId)).toEqual([winnerItem]);
      const audit = await queryRows<{ action: string }>(
        database.db,
        sql`SELECT action FROM audit_event WHERE tenant_id = ${fx.tenantA} AND entity_id = ${p.id}`,
      );
      expect(audit.map((e) => e.action)).toEqual([
        loserIsFirst ? 'proposal.overrideItem' : 'proposal.confirmItem',
      ]);
      // The loser reloads and acts on version 2: both appraisals are kept, neither overwritten.
      const retry = loserIsFirst ? await confirm(2) : await override(2);
      expect(retry.status, JSON.stringify(retry.body)).toBe(200);
      expect(retry.body.version).toBe(3);
      const byId = new Map(retry.body.items.map((i: { id: string }) => [i.id, i]));
      expect(byId.get(p.itemId)).toMatchObject({ appraisal: 'CONFIRMED' });
      expect(byId.get(secondItem)).toMatchObject({ appraisal: 'OVERRIDDEN', appraisedEligible: false });
      expect(new Set((await events()).map((e) => e.detail.itemId))).toEqual(new Set([p.itemId, secondItem]));
    }
  });
});

describeEngines('decision numbers: 50 concurrent issuances', (env) => {
  it('are unique and gap-free per tenant and year (1..50), and restart the next year', async () => {
    const { app, database, fx } = env();
    const leader = await ApiClient.login(app, fx.users.LEADER);
    // The seeded proposals are decided by the school (fx.ownChild): its leader signs.
    const signerUserId = await leaderAt(database.db, fx.tenantA, fx.ownChild.id);
    const seeded = [];
    for (let i = 0; i < 50; i += 1)
      seeded.push(await seedProposal(database.db, fx, 'own', { state: 'DECISION_PENDING', appraised: true }));
    const results = await Promise.all(
      seeded.map((p) =>
        leader.post('/api/decisions/issue', {
          proposalId: p.id,
          expectedVersion: 1,
          signedOn: '2025-12-20',
          signerUserId,
          signer: 'Thủ trưởng đơn vị',
          approvedItemIds: [p.itemId],
        }),
      ),
    );
    for (const r of results) expect(r.status, JSON.stringify(r.body)).toBe(201);
    const numbers = results.map((r) => r.body.decision.seq as number).sort((x, y) => x - y);
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const printed = new Set(results.map((r) => r.body.decision.number));
    expect(printed.size).toBe(50);
    const register = await queryRows<{ n: number }>(
      database.db,
      sql`SELECT count(DISTINCT number)::int AS n FROM decision WHERE tenant_id = ${fx.tenantA}`,
    );
    expect(register[0]?.n).toBe(50);
    // A new year starts a new register: 1/QĐ-UBND again, beside 2025's 1/QĐ-UBND.
    const next = await seedProposal(database.db, fx, 'own', { state: 'DECISION_PENDING', appraised: true });
    const first2026 = await leader.post('/api/decisions/issue', {
      proposalId: next.id,
      expectedVersion: 1,
      signedOn: '2026-01-05',
      signerUserId,
      signer: 'Thủ trưởng đơn vị',
      approvedItemIds: [next.itemId],
    });
    expect(first2026.status, JSON.stringify(first2026.body)).toBe(201);
    expect(first2026.body.decision).toMatchObject({ seq: 1, number: '1/QĐ-UBND' });
  });
});
