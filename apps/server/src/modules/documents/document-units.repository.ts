import { and, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../../db/client';
import { orgUnit } from '../../db/schema/index';

const parentUnit = alias(orgUnit, 'parent_unit');

export type DocumentUnit = {
  id: string;
  name: string;
  code: string;
  /** The unit's type (UBND_TINH, XA_PHUONG, SO_BAN_NGANH…): who heads it and signs for it. */
  type: string;
  /** The parent unit's name, printed above the unit in the letterhead; null at the tenant root. */
  parentName: string | null;
};

/** A unit as a letterhead names it: its name, code (the symbol after "TTr-") and parent's name. */
export async function findDocumentUnit(
  db: Db | Tx,
  tenantId: string,
  unitId: string,
): Promise<DocumentUnit | undefined> {
  const [row] = await db
    .select({
      id: orgUnit.id,
      name: orgUnit.name,
      code: orgUnit.code,
      type: orgUnit.type,
      parentName: parentUnit.name,
    })
    .from(orgUnit)
    .leftJoin(parentUnit, and(eq(parentUnit.tenantId, orgUnit.tenantId), eq(parentUnit.id, orgUnit.parentId)))
    .where(and(eq(orgUnit.tenantId, tenantId), eq(orgUnit.id, unitId)));
  return row;
}
