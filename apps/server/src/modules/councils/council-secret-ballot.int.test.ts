import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { queryRows } from '../../db/query-rows';
import { ApiClient } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { seedProposal } from '../../test/proposal-seeds';
import { addUser } from '../../test/workflow-fixtures';

// Secret ballot (law.md §6.4, bỏ phiếu kín): after real votes, nothing stored — in any table of the
// database, nor in the audit log — ties a member to the choice they made.

// Five members: the smallest council the default parameter allows (councilMinMembers).
const CHOICES = ['YES', 'NO', 'ABSTAIN', 'YES', 'NO'] as const;

describeEngines('council: ballots cannot be linked to voters', (env) => {
  let sessionId: string;
  let itemId: string;
  let members: { id: string; client: ApiClient }[];

  beforeAll(async () => {
    const { app, database, fx } = env();
    const p = await seedProposal(database.db, fx, 'own', {
      state: 'COUNCIL_VOTE',
      requirements: { councilVote: true },
      appraised: true,
    });
    itemId = p.itemId;
    members = [];
    for (let i = 0; i < CHOICES.length; i += 1) {
      const u = await addUser(database.db, fx, 'COUNCIL_MEMBER', {
        unit: fx.other,
        name: `Ủy viên ${i + 1}`,
      });
      members.push({ id: u.id, client: await ApiClient.login(app, u.username) });
    }
    const secretary = await ApiClient.login(app, fx.users.COUNCIL_SECRETARY);
    const created = await secretary.post('/api/councils', {
      unitId: p.unitId,
      title: 'Phiên họp bỏ phiếu kín',
      meetingOn: '2025-12-10',
      quorum: 3,
      members: members.map((m) => ({ userId: m.id, isPresent: true })),
      proposalIds: [p.id],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    sessionId = created.body.id;
    for (const [i, m] of members.entries()) {
      const res = await m.client.post(`/api/councils/${sessionId}/ballots`, {
        choices: [{ itemId, choice: CHOICES[i] }],
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(JSON.stringify(res.body)).not.toMatch(/YES|NO|ABSTAIN/);
    }
  });

  it("a member's second vote is refused with ALREADY_VOTED, and the tally is unchanged", async () => {
    const again = await members[0]?.client.post(`/api/councils/${sessionId}/ballots`, {
      choices: [{ itemId, choice: 'NO' }],
    });
    expect(again?.status).toBe(409);
    expect(again?.body.error.code).toBe('ALREADY_VOTED');
    const view = await members[1]?.client.get(`/api/councils/${sessionId}`);
    expect(view?.body.agenda[0]).toMatchObject({ votedCount: 5, canIVote: false });
  });

  it('no row of any table holds both a member and a choice', async () => {
    const db = env().database.db;
    const tables = await queryRows<{ name: string }>(
      db,
      sql`SELECT table_name AS name FROM information_schema.tables
          WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    expect(tables.length).toBeGreaterThan(10);
    const memberIds = members.map((m) => m.id);
    let rowsWithMember = 0;
    for (const { name } of tables) {
      const rows = await queryRows<{ j: string }>(
        db,
        sql`SELECT row_to_json(t)::text AS j FROM ${sql.identifier(name)} t`,
      );
      for (const { j } of rows) {
        if (!memberIds.some((id) => j.includes(id))) continue;
        rowsWithMember += 1;
        // A row naming a member carries no choice, as a value or as a counter column.
        expect(j, name).not.toMatch(/"(YES|NO|ABSTAIN)"/);
        expect(Object.keys(JSON.parse(j)), name).not.toEqual(
          expect.arrayContaining([expect.stringMatching(/^(yes|no|abstain|choice)$/)]),
        );
      }
    }
    // The members are there (users, council membership, participation, audit), just never with a choice.
    expect(rowsWithMember).toBeGreaterThanOrEqual(memberIds.length * 3);
  });

  it('the participation rows carry no id, time or sequence to order them against the tallies', async () => {
    const columns = await queryRows<{ column_name: string }>(
      env().database.db,
      sql`SELECT column_name FROM information_schema.columns
          WHERE table_schema = 'public' AND table_name = 'council_participation' ORDER BY column_name`,
    );
    expect(columns.map((c) => c.column_name)).toEqual(['item_id', 'session_id', 'tenant_id', 'user_id']);
  });

  it('the audit events of the votes name member and item only, never the choice', async () => {
    const events = await queryRows<{ action: string; after: string; before: string | null }>(
      env().database.db,
      sql`SELECT action, after::text AS after, before::text AS before FROM audit_event
          WHERE entity_id = ${sessionId} AND action = 'council.vote'`,
    );
    expect(events).toHaveLength(CHOICES.length);
    for (const e of events) {
      expect(Object.keys(JSON.parse(e.after)).sort()).toEqual(['itemIds', 'memberUserId']);
      expect(`${e.after}${e.before ?? ''}`).not.toMatch(/YES|NO|ABSTAIN|choice/i);
    }
  });

  it('the tallies are exact once the session is closed', async () => {
    const { app, fx } = env();
    const secretary = await ApiClient.login(app, fx.users.COUNCIL_SECRETARY);
    const closed = await secretary.post(`/api/councils/${sessionId}/close`, { expectedVersion: 1 });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body.agenda[0]).toMatchObject({ yes: 2, no: 2, abstain: 1 });
  });
});
