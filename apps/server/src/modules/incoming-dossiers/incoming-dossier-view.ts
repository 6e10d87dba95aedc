import type { Actor } from '@vinhdanh/domain/auth/policy';
import { judgeAward } from '@vinhdanh/domain/rules/judge';
import type { AwardCode, History } from '@vinhdanh/domain/rules/types';
import type { Db } from '../../db/client';
import { loadTenantRuleSets, type TenantRuleSets } from '../rule-params/index';
import { type IncomingDossierRow, packageFiles } from './incoming-dossiers.repository';
import type { IncomingDossierView } from './incoming-dossiers.schemas';
import { incomingDossierActions } from './incoming-dossiers-access';

type Item = IncomingDossierRow['manifest']['dossier']['items'][number];

const fileHref = (id: string, fileId: string) => `/api/incoming-dossiers/${id}/files/${fileId}`;

/**
 * The receiver's own verdict on an item: the same engine (judgeAward) on the history the sender
 * judged, with the receiving tenant's rule set in force on the day the sender read it. Null when
 * the sender gave no history, or when the engine cannot judge it (an award this tenant's catalogue
 * does not know, a history it cannot read): then there is nothing to compare.
 */
function ownVerdict(item: Item, year: number, ruleSets: TenantRuleSets) {
  if (!item.evidence) return null;
  try {
    const v = judgeAward(
      item.evidence.history as unknown as History,
      { award: item.awardCode as AwardCode, year, achievement: item.achievement },
      ruleSets.at(item.evidence.asOf),
    );
    return {
      eligible: v.eligible,
      ruleSet: v.ruleSet,
      reasons: v.reasons.map((r) => ({ met: r.met, text: r.text, citation: r.citation })),
    };
  } catch {
    return null;
  }
}

export function presentSummary(row: IncomingDossierRow) {
  return {
    id: row.id,
    senderCode: row.senderCode,
    senderName: row.senderName,
    title: row.title,
    year: row.year,
    itemCount: row.manifest.dossier.items.length,
    status: row.status,
    version: row.version,
    receivedAt: row.receivedAt.toISOString(),
  };
}

export async function presentIncomingDossier(
  db: Db,
  actor: Actor,
  row: IncomingDossierRow,
): Promise<IncomingDossierView> {
  const { dossier } = row.manifest;
  const ruleSets = await loadTenantRuleSets(db, row.tenantId);
  const files = await packageFiles(db, row.tenantId, row.packageRowId);
  const bySha = new Map(files.map((f) => [f.sha256, f]));
  return {
    ...presentSummary(row),
    kind: dossier.kind,
    submittingUnitName: dossier.submittingUnitName,
    versions: row.versions.map((v) => ({ version: v.version, receivedAt: v.receivedAt })),
    components: dossier.components.map((c) => {
      const file = bySha.get(c.sha256);
      return {
        name: c.name,
        fileName: c.fileName,
        sizeBytes: c.sizeBytes,
        sha256: c.sha256,
        href: file ? fileHref(row.id, file.id) : null,
      };
    }),
    returns: row.returns,
    decision: row.decision && {
      number: row.decision.number,
      signedOn: row.decision.signedOn,
      issuer: row.decision.issuer,
      signerName: row.decision.signerName,
      signerTitle: row.decision.signerTitle,
      items: row.decision.items,
      documents: row.decision.files.map((f) => ({
        kind: f.kind,
        itemId: f.itemId,
        name: f.kind === 'DECISION' ? 'Quyết định khen thưởng' : 'Bằng khen',
        fileName: f.name,
        sizeBytes: f.sizeBytes,
        sha256: f.sha256,
        href: fileHref(row.id, f.fileId),
      })),
    },
    items: dossier.items.map((item) => {
      const own = ownVerdict(item, dossier.year, ruleSets);
      const approval = row.approvals[item.id];
      return {
        id: item.id,
        subject: item.subject,
        awardCode: item.awardCode,
        achievement: item.achievement,
        senderVerdict: item.verdict,
        senderAppraisal: item.appraisal,
        ownVerdict: own,
        differs: own !== null && item.verdict !== null && own.eligible !== item.verdict.eligible,
        council: item.council,
        approval: { approved: approval?.approved ?? null, reason: approval?.reason ?? null },
      };
    }),
    allowedActions: incomingDossierActions(actor, row),
  };
}
