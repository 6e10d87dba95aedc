import { authorityLines, deciderBodyOfUnit } from '@vinhdanh/domain/documents/authority-lines';
import { DECIDER_NAMES, isDeciderRole } from '@vinhdanh/domain/rules/authority';
import type { Db } from '../../db/client';
import { requireAccess } from '../../lib/access';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { todayVn } from '../../platform/clock';
import type { ProposalRow } from '../proposals/index';
import { proposalRef } from '../proposals/index';
import { loadTenantRuleSets } from '../rule-params/index';
import { renderDocx } from './document-docx';
import { renderPdf } from './document-pdf';
import { loadDocumentSettings } from './document-settings.repository';
import { type DocumentUnit, findDocumentUnit } from './document-units.repository';
import { lastSubmittedOn, listLetterRows } from './proposal-letter.repository';
import { proposalLetterModel } from './proposal-letter-docx';

async function unitOrThrow(db: Db, tenantId: string, id: string): Promise<DocumentUnit> {
  const unit = await findDocumentUnit(db, tenantId, id);
  if (!unit) throw new AppError('ORG_UNIT_NOT_FOUND');
  return unit;
}

/** "Chủ tịch Ủy ban nhân dân tỉnh Sơn Hà", "Giám đốc Sở Y tế": the person a deciding unit's decision names. */
const headOfUnit = (unit: DocumentUnit) =>
  authorityLines(deciderBodyOfUnit(unit), { name: '', deputy: false });

/**
 * Whom the letter addresses: the first receiving level (a unit cannot skip its level, Law 2022,
 * Điều 83). When that level forwards the dossier, the letter also names who decides, by the head's
 * title ("trình Chủ tịch Ủy ban nhân dân tỉnh … quyết định"); when it decides, the letter is addressed
 * to its head. A unit that decides its own award writes to its own council; the tenant's top level
 * writes to the state decider. `headOf` is what the subject's "tặng Bằng khen của …" names.
 */
async function letterRoute(db: Db, p: ProposalRow, unit: DocumentUnit) {
  const [first] = p.levels;
  const proposeUp = (p.requirements as { proposeUp?: boolean }).proposeUp === true;
  const stateDecider = isDeciderRole(p.deciderRole) ? DECIDER_NAMES[p.deciderRole] : p.deciderRole;
  if (!first || first === unit.id) {
    return {
      addressee: proposeUp ? stateDecider : `Hội đồng Thi đua - Khen thưởng ${unit.name}`,
      decider: null,
      headOf: proposeUp ? null : headOfUnit(unit).headOf,
    };
  }
  const receiving = await unitOrThrow(db, p.tenantId, first);
  const last = p.levels.at(-1) ?? first;
  if (proposeUp) return { addressee: receiving.name, decider: stateDecider, headOf: null };
  const deciding = headOfUnit(last === first ? receiving : await unitOrThrow(db, p.tenantId, last));
  return last === first
    ? { addressee: deciding.decider, decider: null, headOf: deciding.headOf }
    : { addressee: receiving.name, decider: deciding.decider, headOf: deciding.headOf };
}

/**
 * The submitting unit as its letter prints it: a People's Committee by its full name with no parent
 * line ("ỦY BAN NHÂN DÂN XÃ TÂN LẬP"), signed by its chair; a department under its parent, signed by its
 * director; any other unit under its parent (the tenant's top level under the settings' parent body).
 */
export function letterUnit(unit: DocumentUnit, settingsParent: string | null) {
  const lines = headOfUnit(unit);
  const isUbnd = lines.issuingBody.startsWith('Ủy ban nhân dân');
  const isHeadKnown = deciderBodyOfUnit(unit).role !== 'THU_TRUONG_DON_VI';
  return {
    name: isUbnd ? lines.issuingBody : unit.name,
    code: unit.code,
    parentBody: isUbnd ? null : (unit.parentName ?? settingsParent),
    headTitle: isHeadKnown ? lines.signatureLines.join('\n') : 'Thủ trưởng đơn vị',
  };
}

/** The Tờ trình of a proposal, dated the day it was last submitted (today for a draft). */
async function loadProposalLetter(db: Db, p: ProposalRow) {
  const tenantId = p.tenantId;
  // One query at a time: `db` may be a transaction (pg 9 refuses concurrent queries on one client).
  const rows = await listLetterRows(db, tenantId, p.id);
  const submittedOn = await lastSubmittedOn(db, tenantId, p.id);
  const settings = await loadDocumentSettings(db, tenantId);
  const unit = await unitOrThrow(db, tenantId, p.submittingUnitId);
  const date = submittedOn ?? todayVn();
  // The legal bases are the sources of the rule set in force on the letter's date.
  const ruleSets = await loadTenantRuleSets(db, tenantId);
  const ruleSet = ruleSets.at(date);
  const model = proposalLetterModel({
    proposal: { title: p.title, year: p.year },
    unit: letterUnit(unit, settings.parentBody),
    route: await letterRoute(db, p, unit),
    date,
    placeName: settings.placeName,
    rows,
    legalSources: ruleSet.sources,
    catalogue: ruleSets.names(date),
  });
  return { model, baseName: `to-trinh-${p.title.replace(/[^\p{L}\d-]+/gu, '-')}` };
}

/** The Tờ trình as .docx, for the unit to edit, register and sign by hand. */
export async function generateProposalLetterDocx(db: Db, ctx: RequestContext, proposalId: string) {
  // Read like the proposal itself: by the submitting unit's subtree, or by an office on its route.
  const p = await requireAccess(db, ctx, 'document:generate', proposalRef(proposalId, 'READER'));
  const { model, baseName } = await loadProposalLetter(db, p);
  return { file: await renderDocx(model), name: `${baseName}.docx` };
}

/** The same Tờ trình as PDF, from the same content. */
export async function generateProposalLetterPdf(db: Db, ctx: RequestContext, proposalId: string) {
  // Read like the proposal itself: by the submitting unit's subtree, or by an office on its route.
  const p = await requireAccess(db, ctx, 'document:generate', proposalRef(proposalId, 'READER'));
  const { model, baseName } = await loadProposalLetter(db, p);
  return { file: await renderPdf(model), name: `${baseName}.pdf` };
}
