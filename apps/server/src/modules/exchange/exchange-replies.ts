import type { Tx } from '../../db/client';
import type { PackageManifest } from './package-format';

// A reply from the upper level (RETURN, DECISION) is acted on where it is received: in the
// import's transaction, so a reply is either stored and applied to its dossier, or neither (a
// failure rolls the import back and the sender's outbox retries). What applying means belongs to
// modules above this one (upper-level: the dossier, the decision, the signed files), so the
// handler is passed in at composition (app.ts), as the ballot secret is.

export type ReceivedReply = {
  receiverId: string;
  /** The IN row's id (exchange_package). */
  rowId: string;
  manifest: Extract<PackageManifest, { kind: 'RETURN' | 'DECISION' }>;
  /** The files by SHA-256, as received and checked. */
  files: Map<string, Uint8Array>;
};

export type ReplyHandler = (tx: Tx, reply: ReceivedReply) => Promise<void>;

let handler: ReplyHandler | undefined;

export function useReplyHandler(next: ReplyHandler) {
  handler = next;
}

/** Applies a newly received reply; a reply with no handler set is stored only. */
export async function applyReply(tx: Tx, reply: ReceivedReply) {
  await handler?.(tx, reply);
}
