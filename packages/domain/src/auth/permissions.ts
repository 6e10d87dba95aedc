import type { Role } from './roles';

// Typed permission strings `entity:action`. Every API route names exactly one.
export const PERMISSIONS = [
  'orgUnit:read',
  'orgUnit:create',
  'orgUnit:update',
  'orgUnit:restructure',
  'person:read',
  'person:create',
  'person:update',
  'person:readSensitive',
  'person:export',
  'user:read',
  'user:manage',
  'audit:read',
  'eligibility:read',
  'ruleParams:manage',
  'record:read',
  'record:write',
  'import:run',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const READ: Permission[] = ['orgUnit:read', 'person:read', 'eligibility:read', 'record:read'];

/** What each role may do, before scope is applied. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  SYSTEM_ADMIN: PERMISSIONS,
  TENANT_ADMIN: PERMISSIONS,
  UNIT_OFFICER: [
    ...READ,
    'person:create',
    'person:update',
    'person:readSensitive',
    'person:export',
    'record:write',
    'import:run',
  ],
  APPRAISER: [...READ, 'person:readSensitive', 'person:export'],
  COUNCIL_SECRETARY: [...READ, 'person:export'],
  COUNCIL_MEMBER: READ,
  LEADER: [...READ, 'person:export'],
  VIEWER: ['orgUnit:read', 'person:read', 'record:read'],
};
