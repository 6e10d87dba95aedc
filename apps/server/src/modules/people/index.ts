// What other modules use of people: its public surface; no other module imports its repositories.

export { findPerson, findPersonRecords } from './people.repository';
export { findPeopleIdsInUnit, transferPeople } from './people-employment.repository';
export { personRef } from './person-access';
