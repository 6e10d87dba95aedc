// What other modules use of movements: its public surface; no other module imports its repositories.

// The id of a movement's or a cluster's route, with its message (clusters' routes use it too).
export {
  emYear,
  idParam,
  isoDate,
  optionalText,
  text,
  unitId,
  uploadQuery,
  version,
  yearQuery,
} from './emulation-fields';
export { movementRef } from './movement-access';
export { findMovement, findUnitsByIds, listMilestones, listParticipantUnits } from './movements.repository';
