import type { Role } from '@vinhdanh/domain/auth/roles';
import type { Db } from '../db/client';
import { annualRating, award, initiative, initiativeAuthor } from '../db/schema/index';
import { newId } from '../lib/ids';
import { ApiClient } from './client';
import type { TestEnv } from './engines';
import { addPerson, createFixtureUser, type Fixture, type Unit } from './fixtures';

// Province-level actors and nominee histories for the proposal workflow tests. The fixture's own
// users are scoped to the Sở; an award the province decides is appraised, voted and issued at the
// root, so these users are scoped to the root (as the demo's thamdinh, thuky, hoidong, lanhdao).

let counter = 0;

export async function addUser(
  db: Db,
  fx: Fixture,
  role: Role,
  opts: { unit?: Unit; scope?: Unit; name?: string } = {},
) {
  counter += 1;
  const username = `${role.toLowerCase().replace(/_/g, '.')}.tinh.${counter}.${newId().slice(-6)}`;
  const id = await createFixtureUser(db, fx.tenantA, {
    username,
    fullName: opts.name ?? `${role} tỉnh ${counter}`,
    roles: [role],
    unitId: (opts.unit ?? fx.root).id,
    scopeUnitId: (opts.scope ?? fx.root).id,
  });
  return { id, username };
}

/**
 * History that makes a person eligible for Chiến sĩ thi đua cấp tỉnh in `year`: CSTĐ cơ sở in the
 * three years up to `year` and an applied initiative of provincial scope (law case T6).
 */
export async function seedCstdBoTinhHistory(db: Db, tenantId: string, personId: string, year: number) {
  for (const y of [year - 2, year - 1, year]) {
    await db.insert(annualRating).values({
      tenantId,
      id: newId(),
      subjectType: 'PERSON',
      subjectId: personId,
      year: y,
      rating: 'HTXSNV',
    });
    await db.insert(award).values({
      tenantId,
      id: newId(),
      subjectType: 'PERSON',
      subjectId: personId,
      awardCode: 'CSTDCS',
      year: y,
    });
  }
  const initiativeId = newId();
  await db.insert(initiative).values({
    tenantId,
    id: initiativeId,
    title: `Sáng kiến cấp tỉnh ${initiativeId.slice(-4)}`,
    scope: 'BO_TINH',
    year,
  });
  await db.insert(initiativeAuthor).values({ tenantId, initiativeId, personId });
}

export type Province = {
  officer: ApiClient;
  appraiser: ApiClient;
  appraiser2: ApiClient;
  secretary: ApiClient;
  leader: ApiClient;
  /** The leader of the nominees' unit (fx.own): confirms the generated review minutes. */
  unitLeader: ApiClient;
  /** Five council members; `members[0]` works in the nominees' unit (conflict of interest). */
  members: { id: string; client: ApiClient }[];
  nominees: { eligible: string[]; ineligible: string };
};

/** Signed-in province actors, and three nominees in the Sở: two eligible for CSTĐ tỉnh, one not. */
export async function setUpProvince(env: TestEnv, year: number): Promise<Province> {
  const { app, database, fx } = env;
  const db = database.db;
  const login = (u: { username: string }) => ApiClient.login(app, u.username);
  const eligible = [
    await addPerson(db, fx.tenantA, fx.own.id, 'Phạm Thị Thu'),
    await addPerson(db, fx.tenantA, fx.own.id, 'Vũ Văn Nam'),
  ];
  for (const id of eligible) await seedCstdBoTinhHistory(db, fx.tenantA, id, year);
  const ineligible = await addPerson(db, fx.tenantA, fx.own.id, 'Đỗ Minh Khoa');
  const members = [];
  members.push(await addUser(db, fx, 'COUNCIL_MEMBER', { unit: fx.own, name: 'Thành viên Sở Giáo dục' }));
  for (let i = 0; i < 4; i += 1)
    members.push(await addUser(db, fx, 'COUNCIL_MEMBER', { unit: fx.other, name: `Thành viên ${i + 2}` }));
  return {
    officer: await ApiClient.login(app, fx.users.UNIT_OFFICER),
    appraiser: await login(await addUser(db, fx, 'APPRAISER')),
    appraiser2: await login(await addUser(db, fx, 'APPRAISER')),
    secretary: await login(await addUser(db, fx, 'COUNCIL_SECRETARY')),
    leader: await login(await addUser(db, fx, 'LEADER')),
    unitLeader: await ApiClient.login(app, fx.users.LEADER),
    members: await Promise.all(members.map(async (m) => ({ id: m.id, client: await login(m) }))),
    nominees: { eligible, ineligible },
  };
}

/**
 * Marks every required component as generated (no file written), except those in `skip`; the unit's
 * leader confirms the generated minutes draft, without which it does not count.
 */
export async function attachComponents(
  client: ApiClient,
  proposalId: string,
  skip: string[] = [],
  unitLeader?: ApiClient,
) {
  let p = (await client.get(`/api/proposals/${proposalId}`)).body;
  for (const c of p.components as { name: string; present: boolean }[]) {
    if (c.present || skip.includes(c.name)) continue;
    const res = await client.post(`/api/proposals/${proposalId}/components`, {
      expectedVersion: p.version,
      component: c.name,
      generated: true,
    });
    if (res.status !== 200) throw new Error(`component ${c.name}: ${JSON.stringify(res.body)}`);
    p = res.body;
  }
  for (const c of p.components as { name: string; awaitingConfirmation: boolean }[]) {
    if (!c.awaitingConfirmation || !unitLeader) continue;
    const res = await unitLeader.post(`/api/proposals/${proposalId}/components/confirm-minutes`, {
      expectedVersion: p.version,
      component: c.name,
    });
    if (res.status !== 200) throw new Error(`confirm ${c.name}: ${JSON.stringify(res.body)}`);
    p = res.body;
  }
  return p;
}
