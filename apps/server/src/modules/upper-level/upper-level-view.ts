import type { Db, Tx } from '../../db/client';
import { type DossierPackageRow, packagesOfDossier } from '../exchange/index';
import type { UpperLevel } from '../proposals/index';

// What the proposal page shows of its package sent up, read from the exchange's rows: the last
// version sent and how it travelled, the upper level's returns, and whether it decided.

type Reply = {
  inReplyTo?: { packageId: string; version: number };
  reasons?: UpperLevel['returns'][number]['reasons'];
};

export function upperLevelFrom(rows: DossierPackageRow[]): UpperLevel | null {
  const sent = rows.filter((r) => r.direction === 'OUT' && r.kind === 'DOSSIER');
  const last = sent.at(-1);
  if (!last) return null;
  const replies = rows.filter((r) => r.direction === 'IN');
  const returns = replies
    .filter((r) => r.kind === 'RETURN')
    .map((r) => {
      const m = r.manifest as Reply;
      return { at: r.createdAt.toISOString(), version: m.inReplyTo?.version ?? 0, reasons: m.reasons ?? [] };
    });
  const decided = replies.some((r) => r.kind === 'DECISION');
  const returnedLast = returns.some((r) => r.version === last.version);
  const status = decided
    ? 'DECIDED'
    : returnedLast
      ? 'RETURNED'
      : (last.status as 'SENDING' | 'DELIVERED' | 'DOWNLOADABLE');
  return {
    status,
    version: last.version,
    sentAt: last.createdAt.toISOString(),
    returns,
    downloadHref: last.status === 'DOWNLOADABLE' ? `/api/exchange/outgoing/${last.id}/file` : null,
  };
}

export async function readUpperLevel(db: Db | Tx, tenantId: string, proposalId: string) {
  return upperLevelFrom(await packagesOfDossier(db, tenantId, proposalId));
}
