import { formKindName } from '@vinhdanh/domain/documents/authority-lines';
import type { AwardLookup } from '@vinhdanh/domain/rules/award-catalogue';
import { CATALOGUE } from '@vinhdanh/domain/rules/catalogue';
import { lawAwardName, stateAward } from '@vinhdanh/domain/rules/state-awards';
import type { AwardCode } from '@vinhdanh/domain/rules/types';

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

/** "N tập thể và M cá nhân" without the empty half. */
export function countPhrase(collectives: number, individuals: number): string {
  const parts = [];
  if (collectives > 0) parts.push(`${collectives} tập thể`);
  if (individuals > 0) parts.push(`${individuals} cá nhân`);
  return parts.join(' và ');
}
