import type { Tx } from '../../db/client';

/**
 * What a restructuring (merge, split) needs of the people module: who works in a unit, and moving
 * them to another unit from a date. People depend on org units (a person's unit), so org-units may
 * not import people; the app passes people's functions in (app.ts) and the module graph stays acyclic.
 */
export type UnitStaff = {
  findPeopleIdsInUnit(tx: Tx, tenantId: string, unitId: string): Promise<string[]>;
  transferPeople(
    tx: Tx,
    tenantId: string,
    personIds: string[],
    toUnitId: string,
    fromDate: string,
  ): Promise<void>;
};
