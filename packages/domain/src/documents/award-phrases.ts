import { type RecordSubjectType, subjectTypeName } from '../records/subject-type';
import type { AwardLookup } from '../rules/award-catalogue';
import { CATALOGUE } from '../rules/catalogue';
import { lawAwardName, stateAward } from '../rules/state-awards';
import type { AwardCode } from '../rules/types';
import { formKindName } from './authority-lines';

// How a document names an award: a title is "công nhận danh hiệu …", a commendation is "tặng …".
// `catalogue` is the tenant's catalogue on the document's date (TenantRuleSets.names): with it a province's
// own title prints its name and category; without it only the law's codes are known.

/** The catalogue's name (the tenant's, else the law's titles and forms, then the state awards); the code when unknown. */
export function awardName(code: string, catalogue?: AwardLookup): string {
  return catalogue?.(code)?.name ?? lawAwardName(code) ?? code;
}

export function isTitle(code: string, catalogue?: AwardLookup): boolean {
  const category =
    catalogue?.(code)?.category ?? (CATALOGUE[code as AwardCode] ?? stateAward(code))?.category;
  return category === 'DANH_HIEU';
}

/** "tặng Giấy khen" / "công nhận danh hiệu Lao động tiên tiến năm 2025" */
export function awardVerbPhrase(code: string, year: number, catalogue?: AwardLookup): string {
  const name = awardName(code, catalogue);
  return isTitle(code, catalogue) ? `công nhận danh hiệu "${name}" năm ${year}` : `tặng ${name}`;
}

/**
 * As a decision of `headOf` words it: a form names its giver ("tặng Bằng khen của Chủ tịch Ủy ban nhân
 * dân tỉnh"), a title is recognised ("công nhận danh hiệu … năm 2025").
 */
export function decidedPhrase(code: string, year: number, headOf: string, catalogue?: AwardLookup): string {
  const kind = formKindName(code);
  return kind ? `tặng ${kind} của ${headOf}` : awardVerbPhrase(code, year, catalogue);
}

/** The certificate's heading: Giấy khen, Bằng khen, or for a title the certificate of that title. */
export function certificateKind(code: string): string {
  if (code === 'GIAY_KHEN') return 'GIẤY KHEN';
  if (code.startsWith('BK_')) return 'BẰNG KHEN';
  return 'GIẤY CHỨNG NHẬN';
}

/** The order a document lists its subjects in: collectives, households, then individuals. */
export const DOCUMENT_SUBJECT_ORDER: readonly RecordSubjectType[] = ['COLLECTIVE', 'HOUSEHOLD', 'PERSON'];

/** "N tập thể, K hộ gia đình và M cá nhân" without the empty parts (a household is not a collective). */
export function countPhrase(counts: Record<RecordSubjectType, number>): string {
  const parts = DOCUMENT_SUBJECT_ORDER.filter((t) => counts[t] > 0).map(
    (t) => `${counts[t]} ${subjectTypeName(t)}`,
  );
  const last = parts.pop();
  return parts.length ? `${parts.join(', ')} và ${last}` : (last ?? '');
}
