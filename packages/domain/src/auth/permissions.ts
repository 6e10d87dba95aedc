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
  'proposal:read',
  'proposal:submit',
  'proposal:appraise',
  'council:manage',
  'council:vote',
  'decision:issue',
  'decision:revoke',
  // The unit's leader confirms the generated draft of its review minutes (biên bản xét khen thưởng).
  'minutes:confirm',
  'movement:read',
  'movement:manage',
  'movement:register',
  'cluster:read',
  'cluster:manage',
  'cluster:vote',
  'score:submit',
  'score:assess',
  'document:generate',
  // Place, parent body, signer title and blank-stock offsets printed on every document of the tenant.
  'documentSettings:manage',
  // Statistical forms, the fairness view and the year-end summary of the actor's subtree.
  'report:read',
  // Which decision levels the public portal publishes (tenant administrators, whole tenant).
  'portal:manage',
  // Complaints and denunciations about commendation: intake, classification, acceptance, conclusion.
  'complaint:handle',
  // Inspections of how units run emulation and commendation (kiểm tra công tác TĐKT).
  'inspection:manage',
  // The tenant's targets for the fairness shares, and importing other tenants' reports to roll up.
  'report:manage',
  // The emulation fund's ledger (Quỹ thi đua, khen thưởng): balance, entries, reports, export.
  'fund:read',
  // Records receipts, confirms the payment of a decision's money, records recoveries and reversals.
  'fund:manage',
  // Freezing a finished statistical form of the actor's subtree (chốt số liệu), with its signer.
  'report:freeze',
  // Exemplary models (điển hình tiên tiến): read the tenant's models and their spreading.
  'model:read',
  // A unit proposes a model of its subtree (person, collective or practice), with story and photos.
  'model:propose',
  // The emulation office approves a model (published on the portal) or returns it, and holds the
  // conference honouring models (hội nghị điển hình tiên tiến).
  'model:review',
  // A unit records that it adopted a published model (nhân rộng).
  'model:adopt',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const READ: Permission[] = [
  'orgUnit:read',
  'person:read',
  'eligibility:read',
  'record:read',
  'proposal:read',
  'movement:read',
  'cluster:read',
  'model:read',
];

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
    'proposal:submit',
    // A unit officer registers and self-scores for its own subtree; it cross-scores only when
    // its unit is the cluster head or a named assessor (checked in the service).
    'movement:register',
    'score:submit',
    'score:assess',
    // Casts its unit's ballot in the vote for the cluster's leading unit (suy tôn).
    'cluster:vote',
    // Downloads the official documents and certificates of its own subtree.
    'document:generate',
    'report:read',
    // The officer who compiles the forms (người lập biểu) freezes them for the leader who signs.
    'report:freeze',
    'model:propose',
    'model:adopt',
  ],
  APPRAISER: [
    ...READ,
    // The emulation office's specialist reviews the models proposed by units.
    'model:review',
    'person:readSensitive',
    'person:export',
    'proposal:appraise',
    'document:generate',
    'report:read',
  ],
  COUNCIL_SECRETARY: [...READ, 'person:export', 'council:manage', 'document:generate', 'report:read'],
  COUNCIL_MEMBER: [...READ, 'council:vote'],
  LEADER: [
    ...READ,
    'person:export',
    'decision:issue',
    'decision:revoke',
    'minutes:confirm',
    'document:generate',
    'report:read',
    // Sees the fund's balance beside the money of the awards it signs.
    'fund:read',
    'report:freeze',
  ],
  // Keeps the fund's ledger: pays the money of issued decisions, takes in receipts and recoveries.
  // Reads awards (record:read) to check who is paid; decides nothing about who is awarded.
  FINANCE: ['orgUnit:read', 'record:read', 'fund:read', 'fund:manage'],
  // Handles complaints and denunciations; sees the denouncer only on cases assigned to them.
  COMPLAINT_HANDLER: [...READ, 'complaint:handle'],
  INSPECTOR: [...READ, 'inspection:manage'],
  VIEWER: ['orgUnit:read', 'person:read', 'record:read', 'movement:read', 'cluster:read', 'model:read'],
  // No officer permission at all: a citizen reaches only the routes marked for citizens.
  CITIZEN: [],
};
