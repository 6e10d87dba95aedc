import { subjectTypeName } from '@vinhdanh/domain/records/subject-type';
import { KIND_NAMES } from '@vinhdanh/domain/rules/names';
import { AWARD_KINDS, type AwardKind } from '@vinhdanh/domain/rules/types';
import type { XlsxColumn } from '../../lib/xlsx';
import type { AwardNamer } from '../rule-params/index';
import type { AwardHit } from './award-search.presenter';

const kindName = (kind: string) =>
  (AWARD_KINDS as readonly string[]).includes(kind) ? KIND_NAMES[kind as AwardKind] : kind;
// "Cá nhân", "Tập thể", "Hộ gia đình": a household is not a collective.
const subjectTypeLabel = (type: AwardHit['subjectType']) => {
  const name = subjectTypeName(type);
  return name.charAt(0).toUpperCase() + name.slice(1);
};
const vnDate = (iso: string | null) =>
  iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '';

/**
 * Vietnamese headers; the code columns stay so the file can be read back by the import. Names come from the
 * tenant's catalogue (a province's own award prints its name, not its code).
 */
export const awardExportColumns = (awardName: AwardNamer): XlsxColumn<AwardHit>[] => [
  { header: 'Đối tượng', width: 30, value: (r) => r.subjectName },
  { header: 'Loại đối tượng', width: 14, value: (r) => subjectTypeLabel(r.subjectType) },
  { header: 'Đơn vị', width: 30, value: (r) => r.unitName },
  { header: 'Mã khen thưởng', width: 14, value: (r) => r.awardCode },
  { header: 'Danh hiệu, hình thức', width: 34, value: (r) => awardName(r.awardCode, `${r.year}-12-31`) },
  { header: 'Loại hình', width: 18, value: (r) => kindName(r.kind) },
  { header: 'Năm thành tích', width: 12, value: (r) => r.year },
  { header: 'Từ năm', width: 10, value: (r) => r.periodStartYear },
  { header: 'Thành tích', width: 40, value: (r) => r.achievement },
  { header: 'Số quyết định', width: 18, value: (r) => r.decisionNumber },
  { header: 'Ngày quyết định', width: 14, value: (r) => vnDate(r.decisionDate) },
  { header: 'Tiền thưởng (đồng)', width: 16, value: (r) => r.amountVnd },
  { header: 'Đã thu hồi', width: 10, value: (r) => (r.isRevoked ? 'Có' : '') },
  { header: 'Ngày thu hồi', width: 14, value: (r) => vnDate(r.revokedOn) },
];
