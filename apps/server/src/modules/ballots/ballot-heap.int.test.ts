import { randomBytes } from 'node:crypto';
import { pageinspect } from '@electric-sql/pglite/contrib/pageinspect';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/query-rows';
import { ApiClient } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { addUnit, createFixtureUser, type Unit } from '../../test/fixtures';
import { seedProposal } from '../../test/proposal-seeds';
import { ctidOf, heapTuples, uuidHex } from '../../test/raw-heap';
import { addUser } from '../../test/workflow-fixtures';
import { useBallotSecret } from './ballot-key';

// Issue 15, "ballots that stay secret on disk". After a ballot is closed and its tables rewritten
// with VACUUM FULL, the raw pages (pageinspect on both engines) hold nothing that joins a choice
// to a voter: the opened choices share one transaction id that no participation row or vote
// event has, lie in an order fixed by the result alone, carry no time, and the sealed rows and
// the box's salt are gone. On the old design (a +1 on a counter in the voter's transaction) the
// counters' versions carried the voter's transaction id.

const TIME_TYPES = /date|time|interval/;
const BALLOT_TABLES = ['ballot_seal', 'ballot_box_key', 'ballot_choice'];

async function vacuumFull(db: Db, tables: string[]) {
  await db.execute(sql.raw(`VACUUM FULL ${tables.join(', ')}`));
}

/** Transaction ids of the live tuples of a table, read from its raw pages. */
const liveXmins = async (db: Db, table: string) =>
  (await heapTuples(db, table)).filter((t) => t.flags === 1).map((t) => t.xmin);

async function columnsWithTime(db: Db, tables: string[]) {
  const rows = await queryRows<{ table_name: string; column_name: string; data_type: string }>(
    db,
    sql`SELECT table_name, column_name, data_type FROM information_schema.columns
         WHERE table_schema = 'public' AND table_name IN (${sql.join(
           tables.map((t) => sql`${t}`),
           sql`, `,
         )})`,
  );
  expect(rows.length).toBeGreaterThan(0);
  return rows.filter((r) => TIME_TYPES.test(r.data_type));
}

/** The opened choices of a box in heap order (block, line pointer), decoded through their ctid. */
async function choicesInHeapOrder(db: Db, boxId: string) {
  const rows = await queryRows<{ ctid: string; question: string; choice: string }>(
    db,
    sql`SELECT ctid::text AS ctid, question_id AS question, choice FROM ballot_choice WHERE box_id = ${boxId}`,
  );
  const byCtid = new Map(rows.map((r) => [r.ctid, r]));
  const heap = (await heapTuples(db, 'ballot_choice')).filter((t) => byCtid.has(ctidOf(t)));
  expect(heap).toHaveLength(rows.length);
  return heap.map((t) => ({ ...t, ...(byCtid.get(ctidOf(t)) as { question: string; choice: string }) }));
}

describeEngines(
  'sealed ballots: the raw heap joins no choice to a voter',
  (env) => {
    // Seven members, two nominees; the cast order is chosen so that it differs from the order of
    // the result (question, then choice).
    const CAST: ['YES' | 'NO' | 'ABSTAIN', 'YES' | 'NO' | 'ABSTAIN'][] = [
      ['YES', 'NO'],
      ['NO', 'YES'],
      ['YES', 'ABSTAIN'],
      ['ABSTAIN', 'YES'],
      ['NO', 'YES'],
      ['YES', 'NO'],
      ['ABSTAIN', 'YES'],
    ];
    let members: { id: string; client: ApiClient }[];
    let secretary: ApiClient;
    let unitId: string;

    const newSession = async (title: string, n = 2) => {
      const { database, fx } = env();
      const ps = [];
      for (let i = 0; i < n; i += 1)
        ps.push(
          await seedProposal(database.db, fx, 'own', {
            state: 'COUNCIL_VOTE',
            requirements: { councilVote: true },
            appraised: true,
          }),
        );
      unitId = ps[0]!.unitId;
      const created = await secretary.post('/api/councils', {
        unitId,
        title,
        meetingOn: '2025-12-10',
        quorum: 5,
        members: members.map((m) => ({ userId: m.id, isPresent: true })),
        proposalIds: ps.map((p) => p.id),
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      return { id: created.body.id as string, items: ps.map((p) => p.itemId) };
    };
    const castAll = async (sessionId: string, items: string[], cast = CAST) => {
      for (const [i, m] of members.entries()) {
        const res = await m.client.post(`/api/councils/${sessionId}/ballots`, {
          choices: items.map((itemId, k) => ({ itemId, choice: cast[i]![k] })),
        });
        expect(res.status, JSON.stringify(res.body)).toBe(201);
      }
    };

    beforeAll(async () => {
      const { app, database, fx } = env();
      members = [];
      for (let i = 0; i < CAST.length; i += 1) {
        const u = await addUser(database.db, fx, 'COUNCIL_MEMBER', {
          unit: fx.other,
          name: `Ủy viên ${i + 1}`,
        });
        members.push({ id: u.id, client: await ApiClient.login(app, u.username) });
      }
      secretary = await ApiClient.login(app, fx.users.COUNCIL_SECRETARY);
    });

    describe('council session', () => {
      let session: { id: string; items: string[] };
      beforeAll(async () => {
        session = await newSession('Phiên họp: phiếu kín trên đĩa');
        await castAll(session.id, session.items);
      });

      it('while open, each choice is sealed, of one length, with no voter column and no counter moved', async () => {
        const db = env().database.db;
        const seals = await queryRows<{ question_id: string; sealed: string }>(
          db,
          sql`SELECT question_id, sealed FROM ballot_seal WHERE box_id = ${session.id}`,
        );
        expect(seals).toHaveLength(CAST.length * 2);
        expect(new Set(seals.map((s) => Buffer.from(s.sealed, 'base64').length)).size).toBe(1);
        for (const s of seals)
          expect(Buffer.from(s.sealed, 'base64').toString('latin1')).not.toMatch(/YES|NO|ABSTAIN/);
        const cols = await queryRows<{ column_name: string }>(
          db,
          sql`SELECT column_name FROM information_schema.columns WHERE table_name = 'ballot_seal' ORDER BY column_name`,
        );
        expect(cols.map((c) => c.column_name)).toEqual(['box_id', 'question_id', 'sealed', 'tenant_id']);
        // No counter is updated per vote: the agenda's counters still read 0 and none of their
        // tuple versions carries a voter's transaction id.
        const counters = await queryRows<{ n: number }>(
          db,
          sql`SELECT (yes + no + abstain)::int AS n FROM council_agenda_item WHERE session_id = ${session.id}`,
        );
        expect(counters.map((c) => c.n)).toEqual([0, 0]);
        const voterXids = new Set(await liveXmins(db, 'council_participation'));
        expect(voterXids.size).toBe(CAST.length);
        for (const t of await heapTuples(db, 'council_agenda_item'))
          expect(voterXids.has(t.xmin), 'a counter version written by a voter').toBe(false);
      });

      it('after close and VACUUM FULL, no transaction id, tuple order or timestamp joins a choice to a voter', async () => {
        const db = env().database.db;
        const closed = await secretary.post(`/api/councils/${session.id}/close`, { expectedVersion: 1 });
        expect(closed.status, JSON.stringify(closed.body)).toBe(200);
        const byItem = (k: number) => ({
          yes: CAST.filter((c) => c[k] === 'YES').length,
          no: CAST.filter((c) => c[k] === 'NO').length,
          abstain: CAST.filter((c) => c[k] === 'ABSTAIN').length,
        });
        for (const [k, itemId] of session.items.entries())
          expect(closed.body.agenda.find((a: { itemId: string }) => a.itemId === itemId)).toMatchObject(
            byItem(k),
          );

        await vacuumFull(db, [
          ...BALLOT_TABLES,
          'council_participation',
          'council_agenda_item',
          'audit_event',
        ]);

        // The sealed rows and the box's salt (its key) are gone from the pages.
        expect(await heapTuples(db, 'ballot_seal')).toEqual([]);
        expect(await heapTuples(db, 'ballot_box_key')).toEqual([]);

        // Transaction ids: every choice was written by the close, in one batch; no participation
        // row and no vote event has that id, and no voter's id is in any choice tuple's bytes.
        const choices = await choicesInHeapOrder(db, session.id);
        expect(choices).toHaveLength(CAST.length * 2);
        const choiceXids = new Set(choices.map((c) => c.xmin));
        expect(choiceXids.size).toBe(1);
        expect(choices.every((c) => c.xmax === '0')).toBe(true);
        const participation = await liveXmins(db, 'council_participation');
        expect(participation).toHaveLength(CAST.length * 2);
        const voteEvents = await queryRows<{ xmin: string }>(
          db,
          sql`SELECT xmin::text AS xmin FROM audit_event WHERE entity_id = ${session.id} AND action = 'council.vote'`,
        );
        expect(voteEvents).toHaveLength(CAST.length);
        const voterXids = new Set([...participation, ...voteEvents.map((e) => e.xmin)]);
        expect(voterXids.size).toBe(CAST.length);
        for (const x of choiceXids) expect(voterXids.has(x)).toBe(false);
        for (const c of choices) for (const m of members) expect(c.data).not.toContain(uuidHex(m.id));
        // The counters were written once, by the close, never by a voter.
        for (const t of await heapTuples(db, 'council_agenda_item'))
          expect(voterXids.has(t.xmin)).toBe(false);

        // Tuple order: the pages hold the choices sorted by question and choice — the same for
        // any cast order — and not in the order the members voted.
        const heapOrder = choices.map((c) => `${c.question}:${c.choice}`);
        expect(heapOrder).toEqual([...heapOrder].sort());
        const castOrder = session.items.flatMap((itemId, k) => CAST.map((c) => `${itemId}:${c[k]}`));
        const castOrderPerItem = session.items.map((id) => castOrder.filter((x) => x.startsWith(id)));
        const heapPerItem = session.items.map((id) => heapOrder.filter((x) => x.startsWith(id)));
        expect(heapPerItem).not.toEqual(castOrderPerItem);

        // Time: none of the ballot tables, nor the participation table, has a date or time column.
        expect(
          await columnsWithTime(db, [...BALLOT_TABLES, 'council_participation', 'council_agenda_item']),
        ).toEqual([]);
      });
    });

    describe('cluster vote', () => {
      it('after close and VACUUM FULL, the choices share the close’s transaction id and no unit’s ballot can be told apart', async () => {
        const { app, database, fx } = env();
        const db = database.db;
        const units: Unit[] = [];
        for (let i = 0; i < 5; i += 1)
          units.push(await addUnit(db, fx.tenantA, fx.root, `Sở cụm kín ${i + 1}`));
        const admin = await ApiClient.login(app, fx.tenantAdmin);
        const created = await admin.post('/api/clusters', {
          year: 2025,
          name: 'Cụm thi đua phiếu kín',
          kind: 'CUM',
          organiserLevel: 'TINH',
          organiserUnitId: fx.root.id,
          memberUnitIds: units.map((u) => u.id),
          headUnitId: units[0]!.id,
        });
        expect(created.status, JSON.stringify(created.body)).toBe(201);
        const clusterId = created.body.id as string;
        expect((await admin.post(`/api/clusters/${clusterId}/vote`, {})).status).toBe(201);
        // voter → candidate: unit 0 gets 3 votes, unit 1 gets 2; cast so the order differs from the result's.
        const votes: [number, number][] = [
          [1, 1],
          [2, 0],
          [3, 1],
          [4, 0],
          [0, 0],
        ];
        const officerIds: string[] = [];
        for (const [voter, choice] of votes) {
          const u = units[voter]!;
          const username = `canbo.kin.${voter}.${u.id.slice(-6)}`;
          officerIds.push(
            await createFixtureUser(db, fx.tenantA, {
              username,
              fullName: `Cán bộ ${voter}`,
              roles: ['UNIT_OFFICER'],
              unitId: u.id,
            }),
          );
          const officer = await ApiClient.login(app, username);
          const res = await officer.post(`/api/clusters/${clusterId}/vote/ballots`, {
            voterUnitId: u.id,
            candidateUnitId: units[choice]!.id,
          });
          expect(res.status, JSON.stringify(res.body)).toBe(201);
        }
        const voteId = (await admin.get(`/api/clusters/${clusterId}`)).body.vote.id as string;
        const seals = await queryRows<{ n: number }>(
          db,
          sql`SELECT count(*)::int AS n FROM ballot_seal WHERE box_id = ${voteId}`,
        );
        expect(seals[0]?.n).toBe(5);
        const version = (await admin.get(`/api/clusters/${clusterId}`)).body.vote.version;
        const closed = await admin.post(`/api/clusters/${clusterId}/vote/close`, { version });
        expect(closed.status, JSON.stringify(closed.body)).toBe(200);
        expect(closed.body.vote.result.winnerUnitId).toBe(units[0]!.id);
        const tallies = Object.fromEntries(
          closed.body.vote.candidates.map((c: { unitId: string; votes: number }) => [c.unitId, c.votes]),
        );
        expect(tallies[units[0]!.id]).toBe(3);
        expect(tallies[units[1]!.id]).toBe(2);

        await vacuumFull(db, [...BALLOT_TABLES, 'cluster_vote_participation', 'cluster_vote_candidate']);
        expect(await heapTuples(db, 'ballot_seal')).toEqual([]);
        expect(await heapTuples(db, 'ballot_box_key')).toEqual([]);
        const choices = await choicesInHeapOrder(db, voteId);
        expect(choices).toHaveLength(5);
        expect(new Set(choices.map((c) => c.xmin)).size).toBe(1);
        const voterXids = new Set(await liveXmins(db, 'cluster_vote_participation'));
        const events = await queryRows<{ xmin: string }>(
          db,
          sql`SELECT xmin::text AS xmin FROM audit_event WHERE entity_id = ${voteId} AND action = 'cluster.vote'`,
        );
        for (const e of events) voterXids.add(e.xmin);
        expect(voterXids.size).toBe(5);
        expect(voterXids.has(choices[0]!.xmin)).toBe(false);
        for (const t of await heapTuples(db, 'cluster_vote_candidate'))
          expect(voterXids.has(t.xmin)).toBe(false);
        for (const c of choices) for (const id of officerIds) expect(c.data).not.toContain(uuidHex(id));
        const heapOrder = choices.map((c) => c.choice);
        expect(heapOrder).toEqual([...heapOrder].sort());
        expect(heapOrder).not.toEqual(votes.map(([, c]) => units[c]!.id));
        expect(await columnsWithTime(db, ['cluster_vote_participation', 'cluster_vote_candidate'])).toEqual(
          [],
        );
      });
    });

    describe('a restart without VINHDANH_BALLOT_SECRET', () => {
      it('cannot open the seals: the close says so, the box is emptied, and the members vote again', async () => {
        const db = env().database.db;
        const session = await newSession('Phiên họp: khóa niêm phong mất', 1);
        await castAll(session.id, session.items);
        // What a restart does when the secret lives only in the process: a new one is drawn.
        useBallotSecret(randomBytes(32));
        const lost = await secretary.post(`/api/councils/${session.id}/close`, { expectedVersion: 1 });
        expect(lost.status).toBe(409);
        expect(lost.body.error.code).toBe('BALLOT_SEAL_LOST');
        expect(lost.body.error.message).toContain('cần bỏ phiếu lại');
        const view = await secretary.get(`/api/councils/${session.id}`);
        expect(view.body).toMatchObject({ status: 'OPEN' });
        expect(view.body.agenda[0].votedCount).toBe(0);
        const left = await queryRows<{ n: number }>(
          db,
          sql`SELECT count(*)::int AS n FROM ballot_seal WHERE box_id = ${session.id}`,
        );
        expect(left[0]?.n).toBe(0);
        const event = await queryRows<{ after: string }>(
          db,
          sql`SELECT after::text AS after FROM audit_event WHERE entity_id = ${session.id} AND action = 'ballot.sealLost'`,
        );
        expect(event.map((e) => JSON.parse(e.after))).toEqual([{ discardedSeals: CAST.length }]);
        // The members vote again, and the close counts the new ballots.
        await castAll(session.id, session.items);
        const closed = await secretary.post(`/api/councils/${session.id}/close`, { expectedVersion: 1 });
        expect(closed.status, JSON.stringify(closed.body)).toBe(200);
        expect(closed.body.agenda[0]).toMatchObject({ yes: 3, no: 2, abstain: 2 });
      });
    });
  },
  { pgliteExtensions: { pageinspect } },
);
