// What other modules use of movements: its public surface; no other module imports its repositories.

export { authorizeReadFromAbove } from './movement-access';
export { findMovement, findUnitsByIds, listMilestones, listParticipantUnits } from './movements.repository';
