// What other modules use of users: its public surface.
export { userRef } from './user-access';
