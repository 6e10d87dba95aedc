import type { Tx } from '../../db/client';

/**
 * Whether a decision's quyết định is signed (DECISION_SIGNED closes its awards to changes). The signed
 * files are the signing module's, and signing builds on documents, which read the records: records may
 * not import signing, so the app passes signing's `isDecisionSigned` in (app.ts).
 */
export type SignedDecisionCheck = (
  tx: Tx,
  tenantId: string,
  decisionId: string | null | undefined,
) => Promise<boolean>;
