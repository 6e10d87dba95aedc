import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import {
  appUser,
  councilAgendaItem,
  councilMember,
  councilSession,
  loginName,
  proposal,
  proposalItem,
} from '../db/schema/index';
import { newId } from '../lib/ids';
import type { Fixture } from './fixtures';
import type { SampleSpec, Scope } from './route-samples';

// Rows for the proposal workflow's samples and tests (a proposal in a given state, a council
// session, a leader), built directly in the database inside or outside the actor's subtree.

export function target(fx: Fixture, scope: Scope) {
  if (scope === 'own') return { tenantId: fx.tenantA, unitId: fx.ownChild.id, person: fx.people.own };
  if (scope === 'otherUnit') return { tenantId: fx.tenantA, unitId: fx.other.id, person: fx.people.other };
  return { tenantId: fx.tenantB, unitId: fx.unitB.id, person: fx.people.tenantB };
}

export type Seed = {
  state: string;
  levels?: number;
  requirements?: Partial<{ publicComment: boolean; councilVote: boolean; proposeUp: boolean }>;
  components?: string[];
  appraised?: boolean;
  publicCommentUntil?: string;
};

/** A proposal of one LĐTT item for the scope's person, decided by the submitting unit itself. */
export async function seedProposal(db: Db, fx: Fixture, scope: Scope, seed: Seed) {
  const t = target(fx, scope);
  const id = newId();
  const itemId = newId();
  await db.insert(proposal).values({
    tenantId: t.tenantId,
    id,
    kind: 'CONG_TRANG',
    title: 'Hồ sơ mẫu',
    year: 2025,
    submittingUnitId: t.unitId,
    levels: Array.from({ length: seed.levels ?? 1 }, () => t.unitId),
    deciderRole: 'THU_TRUONG_DON_VI',
    ruleSetId: 'LTDKT-2022+ND-152-2025',
    state: seed.state,
    requirements: {
      publicComment: false,
      councilVote: false,
      simplified: false,
      proposeUp: false,
      ...seed.requirements,
    },
    components: seed.components ?? [],
    stepEnteredOn: '2025-12-01',
    publicCommentUntil: seed.publicCommentUntil ?? null,
    createdBy: newId(),
  });
  await db.insert(proposalItem).values({
    tenantId: t.tenantId,
    id: itemId,
    proposalId: id,
    subjectType: 'PERSON',
    subjectId: t.person,
    subjectName: 'Người được đề nghị',
    unitId: t.unitId,
    awardCode: 'LDTT',
    appraisal: seed.appraised ? 'CONFIRMED' : 'PENDING',
    appraisedEligible: seed.appraised ? true : null,
  });
  return { id, itemId, tenantId: t.tenantId, unitId: t.unitId, person: t.person };
}

async function userId(db: Db, username: string, fx: Fixture) {
  const [u] = await db
    .select({ id: appUser.id })
    .from(appUser)
    .where(eq(appUser.username, username || fx.tenantAdmin));
  return u?.id ?? newId();
}

/** An account holding the leader role at the scope's unit: the one who signs its decisions. */
export async function leaderAt(db: Db, tenantId: string, unitId: string) {
  const id = newId();
  // Usernames are claimed in the global login_name table first (its foreign key).
  await db.insert(loginName).values({ username: `lanhdao.${id.slice(-12)}`, tenantId });
  await db.insert(appUser).values({
    tenantId,
    id,
    username: `lanhdao.${id.slice(-12)}`,
    fullName: 'Lãnh đạo đơn vị',
    passwordHash: 'not-a-login',
    roles: ['LEADER'],
    unitId,
    scopeUnitId: unitId,
  });
  return id;
}

/** Five council-member accounts of the scope's tenant (the default minimum council), never signed in. */
export async function councilMemberIds(db: Db, fx: Fixture, scope: Scope) {
  const t = target(fx, scope);
  const ids: string[] = [];
  for (let i = 0; i < 5; i += 1) {
    const id = newId();
    await db.insert(loginName).values({ username: `uyvien.${id.slice(-12)}`, tenantId: t.tenantId });
    await db.insert(appUser).values({
      tenantId: t.tenantId,
      id,
      username: `uyvien.${id.slice(-12)}`,
      fullName: `Ủy viên ${i + 1}`,
      passwordHash: 'not-a-login',
      roles: ['COUNCIL_MEMBER'],
      unitId: t.unitId,
      scopeUnitId: t.unitId,
    });
    ids.push(id);
  }
  return ids;
}

export async function seedSession(
  db: Db,
  fx: Fixture,
  scope: Scope,
  username: string,
  opts: { closed?: boolean; absent?: boolean; meetingOn?: string },
) {
  const p = await seedProposal(db, fx, scope, {
    state: 'COUNCIL_VOTE',
    requirements: { councilVote: true },
    appraised: true,
  });
  const id = newId();
  await db.insert(councilSession).values({
    tenantId: p.tenantId,
    id,
    unitId: p.unitId,
    title: 'Phiên họp mẫu',
    meetingOn: opts.meetingOn ?? '2025-12-10',
    quorum: 1,
    status: opts.closed ? 'CLOSED' : 'OPEN',
    createdBy: newId(),
  });
  const member = await userId(db, username, fx);
  await db
    .insert(councilMember)
    .values({ tenantId: p.tenantId, sessionId: id, userId: member, isPresent: !opts.absent });
  await db
    .insert(councilAgendaItem)
    .values({ tenantId: p.tenantId, sessionId: id, itemId: p.itemId, proposalId: p.id });
  return { id, itemId: p.itemId, member };
}

let n = 0;
export const unique = () => {
  n += 1;
  return `${Date.now().toString(36)}${n}`;
};
export const v1 = { expectedVersion: 1 };

export const onState = (
  action: string,
  seed: Seed,
  body: (p: Awaited<ReturnType<typeof seedProposal>>) => unknown = () => v1,
): SampleSpec => ({
  kind: 'scoped',
  build: async ({ db, fx, scope }) => {
    const p = await seedProposal(db, fx, scope, seed);
    return { path: `/api/proposals/${p.id}/${action}`, body: body(p) };
  },
});
