import type { Readable } from 'node:stream';
import type { Db } from '../../db/client';
import { requireAccess } from '../../lib/access';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { decisionRef, listDecisionAwards } from '../records/index';
import { loadTenantRuleSets } from '../rule-params/index';
import { ensureVerifications } from '../verification/index';
import { certificateText } from './certificate-content';
import { type CertificateLayout, renderCertificatesPdf } from './certificate-pdf';
import { decisionAuthority } from './decision-authority';
import { loadDocumentSettings } from './document-settings.repository';

/**
 * Every standing certificate of a decision in one PDF. Awards get their verification code and
 * registry number the first time they are printed; a revoked award is not printed.
 */
export async function generateDecisionCertificates(
  db: Db,
  ctx: RequestContext,
  decisionId: string,
  layout: CertificateLayout,
  verifyBaseUrl: string,
): Promise<{ stream: Readable; count: number; name: string }> {
  const { decision, proposal } = await requireAccess(db, ctx, 'document:generate', decisionRef(decisionId));
  const tenantId = ctx.actor.tenantId;
  const awards = (await listDecisionAwards(db, tenantId, decisionId)).filter((a) => !a.isRevoked);
  if (awards.length === 0) throw new AppError('DECISION_HAS_NO_AWARDS');
  const registered = await ensureVerifications(
    db,
    tenantId,
    awards.map((a) => a.id),
  );
  const settings = await loadDocumentSettings(db, tenantId);
  const authority = await decisionAuthority(db, tenantId, decision, proposal?.deciderRole ?? null, settings);
  const catalogue = (await loadTenantRuleSets(db, tenantId)).names(decision.signedOn);
  const texts = awards.map((a) => {
    const r = registered.get(a.id);
    if (!r) throw new AppError('INTERNAL');
    return certificateText(
      { ...a, verificationCode: r.code, registryNumber: r.registryNumber },
      decision,
      settings,
      authority,
      verifyBaseUrl,
      catalogue,
    );
  });
  const stream = await renderCertificatesPdf(texts, layout, {
    xMm: settings.blankStockOffsetXMm,
    yMm: settings.blankStockOffsetYMm,
  });
  return {
    stream,
    count: texts.length,
    name: `giay-khen-${decision.number.replace(/[^\p{L}\d-]+/gu, '-')}.pdf`,
  };
}
