// What other modules use of auth: its public surface; no other module imports its repositories.
export { deleteUserSessions } from './auth.repository';
