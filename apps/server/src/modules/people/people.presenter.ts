import { maskBirthDate, maskCitizenId, maskEthnicity } from '../../lib/mask';
import type { PersonWithUnit } from './people.repository';
import type { PersonOutput } from './people.schemas';

/** Keeps database rows off the wire; sensitive fields stay masked unless revealed. */
export function presentPerson({ person: p, unitName }: PersonWithUnit, isRevealed: boolean): PersonOutput {
  return {
    id: p.id,
    fullName: p.fullName,
    gender: p.gender,
    birthDate: isRevealed ? p.birthDate : maskBirthDate(p.birthDate),
    ethnicity: isRevealed ? p.ethnicity : maskEthnicity(p.ethnicity),
    citizenId: isRevealed ? p.citizenId : maskCitizenId(p.citizenId),
    position: p.position,
    isLeader: p.isLeader,
    isDirectWorker: p.isDirectWorker,
    subjectGroup: p.subjectGroup,
    recruitedOn: p.recruitedOn,
    unitId: p.unitId,
    unitName,
    version: p.version,
    isRevealed,
  };
}
