// What other modules use of movements: its public surface; no other module imports its repositories.
export { findUnitsByIds, listMilestones, listParticipantUnits } from './movements.repository';
