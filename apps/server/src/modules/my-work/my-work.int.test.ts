import type { Role } from '@vinhdanh/domain/auth/roles';
import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { appUser, proposal, proposalComponent, publicComment } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { ApiClient } from '../../test/client';
import { seedComplaint } from '../../test/complaint-samples';
import { describeEngines } from '../../test/engines';
import type { Fixture } from '../../test/fixtures';
import { seedProposal, seedSession } from '../../test/proposal-seeds';
import type { Scope } from '../../test/route-samples';

// "Việc chờ tôi xử lý" for each role of the fixture (all scoped to unit `own`): the same work is
// seeded inside the subtree, in a sibling unit and in another tenant; each role must see its own
// kinds for the work inside, and nothing of the rest.

type Seeded = Record<string, string>;

async function userIdOf(db: Db, username: string) {
  const [u] = await db.select({ id: appUser.id }).from(appUser).where(eq(appUser.username, username));
  if (!u) throw new Error(username);
  return u.id;
}

async function seedWork(db: Db, fx: Fixture, scope: Scope, member: string, handler: string): Promise<Seeded> {
  const at = async (state: string, extra: Parameters<typeof seedProposal>[3] = { state }) =>
    (await seedProposal(db, fx, scope, { ...extra, state })).id;
  const s: Seeded = {
    returned: await at('RETURNED'),
    draft: await at('DRAFT'),
    submitted: await at('SUBMITTED'),
    appraisal: await at('APPRAISAL'),
    publicComment: await at('PUBLIC_COMMENT', {
      state: 'PUBLIC_COMMENT',
      publicCommentUntil: '2026-12-15',
      requirements: { publicComment: true },
    }),
    decision: await at('DECISION_PENDING'),
    proposedUp: await at('PROPOSED_UP'),
    convene: await at('COUNCIL_VOTE', { state: 'COUNCIL_VOTE', requirements: { councilVote: true } }),
  };
  const pc = await seedProposal(db, fx, scope, { state: 'PUBLIC_COMMENT', publicCommentUntil: '2026-12-20' });
  await db.insert(publicComment).values({
    tenantId: pc.tenantId,
    id: newId(),
    proposalId: pc.id,
    itemId: pc.itemId,
    name: 'Người góp ý',
    contact: 'gopy@example.vn',
    text: 'Đề nghị xem lại thành tích năm 2025.',
  });
  s.comments = pc.id;
  // A decision two weeks late: it must come first in the leader's queue.
  await db
    .update(proposal)
    .set({ dueOn: '2026-11-20' })
    .where(and(eq(proposal.tenantId, pc.tenantId), eq(proposal.id, s.decision ?? '')));
  s.session = (await seedSession(db, fx, scope, member, { meetingOn: '2026-12-10' })).id;
  s.classify = await seedComplaint(db, fx, scope);
  s.conclude = await seedComplaint(db, fx, scope, { state: 'ACCEPTED', handler });
  return s;
}

const EXPECTED: Partial<Record<Role, [string, keyof Seeded & string][]>> = {
  UNIT_OFFICER: [
    ['PROPOSAL_RETURNED', 'returned'],
    ['PROPOSAL_TO_SUBMIT', 'draft'],
  ],
  APPRAISER: [
    ['PROPOSAL_TO_RECEIVE', 'submitted'],
    ['PROPOSAL_TO_APPRAISE', 'appraisal'],
    ['PUBLIC_COMMENT_TO_CLOSE', 'publicComment'],
    ['PUBLIC_COMMENT_TO_CLOSE', 'comments'],
    ['COMMENTS_TO_TRIAGE', 'comments'],
  ],
  COUNCIL_SECRETARY: [
    ['COUNCIL_TO_CONVENE', 'convene'],
    ['COUNCIL_TO_CLOSE', 'session'],
  ],
  COUNCIL_MEMBER: [['BALLOT_TO_CAST', 'session']],
  LEADER: [
    ['DECISION_TO_SIGN', 'decision'],
    ['EXTERNAL_DECISION_TO_RECORD', 'proposedUp'],
  ],
  COMPLAINT_HANDLER: [
    ['COMPLAINT_TO_CLASSIFY', 'classify'],
    ['COMPLAINT_TO_CONCLUDE', 'conclude'],
  ],
};

describeEngines('my work queue', (env) => {
  let inside: Seeded;
  let outside: Seeded[];

  beforeAll(async () => {
    const { database, fx } = env();
    const db = database.db;
    const member = fx.users.COUNCIL_MEMBER;
    const handler = await userIdOf(db, fx.users.COMPLAINT_HANDLER);
    inside = await seedWork(db, fx, 'own', member, handler);
    // The sibling unit's council sits without our member; its complaint is assigned to nobody of ours.
    outside = [
      await seedWork(db, fx, 'otherUnit', '', newId()),
      await seedWork(db, fx, 'otherTenant', '', newId()),
    ];
  });

  for (const [role, expected] of Object.entries(EXPECTED) as [Role, [string, string][]][]) {
    it(`shows the ${role} its own work inside its subtree and nothing outside`, async () => {
      const { app, fx } = env();
      const client = await ApiClient.login(app, fx.users[role]);
      const res = await client.request('GET', '/api/my-work');
      expect(res.status).toBe(200);
      const got = (res.body.items as { kind: string; refId: string }[]).map((i) => `${i.kind}:${i.refId}`);
      expect(got.sort()).toEqual(expected.map(([kind, key]) => `${kind}:${inside[key]}`).sort());
      const foreign = new Set(outside.flatMap((o) => Object.values(o)));
      expect(got.filter((g) => foreign.has(g.split(':')[1] ?? ''))).toEqual([]);
      const counts = Object.fromEntries(
        (res.body.counts as { kind: string; n: number }[]).map((c) => [c.kind, c.n]),
      );
      for (const [kind] of expected) expect(counts[kind]).toBe(expected.filter(([k]) => k === kind).length);
      expect(res.body.total).toBe(expected.length);
    });
  }

  it('puts the overdue decision first, with its working days counted past the due date', async () => {
    const { app, fx } = env();
    const leader = await ApiClient.login(app, fx.users.LEADER);
    const res = await leader.request('GET', '/api/my-work');
    const [first] = res.body.items;
    expect(first).toMatchObject({
      kind: 'DECISION_TO_SIGN',
      refId: inside.decision,
      dueOn: '2026-11-20',
      isOverdue: true,
      dayCount: 'WORKING',
      link: `/ho-so-de-nghi/${inside.decision}`,
    });
    expect(first.daysLeft).toBeLessThan(0);
    expect(res.body.overdue).toBe(1);
  });

  it("gives the unit's leader the generated minutes of the leader's own unit to confirm", async () => {
    const { app, fx, database } = env();
    const db = database.db;
    const p = await seedProposal(db, fx, 'own', { state: 'UNIT_REVIEW' });
    await db
      .update(proposal)
      .set({ submittingUnitId: fx.own.id })
      .where(and(eq(proposal.tenantId, p.tenantId), eq(proposal.id, p.id)));
    await db.insert(proposalComponent).values({
      tenantId: p.tenantId,
      proposalId: p.id,
      name: 'Biên bản xét khen thưởng',
      isGenerated: true,
    });
    const leader = await ApiClient.login(app, fx.users.LEADER);
    const res = await leader.request('GET', '/api/my-work');
    const minutes = res.body.items.filter((i: { kind: string }) => i.kind === 'MINUTES_TO_CONFIRM');
    expect(minutes.map((i: { refId: string }) => i.refId)).toEqual([p.id]);
    // The officer of the unit sees the same dossier as one still to submit.
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const mine = (await officer.request('GET', '/api/my-work')).body.items;
    expect(
      mine.some((i: { kind: string; refId: string }) => i.kind === 'PROPOSAL_TO_SUBMIT' && i.refId === p.id),
    ).toBe(true);
  });

  it('gives a viewer and a tenant administrator an empty queue, not a refusal', async () => {
    const { app, fx } = env();
    for (const username of [fx.users.VIEWER, fx.tenantAdmin]) {
      const client = await ApiClient.login(app, username);
      const res = await client.request('GET', '/api/my-work');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ total: 0, items: [], counts: [] });
    }
  });
});
