import { hash } from '@node-rs/argon2';
import { ROLES, type Role } from '@vinhdanh/domain/auth/roles';
import type { Db } from '../db/client';
import { annualRating, person, personEmployment } from '../db/schema/index';
import { newId } from '../lib/ids';
import {
  createTenant,
  createUnitRecord,
  createUserRecord,
  personNameColumns,
} from '../modules/tenants/tenant-setup';

export const TEST_PASSWORD = 'mat-khau-thu-nghiem-1';

// Fixture users share one hash of TEST_PASSWORD made at argon2's lowest cost (8 KiB, 1 pass):
// verify() reads the cost from the hash, so their logins are cheap too. At the production cost
// (19 MiB, 2 passes) hashing and logging in dominated the authorization matrix and the bad-input
// suite. Users created through the API or the CLI still hash at the production cost, and
// auth.int.test.ts signs one of them in.
let fixtureHash: Promise<string> | undefined;
function fixturePasswordHash(): Promise<string> {
  fixtureHash ??= hash(TEST_PASSWORD, { memoryCost: 8, timeCost: 1, parallelism: 1 });
  return fixtureHash;
}

type FixtureUser = Omit<Parameters<typeof createUserRecord>[2], 'password' | 'passwordHash'>;

/** A user whose password is TEST_PASSWORD, hashed at the test-only cost. */
export async function createFixtureUser(db: Db, tenantId: string, input: FixtureUser): Promise<string> {
  return createUserRecord(db, tenantId, { ...input, passwordHash: await fixturePasswordHash() });
}

export type Unit = { id: string; path: string };

/**
 * Two tenants. In tenant A, every role has a user scoped to unit `own`; `other`
 * is a sibling unit outside that scope. Tenant B mirrors the shape.
 */
export type Fixture = {
  tenantA: string;
  tenantB: string;
  root: Unit;
  own: Unit;
  ownChild: Unit;
  other: Unit;
  rootB: Unit;
  unitB: Unit;
  people: { own: string; other: string; tenantB: string };
  /** username per role, all scoped to `own`. */
  users: Record<Role, string>;
  /** A tenant admin scoped to the whole tenant A. */
  tenantAdmin: string;
};

let counter = 0;

export async function addPerson(
  db: Db,
  tenantId: string,
  unitId: string,
  fullName: string,
  extra: Partial<typeof person.$inferInsert> = {},
) {
  const id = newId();
  await db
    .insert(person)
    .values({ tenantId, id, unitId, gender: 'NU', ...personNameColumns(fullName), ...extra });
  await db
    .insert(personEmployment)
    .values({ tenantId, id: newId(), personId: id, unitId, fromDate: '2020-01-01' });
  return id;
}

/** A person's annual rating for a year ("Hoàn thành xuất sắc nhiệm vụ" unless told). */
export async function addRating(
  db: Db,
  tenantId: string,
  subjectId: string,
  year: number,
  rating: (typeof annualRating.$inferInsert)['rating'] = 'HTXSNV',
) {
  await db
    .insert(annualRating)
    .values({ tenantId, id: newId(), subjectType: 'PERSON', subjectId, year, rating });
}

export async function addUnit(db: Db, tenantId: string, parent: Unit, name = 'Đơn vị thử nghiệm') {
  counter += 1;
  return createUnitRecord(db, tenantId, parent, {
    code: `U${Date.now().toString(36)}${counter}`,
    name: `${name} ${counter}`,
    type: 'PHONG_TO',
  });
}

export async function createFixture(db: Db): Promise<Fixture> {
  const suffix = newId().slice(-8);
  const tenantA = await createTenant(db, { code: `A${suffix}`, name: 'Tỉnh A', kind: 'PROVINCE' });
  const tenantB = await createTenant(db, { code: `B${suffix}`, name: 'Bộ B', kind: 'MINISTRY' });
  const root = await createUnitRecord(db, tenantA, null, {
    code: 'ROOT',
    name: 'UBND tỉnh A',
    type: 'UBND_TINH',
  });
  const own = await createUnitRecord(db, tenantA, root, {
    code: 'OWN',
    name: 'Sở Giáo dục',
    type: 'SO_BAN_NGANH',
  });
  const ownChild = await createUnitRecord(db, tenantA, own, {
    code: 'OWN-1',
    name: 'Trường THPT Số 1',
    type: 'DON_VI_SU_NGHIEP',
  });
  const other = await createUnitRecord(db, tenantA, root, {
    code: 'OTHER',
    name: 'Sở Y tế',
    type: 'SO_BAN_NGANH',
  });
  const rootB = await createUnitRecord(db, tenantB, null, { code: 'ROOT', name: 'Bộ B', type: 'BO' });
  const unitB = await createUnitRecord(db, tenantB, rootB, { code: 'OWN', name: 'Vụ B', type: 'PHONG_TO' });
  const users = {} as Record<Role, string>;
  for (const role of ROLES) {
    const username = `${role.toLowerCase().replace(/_/g, '.')}.${suffix}`;
    await createFixtureUser(db, tenantA, {
      username,
      fullName: `Người dùng ${role}`,
      roles: [role],
      unitId: own.id,
    });
    users[role] = username;
  }
  const tenantAdmin = `quantri.${suffix}`;
  await createFixtureUser(db, tenantA, {
    username: tenantAdmin,
    fullName: 'Quản trị tỉnh A',
    roles: ['TENANT_ADMIN'],
    unitId: root.id,
  });
  await createFixtureUser(db, tenantB, {
    username: `quantri.b.${suffix}`,
    fullName: 'Quản trị bộ B',
    roles: ['TENANT_ADMIN'],
    unitId: rootB.id,
  });
  const people = {
    own: await addPerson(db, tenantA, ownChild.id, 'Nguyễn Văn Đức', {
      citizenId: '001203004005',
      birthDate: '1985-04-12',
      ethnicity: 'Kinh',
    }),
    other: await addPerson(db, tenantA, other.id, 'Trần Thị Hường'),
    tenantB: await addPerson(db, tenantB, unitB.id, 'Lê Văn Bình'),
  };
  return { tenantA, tenantB, root, own, ownChild, other, rootB, unitB, people, users, tenantAdmin };
}
