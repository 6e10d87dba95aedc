import type { Tx } from '../../db/client';
import type { DossierManifest } from './package-format';

// A dossier sent up by a child tenant becomes the receiver's incoming dossier in the import's
// transaction, so the dossier exists exactly when its package does (a failure rolls both back and
// the sender's outbox retries). The incoming dossier belongs to a module above this one
// (incoming-dossiers: it builds on exchange, documents, signing and decisions), so the handler is
// passed in at composition (app.ts), as the replies' handler is.

export type ReceivedDossier = {
  receiverId: string;
  /** The IN row's id (exchange_package); the files are its record files. */
  rowId: string;
  manifest: DossierManifest;
  receivedAt: Date;
};

export type DossierHandler = (tx: Tx, dossier: ReceivedDossier) => Promise<void>;

let handler: DossierHandler | undefined;

export function useDossierHandler(next: DossierHandler) {
  handler = next;
}

/** Records a newly received dossier; with no handler set the package is stored only. */
export async function applyDossier(tx: Tx, dossier: ReceivedDossier) {
  await handler?.(tx, dossier);
}
