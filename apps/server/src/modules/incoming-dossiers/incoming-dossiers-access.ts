import {
  type IncomingDossierPermission,
  incomingDossierPolicy,
} from '@vinhdanh/domain/auth/policies/incoming-dossier';
import { decideTenantWide } from '@vinhdanh/domain/auth/policies/unit-tree';
import type { Actor } from '@vinhdanh/domain/auth/policy';
import { allowedActions, type EntityRef, isAllowed, type TenantRef } from '../../lib/access';
import { findIncomingDossier, type IncomingDossierRow } from './incoming-dossiers.repository';

/**
 * An incoming dossier for requireAccess: the receiving tenant's as a whole (incomingDossierPolicy).
 * The tenant-wide check comes before the load, so an officer of one unit is refused whether or not
 * the id exists. `forUpdate` locks the row for a write's transaction.
 */
export function incomingDossierRef(
  id: string,
  forUpdate = false,
): EntityRef<IncomingDossierRow, IncomingDossierPermission> {
  return {
    load: (db, tenantId) => findIncomingDossier(db, tenantId, id, forUpdate),
    notFound: 'INCOMING_DOSSIER_NOT_FOUND',
    policy: incomingDossierPolicy,
    precheck: decideTenantWide,
  };
}

/** The list: the receiving tenant's office, from the root. */
export const INCOMING_OFFICE: TenantRef<IncomingDossierPermission> = { tenantPolicy: decideTenantWide };

/** Each action of the detail page and the permission its route checks through incomingDossierRef. */
export const INCOMING_DOSSIER_ACTIONS = {
  /** Trả lại with structured reasons (RETURN package). */
  return: 'proposal:appraise',
  /** Chấp thuận / không chấp thuận each item. */
  approve: 'proposal:appraise',
  /** Ban hành quyết định: number, signed PDFs, DECISION package. */
  decide: 'decision:issue',
  /** Deciding signs with the tenant's seal: the same rule. */
  sign: 'decision:issue',
} as const satisfies Record<string, IncomingDossierPermission>;

export function incomingDossierActions(actor: Actor, row: IncomingDossierRow) {
  return allowedActions(INCOMING_DOSSIER_ACTIONS, (permission) =>
    isAllowed(actor, permission, incomingDossierRef(row.id), row),
  );
}
