import type { Db } from '../../db/client';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { loadTenantRuleSets } from '../rule-params/tenant-rule-set';
import { listDecisionAwards } from './award-rows.repository';
import { loadDecisionAuthorized } from './decision-access';
import { decisionAuthority } from './decision-authority';
import { renderDecisionDocx } from './decision-docx';
import { loadDocumentSettings } from './document-settings.repository';

/** The Quyết định khen thưởng .docx of an issued decision, with its annex. */
export async function generateDecisionDocx(db: Db, ctx: RequestContext, decisionId: string) {
  const { decision, proposal } = await loadDecisionAuthorized(db, ctx, decisionId, 'document:generate');
  const awards = await listDecisionAwards(db, ctx.actor.tenantId, decisionId);
  if (awards.length === 0) throw new AppError('DECISION_HAS_NO_AWARDS');
  const settings = await loadDocumentSettings(db, ctx.actor.tenantId);
  // The legal bases are the sources of the rule set in force on the signing date.
  const ruleSet = (await loadTenantRuleSets(db, ctx.actor.tenantId)).at(decision.signedOn);
  const authority = await decisionAuthority(
    db,
    ctx.actor.tenantId,
    decision,
    proposal?.deciderRole ?? null,
    settings,
  );
  const file = await renderDecisionDocx({
    decision,
    proposal,
    awards,
    settings,
    authority,
    legalSources: ruleSet.sources,
  });
  return { file, name: `quyet-dinh-${decision.number.replace(/[^\p{L}\d-]+/gu, '-')}.docx` };
}
