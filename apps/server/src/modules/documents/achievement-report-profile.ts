import { formatLongDate } from '@vinhdanh/domain/text/vietnamese-date';
import { AlignmentType } from 'docx';
import { dottedLine, para } from './nd30-blocks';

// Part I of a báo cáo thành tích: the person's background (sơ lược lý lịch) or the unit's
// situation (đặc điểm, tình hình). Only what the record holds is filled; the rest is a dotted line.

export type PersonProfile = {
  kind: 'PERSON';
  fullName: string;
  gender: 'NAM' | 'NU';
  /** The full date for an actor allowed to see it; otherwise only the year (sensitive data). */
  birth: { date: string } | { year: string } | null;
  position: string | null;
  unitName: string;
};

export type CollectiveProfile = {
  kind: 'COLLECTIVE';
  name: string;
  parentName: string | null;
  validFrom: string;
  /** Units merged or split into this one, by name. */
  predecessors: string[];
  /** Units directly under this one. */
  subUnits: string[];
  /** People on record in the unit and the units under it. */
  headcount: number;
};

/** A household (hộ gia đình): its head and address are on record; its members are not. */
export type HouseholdProfile = {
  kind: 'HOUSEHOLD';
  headName: string;
  address: string;
  /** The village or commune it is registered under. */
  unitName: string;
};

const heading = (value: string) => para(value, { bold: true, align: AlignmentType.LEFT, before: 200 });

/** "- Label: value", or the label and a dotted line when the record does not know it. */
const field = (label: string, value: string | null | undefined) =>
  value ? para(`- ${label}: ${value}`, { indent: true }) : dottedLine(`- ${label}: `, { indent: true });

function birthLine(birth: PersonProfile['birth']) {
  if (birth === null) return field('Ngày, tháng, năm sinh', null);
  if ('date' in birth) return para(`- Sinh ${formatLongDate(birth.date)}`, { indent: true });
  return para(`- Sinh ngày …… tháng …… năm ${birth.year}`, { indent: true });
}

export function personProfile(p: PersonProfile) {
  return [
    heading('I. SƠ LƯỢC LÝ LỊCH'),
    field('Họ và tên', p.fullName),
    birthLine(p.birth),
    field('Giới tính', p.gender === 'NU' ? 'Nữ' : 'Nam'),
    field('Quê quán', null),
    field('Trú quán', null),
    field('Đơn vị công tác', p.unitName),
    field('Chức vụ (đảng, chính quyền, đoàn thể)', p.position),
    field('Trình độ chuyên môn, nghiệp vụ', null),
    field('Học hàm, học vị, danh hiệu, giải thưởng', null),
  ];
}

export function collectiveProfile(c: CollectiveProfile) {
  const history = [
    `hoạt động từ ${formatLongDate(c.validFrom)}`,
    ...(c.predecessors.length > 0 ? [`được tổ chức lại trên cơ sở ${c.predecessors.join(', ')}`] : []),
  ].join('; ');
  return [
    heading('I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH'),
    para('1. Đặc điểm, tình hình:', { bold: true, indent: true }),
    field('Tên tập thể', c.name),
    field('Cơ quan cấp trên trực tiếp', c.parentName),
    field('Địa chỉ trụ sở chính, điện thoại', null),
    field('Quá trình thành lập và phát triển', `${history.charAt(0).toUpperCase()}${history.slice(1)}.`),
    field(
      'Cơ cấu tổ chức',
      c.subUnits.length > 0 ? `gồm ${c.subUnits.length} đơn vị trực thuộc: ${c.subUnits.join(', ')}.` : null,
    ),
    field(
      'Tổng số cán bộ, công chức, viên chức, người lao động',
      c.headcount > 0 ? `${c.headcount} người.` : null,
    ),
    dottedLine('- Những đặc điểm chính (thuận lợi, khó khăn): ', { indent: true }),
    dottedLine(),
    para('2. Tổ chức đảng, đoàn thể:', { bold: true, indent: true }),
    dottedLine(),
    dottedLine(),
  ];
}

export function householdProfile(h: HouseholdProfile) {
  return [
    heading('I. SƠ LƯỢC VỀ HỘ GIA ĐÌNH'),
    field('Họ và tên chủ hộ', h.headName),
    field('Địa chỉ', h.address),
    field('Thuộc thôn, tổ dân phố, xã, phường', h.unitName),
    // The record keeps no members: the writer lists them (name, year of birth, relation to the head).
    dottedLine('- Số nhân khẩu: ', { indent: true }),
    dottedLine('- Các thành viên trong hộ (họ và tên, năm sinh, quan hệ với chủ hộ): ', { indent: true }),
    dottedLine(),
    dottedLine(),
  ];
}
