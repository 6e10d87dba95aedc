import { DECIDER_NAMES, isDeciderRole } from '@vinhdanh/domain/rules/authority';
import type { Db } from '../../db/client';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { todayVn } from '../../platform/clock';
import { loadAuthorized } from '../proposals/proposal-command';
import type { ProposalRow } from '../proposals/proposals.repository';
import { loadTenantRuleSets } from '../rule-params/tenant-rule-set';
import { loadDocumentSettings } from './document-settings.repository';
import { type DocumentUnit, findDocumentUnit } from './document-units.repository';
import { lastSubmittedOn, listLetterRows } from './proposal-letter.repository';
import { renderProposalLetterDocx } from './proposal-letter-docx';

/** Read like the proposal itself: by the submitting unit's subtree, or by an office on its route. */
async function loadReadable(db: Db, ctx: RequestContext, id: string) {
  return loadAuthorized(db, ctx, id, 'document:generate', 'SUBMITTER').catch((e: unknown) => {
    if (!(e instanceof AppError) || e.code !== 'FORBIDDEN') throw e;
    return loadAuthorized(db, ctx, id, 'document:generate', 'OFFICE');
  });
}

async function unitOrThrow(db: Db, tenantId: string, id: string): Promise<DocumentUnit> {
  const unit = await findDocumentUnit(db, tenantId, id);
  if (!unit) throw new AppError('ORG_UNIT_NOT_FOUND');
  return unit;
}

/**
 * Whom the letter addresses: the first receiving level (a unit cannot skip its level, Law 2022,
 * Điều 83). When that level forwards the dossier, the letter also names who decides. A unit that
 * decides its own award writes to its own council; the tenant's top level writes to the state decider.
 */
async function letterRoute(db: Db, p: ProposalRow, unit: DocumentUnit) {
  const [first] = p.levels;
  const proposeUp = (p.requirements as { proposeUp?: boolean }).proposeUp === true;
  const stateDecider = isDeciderRole(p.deciderRole) ? DECIDER_NAMES[p.deciderRole] : p.deciderRole;
  if (!first || first === unit.id) {
    return {
      addressee: proposeUp ? stateDecider : `Hội đồng Thi đua - Khen thưởng ${unit.name}`,
      decider: null,
    };
  }
  const receiving = await unitOrThrow(db, p.tenantId, first);
  const last = p.levels.at(-1) ?? first;
  const decider = proposeUp
    ? stateDecider
    : last === first
      ? null
      : (await unitOrThrow(db, p.tenantId, last)).name;
  return { addressee: receiving.name, decider };
}

/** The Tờ trình (.docx) of a proposal, dated the day it was last submitted (today for a draft). */
export async function generateProposalLetterDocx(db: Db, ctx: RequestContext, proposalId: string) {
  const p = await loadReadable(db, ctx, proposalId);
  const tenantId = p.tenantId;
  const [rows, submittedOn, settings, unit] = await Promise.all([
    listLetterRows(db, tenantId, p.id),
    lastSubmittedOn(db, tenantId, p.id),
    loadDocumentSettings(db, tenantId),
    unitOrThrow(db, tenantId, p.submittingUnitId),
  ]);
  const date = submittedOn ?? todayVn();
  // The legal bases are the sources of the rule set in force on the letter's date.
  const ruleSet = (await loadTenantRuleSets(db, tenantId)).at(date);
  const file = await renderProposalLetterDocx({
    proposal: { title: p.title, year: p.year },
    unit: {
      name: unit.name,
      code: unit.code,
      // The tenant's top level takes the settings (its parent body, its signer's title); a unit
      // below it is headed by its parent unit and signed by its own head.
      parentBody: unit.parentName ?? settings.parentBody,
      headTitle: unit.parentName ? 'Thủ trưởng đơn vị' : settings.signerTitle,
    },
    route: await letterRoute(db, p, unit),
    date,
    placeName: settings.placeName,
    rows,
    legalSources: ruleSet.sources,
  });
  return { file, name: `to-trinh-${p.title.replace(/[^\p{L}\d-]+/gu, '-')}.docx` };
}
