// What other modules use of org-units: its public surface; no other module imports its repositories.

export type { OrgUnitRow } from './org-units.repository';
export {
  countPeopleInUnits,
  findLineage,
  findPredecessorIds,
  findUnit,
  listUnitsUnder,
} from './org-units.repository';
export { idParam } from './org-units.schemas';
export { unitRef } from './unit-access';
