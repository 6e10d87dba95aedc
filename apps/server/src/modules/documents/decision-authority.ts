import {
  type AuthorityLines,
  authorityLines,
  type DeciderBody,
  deciderBodyOfUnit,
} from '@vinhdanh/domain/documents/authority-lines';
import { isDeciderRole } from '@vinhdanh/domain/rules/authority';
import type { DeciderRole } from '@vinhdanh/domain/rules/params';
import type { Db } from '../../db/client';
import type { DocumentSettings } from './document-settings.repository';
import { findDocumentUnit } from './document-units.repository';

/** What a decision and its certificates print about who decided and who signed. */
export type DecisionAuthority = AuthorityLines & {
  /** The line above the issuing body in the letterhead; null for a People's Committee. */
  parentBody: string | null;
};

export type AuthorityDecision = {
  issuer: string;
  issuerUnitId: string | null;
  signer: string | null;
  signerPosition: string | null;
  signedAsDeputy: boolean;
};

/** Bodies outside the tenant whose decisions a province records (Law 2022, Điều 83.2). */
const OUTSIDE: readonly DeciderRole[] = ['THU_TUONG', 'CHU_TICH_NUOC', 'BO_TRUONG'];

/**
 * The authority of a decision: from the unit that issued it (a provincial or commune chair, a
 * department's director…), or for a decision of the Prime Minister or the President recorded here,
 * from the proposal's decider. A decision entered by hand with neither falls back to the tenant's
 * document settings (the signer title before the issuer), as printed before issue 12.
 */
export async function decisionAuthority(
  db: Db,
  tenantId: string,
  decision: AuthorityDecision,
  proposalDeciderRole: string | null,
  settings: DocumentSettings,
): Promise<DecisionAuthority> {
  const signer = { name: decision.signer ?? '', deputy: decision.signedAsDeputy };
  const unit = decision.issuerUnitId
    ? await findDocumentUnit(db, tenantId, decision.issuerUnitId)
    : undefined;
  let body: DeciderBody | null = null;
  if (unit) body = deciderBodyOfUnit(unit);
  else if (proposalDeciderRole && isDeciderRole(proposalDeciderRole) && OUTSIDE.includes(proposalDeciderRole))
    body = { role: proposalDeciderRole, place: decision.issuer };
  if (body) {
    const lines = authorityLines(body, signer);
    const isUbnd = lines.issuingBody.startsWith('Ủy ban nhân dân');
    return { ...lines, parentBody: isUbnd ? null : (unit?.parentName ?? settings.parentBody) };
  }
  return legacyAuthority(decision, settings);
}

function legacyAuthority(decision: AuthorityDecision, settings: DocumentSettings): DecisionAuthority {
  const head = settings.signerTitle;
  const upper = (s: string) => s.toLocaleUpperCase('vi-VN');
  const deputyLine =
    decision.signerPosition ?? `Phó ${head.charAt(0).toLocaleLowerCase('vi-VN')}${head.slice(1)}`;
  return {
    authorityLine: upper(`${head} ${decision.issuer}`),
    decider: `${head} ${decision.issuer}`,
    issuingBody: decision.issuer,
    headOf: `${head} ${decision.issuer}`,
    signatureLines: decision.signedAsDeputy ? [`KT. ${upper(head)}`, upper(deputyLine)] : [upper(head)],
    signerName: decision.signer ?? '',
    parentBody: settings.parentBody,
  };
}
