import type { Role } from '@vinhdanh/domain/auth/roles';
import { personNameSortKey } from '@vinhdanh/domain/text/collation';
import { foldVietnamese, normalizePersonName } from '@vinhdanh/domain/text/fold';
import type { Db, Tx } from '../../db/client';
import { appUser, loginName, orgUnit, tenant } from '../../db/schema/index';
import type { ORG_UNIT_TYPES } from '../../db/schema/org-unit';
import { newId } from '../../lib/ids';
import { hashPassword } from '../auth/index';

// Set-up paths used by the CLI, the demo and test factories: they write directly,
// as the system, before any user exists to act through the API.

type Conn = Db | Tx;

export async function createTenant(
  db: Conn,
  input: {
    code: string;
    name: string;
    kind: 'PROVINCE' | 'MINISTRY' | 'NATIONAL';
    parentTenantId?: string | null;
  },
) {
  const tenantId = newId();
  await db.insert(tenant).values({ tenantId, ...input });
  return tenantId;
}

export type UnitSpec = {
  code: string;
  name: string;
  type: (typeof ORG_UNIT_TYPES)[number];
  validFrom?: string;
};

export async function createUnitRecord(
  db: Conn,
  tenantId: string,
  parent: { id: string; path: string } | null,
  spec: UnitSpec,
) {
  const id = newId();
  const path = `${parent?.path ?? '/'}${id}/`;
  await db.insert(orgUnit).values({
    tenantId,
    id,
    parentId: parent?.id ?? null,
    path,
    code: spec.code,
    name: spec.name,
    type: spec.type,
    validFrom: spec.validFrom ?? '2015-01-01',
  });
  return { id, path };
}

export async function createUserRecord(
  db: Conn,
  tenantId: string,
  input: {
    username: string;
    fullName: string;
    roles: Role[];
    unitId: string;
    scopeUnitId?: string;
    /** A seeded demo account (published password). */
    demo?: boolean;
    /** Where e-mail notices go (modules/notices); none: no e-mail. */
    email?: string;
  } & ({ password: string } | { passwordHash: string }),
) {
  const id = newId();
  // Test fixtures pass a hash made once at a test-only cost (test/fixtures.ts).
  const passwordHash = 'passwordHash' in input ? input.passwordHash : await hashPassword(input.password);
  // The global name and the account go in together (a savepoint when already in a transaction).
  await db.transaction(async (tx) => {
    await tx.insert(loginName).values({ username: input.username, tenantId });
    await tx.insert(appUser).values({
      tenantId,
      id,
      username: input.username,
      fullName: input.fullName,
      passwordHash,
      roles: input.roles,
      unitId: input.unitId,
      scopeUnitId: input.scopeUnitId ?? input.unitId,
      demo: input.demo ?? false,
      email: input.email ?? null,
    });
  });
  return id;
}

/** The derived name columns every person row carries. */
export function personNameColumns(fullName: string) {
  const name = normalizePersonName(fullName);
  return { fullName: name, nameSearch: foldVietnamese(name), nameSort: personNameSortKey(name) };
}
