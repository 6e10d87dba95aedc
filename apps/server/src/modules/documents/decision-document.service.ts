import type { AwardCode } from '@vinhdanh/domain/rules/types';
import type { Db } from '../../db/client';
import { requireAccess } from '../../lib/access';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { decisionRef, listDecisionAwards } from '../records/index';
import { loadTenantRuleSets } from '../rule-params/index';
import { decisionAuthority } from './decision-authority';
import { decisionModel } from './decision-docx';
import { renderDocx } from './document-docx';
import { renderPdf } from './document-pdf';
import { loadDocumentSettings } from './document-settings.repository';

/** The content of an issued decision with its annex: what both the .docx and the PDF print. */
export async function loadDecisionContent(db: Db, ctx: RequestContext, decisionId: string) {
  const { decision, proposal } = await requireAccess(db, ctx, 'document:generate', decisionRef(decisionId));
  const awards = await listDecisionAwards(db, ctx.actor.tenantId, decisionId);
  if (awards.length === 0) throw new AppError('DECISION_HAS_NO_AWARDS');
  const settings = await loadDocumentSettings(db, ctx.actor.tenantId);
  // The legal bases are the sources of the rule set in force on the signing date.
  const ruleSets = await loadTenantRuleSets(db, ctx.actor.tenantId);
  const ruleSet = ruleSets.at(decision.signedOn);
  const catalogue = ruleSets.names(decision.signedOn);
  // A province's own award rests on its regulation: that regulation joins the legal bases (issue 12).
  const provincial = [
    ...new Set(
      awards.flatMap((a) => {
        const entry = catalogue(a.awardCode);
        const rule = ruleSet.awards[a.awardCode as AwardCode];
        return entry?.source === 'TENANT' && rule ? [rule.citation] : [];
      }),
    ),
  ];
  const authority = await decisionAuthority(
    db,
    ctx.actor.tenantId,
    decision,
    proposal?.deciderRole ?? null,
    settings,
  );
  const model = decisionModel({
    decision,
    proposal,
    awards,
    settings,
    authority,
    legalSources: [...ruleSet.sources, ...provincial],
    catalogue,
  });
  return { decision, model, baseName: `quyet-dinh-${decision.number.replace(/[^\p{L}\d-]+/gu, '-')}` };
}

/** The Quyết định khen thưởng .docx of an issued decision, with its annex. */
export async function generateDecisionDocx(db: Db, ctx: RequestContext, decisionId: string) {
  // The role's permission; loadDecisionContent's requireAccess decides the decision's scope.
  authorize(ctx.actor, 'document:generate');
  const { model, baseName } = await loadDecisionContent(db, ctx, decisionId);
  return { file: await renderDocx(model), name: `${baseName}.docx` };
}

/** The same decision as PDF (unsigned; the signed copy is served by the signing module). */
export async function generateDecisionPdf(db: Db, ctx: RequestContext, decisionId: string) {
  authorize(ctx.actor, 'document:generate');
  const { model, baseName } = await loadDecisionContent(db, ctx, decisionId);
  return { file: await renderPdf(model), name: `${baseName}.pdf` };
}
