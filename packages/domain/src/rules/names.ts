// Vietnamese names used in reason texts and the catalogue listing.
import type {
  AwardCode,
  AwardKind,
  CollectiveKind,
  DisciplineForm,
  HoldReason,
  InitiativeScope,
  Rating,
  SubjectGroup,
  SubjectType,
} from './types';

export const AWARD_NAMES: Readonly<Record<AwardCode, { readonly name: string; readonly short: string }>> = {
  LDTT: { name: 'Lao động tiên tiến', short: 'Lao động tiên tiến' },
  CSTT: { name: 'Chiến sĩ tiên tiến', short: 'Chiến sĩ tiên tiến' },
  CSTDCS: { name: 'Chiến sĩ thi đua cơ sở', short: 'CSTĐ cơ sở' },
  CSTD_BO_TINH: { name: 'Chiến sĩ thi đua bộ, ban, ngành, tỉnh', short: 'CSTĐ bộ, ban, ngành, tỉnh' },
  CSTDTQ: { name: 'Chiến sĩ thi đua toàn quốc', short: 'CSTĐ toàn quốc' },
  TTLDTT: { name: 'Tập thể lao động tiên tiến', short: 'Tập thể lao động tiên tiến' },
  TTLDXS: { name: 'Tập thể lao động xuất sắc', short: 'Tập thể lao động xuất sắc' },
  CO_BO_TINH: { name: 'Cờ thi đua bộ, ban, ngành, tỉnh', short: 'Cờ thi đua bộ, tỉnh' },
  CO_CP: { name: 'Cờ thi đua của Chính phủ', short: 'Cờ thi đua của Chính phủ' },
  XA_TIEU_BIEU: { name: 'Xã, phường, thị trấn (đặc khu) tiêu biểu', short: 'Xã tiêu biểu' },
  THON_VH: { name: 'Thôn, tổ dân phố văn hóa', short: 'Thôn, tổ dân phố văn hóa' },
  GD_VH: { name: 'Gia đình văn hóa', short: 'Gia đình văn hóa' },
  GIAY_KHEN: { name: 'Giấy khen', short: 'Giấy khen' },
  BK_BO_TINH: { name: 'Bằng khen bộ, ban, ngành, tỉnh', short: 'Bằng khen bộ, tỉnh' },
  BK_TTG: { name: 'Bằng khen của Thủ tướng Chính phủ', short: 'Bằng khen Thủ tướng' },
  HCLD3: { name: 'Huân chương Lao động hạng Ba', short: 'Huân chương Lao động hạng Ba' },
  HCLD2: { name: 'Huân chương Lao động hạng Nhì', short: 'Huân chương Lao động hạng Nhì' },
  HCLD1: { name: 'Huân chương Lao động hạng Nhất', short: 'Huân chương Lao động hạng Nhất' },
};

/**
 * The name of an award code that may be a province's own (issue 12, rule 12): the law's table,
 * else the rule set's catalogue (which holds the tenant's awards in force), else the code itself.
 * A province's award in a history must never break a reason text.
 */
export function awardNames(
  code: AwardCode,
  catalogue?: Readonly<Partial<Record<string, { readonly name: string }>>>,
): { readonly name: string; readonly short: string } {
  const law = (AWARD_NAMES as Partial<Record<string, { name: string; short: string }>>)[code];
  if (law) return law;
  const name = catalogue?.[code]?.name ?? code;
  return { name, short: name };
}

export const RATING_NAMES: Readonly<Record<Rating, string>> = {
  HTXSNV: 'Hoàn thành xuất sắc nhiệm vụ',
  HTTNV: 'Hoàn thành tốt nhiệm vụ',
  HTNV: 'Hoàn thành nhiệm vụ',
  KHTNV: 'Không hoàn thành nhiệm vụ',
};

export const KIND_NAMES: Readonly<Record<AwardKind, string>> = {
  CONG_TRANG: 'theo công trạng',
  DOT_XUAT: 'đột xuất',
  CHUYEN_DE: 'theo chuyên đề',
  CONG_HIEN: 'quá trình cống hiến',
  NIEN_HAN: 'theo niên hạn',
  DOI_NGOAI: 'đối ngoại',
  KHANG_CHIEN: 'tổng kết thành tích kháng chiến',
};

export const SCOPE_NAMES: Readonly<Record<InitiativeScope, string>> = {
  CO_SO: 'cơ sở',
  BO_TINH: 'bộ, ban, ngành, tỉnh',
  TOAN_QUOC: 'toàn quốc',
};

export const DISCIPLINE_NAMES: Readonly<Record<DisciplineForm, string>> = {
  KHIEN_TRACH: 'khiển trách',
  CANH_CAO: 'cảnh cáo',
  HA_BAC_LUONG: 'hạ bậc lương',
  GIANG_CHUC: 'giáng chức',
  CACH_CHUC: 'cách chức',
  BUOC_THOI_VIEC: 'buộc thôi việc',
};

export const HOLD_NAMES: Readonly<Record<HoldReason, string>> = {
  KY_LUAT_XEM_XET: 'đang xem xét kỷ luật',
  THANH_TRA: 'đang thanh tra, kiểm tra có dấu hiệu vi phạm',
  DIEU_TRA: 'đang điều tra',
  KHIEU_NAI: 'khiếu nại, tố cáo đang được xác minh',
  BAO_CHI: 'báo chí phản ánh đang được xác minh',
};

export const COLLECTIVE_KIND_NAMES: Readonly<Record<CollectiveKind, string>> = {
  AGENCY: 'cơ quan, đơn vị, doanh nghiệp',
  COMMUNE: 'xã, phường, đặc khu',
  VILLAGE: 'thôn, tổ dân phố',
};

export const GROUP_NAMES: Readonly<Record<SubjectGroup, string>> = {
  CBCCVC: 'cán bộ, công chức, viên chức',
  CONG_NHAN: 'công nhân',
  NONG_DAN: 'nông dân',
  NGUOI_LAO_DONG: 'người lao động',
  LLVT: 'lực lượng vũ trang',
};

export const SUBJECT_TYPE_NAMES: Readonly<Record<SubjectType, string>> = {
  individual: 'cá nhân',
  collective: 'tập thể',
  household: 'hộ gia đình',
};

/** "72,5" — Vietnamese decimal comma, at most one decimal. */
export function formatPercentVn(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return String(rounded).replace('.', ',');
}

/** "2020–2024", or "2024" for a one-year window. */
export const formatYears = (from: number, to: number): string => (from === to ? `${to}` : `${from}–${to}`);
