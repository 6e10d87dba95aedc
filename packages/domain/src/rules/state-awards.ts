// The rest of the national catalogue (issue 12, rule 12): Huân chương, Huy chương, state honorary titles,
// Kỷ niệm chương and quá trình cống hiến, as data with their deciders, money and citations. The engine's
// chains cover the titles and forms a province decides or proposes every year (AWARD_CODES); these awards are
// decided by the President (or a minister / provincial chair for Kỷ niệm chương), and their criteria are
// judged by the council ("cần Hội đồng xác nhận") where the text is not encoded. Codes match the statistical
// forms 0602/0603 (packages/domain/reports).

import type { AwardCategory, AwardLevel } from './catalogue';
import { LAW_2022, ND_152 } from './citations';
import { AWARD_NAMES } from './names';
import type { DeciderRole } from './params';
import type { SubjectType } from './types';

/** [C] the article text was read (law-2025-review S2, S16); [U] from memory, a tenant parameter in practice. */
export type Confidence = 'C' | 'S' | 'U';

export type StateAwardGroup =
  | 'HUAN_CHUONG'
  | 'HUY_CHUONG'
  | 'DANH_HIEU_VINH_DU'
  | 'KY_NIEM_CHUONG'
  | 'CONG_HIEN';

export type StateAward = {
  readonly code: string;
  readonly name: string;
  readonly group: StateAwardGroup;
  readonly level: AwardLevel;
  readonly category: AwardCategory;
  readonly subjectTypes: readonly SubjectType[];
  readonly deciders: readonly DeciderRole[];
  /** × base salary for an individual; null when the law sets none (a gift, or left to the decider). */
  readonly coefficient: number | null;
  /** A collective receives this multiple (Huân chương ×2, ND 152, Điều 51). */
  readonly collectiveMultiplier: number;
  /** "≤": the amount is a ceiling the decider fixes (Kỷ niệm chương). */
  readonly ceiling: boolean;
  readonly moneyConfidence: Confidence;
  readonly citation: string;
  readonly moneyCitation: string;
  /** What the council confirms: the criteria are not encoded as chains. */
  readonly judged: string;
};

const IC: readonly SubjectType[] = ['individual', 'collective'];
const I: readonly SubjectType[] = ['individual'];
const PRESIDENT: readonly DeciderRole[] = ['CHU_TICH_NUOC'];
const HC_MONEY = `${ND_152}, Điều 51`;
const HONOUR_MONEY = `${ND_152}, Điều 52`;
const KNC_MONEY = `${ND_152}, Điều 54, khoản 1`;

function order(
  code: string,
  name: string,
  article: string,
  coefficient: number | null,
  moneyConfidence: Confidence,
  subjectTypes: readonly SubjectType[] = IC,
): StateAward {
  return {
    code,
    name,
    group: 'HUAN_CHUONG',
    level: 'NHA_NUOC',
    category: 'HINH_THUC',
    subjectTypes,
    deciders: PRESIDENT,
    coefficient,
    collectiveMultiplier: 2,
    ceiling: false,
    moneyConfidence,
    citation: `${LAW_2022}, ${article}`,
    moneyCitation: HC_MONEY,
    judged: `Đạt tiêu chuẩn ${name} theo ${LAW_2022}, ${article} (Hội đồng xác nhận)`,
  };
}

function medal(code: string, name: string, article: string, coefficient: number | null): StateAward {
  return {
    ...order(code, name, article, coefficient, 'U', I),
    group: 'HUY_CHUONG',
    collectiveMultiplier: 1,
    moneyCitation: HC_MONEY,
  };
}

function honour(
  code: string,
  name: string,
  article: string,
  coefficient: number,
  moneyConfidence: Confidence,
  subjectTypes: readonly SubjectType[] = I,
): StateAward {
  return {
    ...order(code, name, article, coefficient, moneyConfidence, subjectTypes),
    group: 'DANH_HIEU_VINH_DU',
    category: 'DANH_HIEU',
    moneyCitation: HONOUR_MONEY,
  };
}

/**
 * Law 2022 articles are cited by range (law-2025-review §1.2: Huân chương Điều 33–53, Huy chương 54–58,
 * honorary titles 59–70 [U numbering]); the amounts for collectives come from ND 152 Điều 51–52 as quoted (law-2025-review S2 [C]), individual amounts
 * are half of them; amounts without a quote are [U].
 */
export const STATE_AWARDS: readonly StateAward[] = [
  order(
    'HC_SAO_VANG',
    'Huân chương Sao vàng',
    'Điều 33–53 (Huân chương; số điều từng loại chưa xác minh)',
    46.0,
    'C',
  ),
  order(
    'HC_HO_CHI_MINH',
    'Huân chương Hồ Chí Minh',
    'Điều 33–53 (Huân chương; số điều từng loại chưa xác minh)',
    30.5,
    'C',
  ),
  order(
    'HCDL1',
    'Huân chương Độc lập hạng Nhất',
    'Điều 33–53 (Huân chương; số điều từng loại chưa xác minh)',
    15.0,
    'C',
  ),
  order(
    'HCDL2',
    'Huân chương Độc lập hạng Nhì',
    'Điều 33–53 (Huân chương; số điều từng loại chưa xác minh)',
    12.5,
    'C',
  ),
  order(
    'HCDL3',
    'Huân chương Độc lập hạng Ba',
    'Điều 33–53 (Huân chương; số điều từng loại chưa xác minh)',
    10.5,
    'U',
  ),
  order(
    'HCQC1',
    'Huân chương Quân công hạng Nhất',
    'Điều 33–53 (Huân chương; số điều từng loại chưa xác minh)',
    15.0,
    'U',
  ),
  order(
    'HCQC2',
    'Huân chương Quân công hạng Nhì',
    'Điều 33–53 (Huân chương; số điều từng loại chưa xác minh)',
    12.5,
    'U',
  ),
  order(
    'HCQC3',
    'Huân chương Quân công hạng Ba',
    'Điều 33–53 (Huân chương; số điều từng loại chưa xác minh)',
    10.5,
    'U',
  ),
  order(
    'HCBVTQ1',
    'Huân chương Bảo vệ Tổ quốc hạng Nhất',
    'Điều 33–53 (Huân chương; số điều từng loại chưa xác minh)',
    9.0,
    'U',
  ),
  order(
    'HCBVTQ2',
    'Huân chương Bảo vệ Tổ quốc hạng Nhì',
    'Điều 33–53 (Huân chương; số điều từng loại chưa xác minh)',
    7.5,
    'U',
  ),
  order(
    'HCBVTQ3',
    'Huân chương Bảo vệ Tổ quốc hạng Ba',
    'Điều 33–53 (Huân chương; số điều từng loại chưa xác minh)',
    4.5,
    'U',
  ),
  order(
    'HCCC1',
    'Huân chương Chiến công hạng Nhất',
    'Điều 33–53 (Huân chương; số điều từng loại chưa xác minh)',
    8.0,
    'U',
  ),
  order(
    'HCCC2',
    'Huân chương Chiến công hạng Nhì',
    'Điều 33–53 (Huân chương; số điều từng loại chưa xác minh)',
    6.0,
    'U',
  ),
  order(
    'HCCC3',
    'Huân chương Chiến công hạng Ba',
    'Điều 33–53 (Huân chương; số điều từng loại chưa xác minh)',
    4.0,
    'U',
  ),
  order(
    'HC_DAI_DOAN_KET',
    'Huân chương Đại đoàn kết dân tộc',
    'Điều 33–53 (Huân chương; số điều từng loại chưa xác minh)',
    4.5,
    'U',
  ),
  order(
    'HC_DUNG_CAM',
    'Huân chương Dũng cảm',
    'Điều 33–53 (Huân chương; số điều từng loại chưa xác minh)',
    3.0,
    'U',
    I,
  ),
  order(
    'HC_HUU_NGHI',
    'Huân chương Hữu nghị',
    'Điều 33–53 (Huân chương; số điều từng loại chưa xác minh)',
    null,
    'U',
  ),
  medal(
    'HUY_CHUONG_QKQT',
    'Huy chương Quân kỳ quyết thắng',
    'Điều 54–58 (Huy chương; số điều từng loại chưa xác minh)',
    1.5,
  ),
  medal(
    'HUY_CHUONG_VANTQ',
    'Huy chương Vì an ninh Tổ quốc',
    'Điều 54–58 (Huy chương; số điều từng loại chưa xác minh)',
    1.5,
  ),
  medal(
    'HUY_CHUONG_CSVV1',
    'Huy chương Chiến sĩ vẻ vang hạng Nhất',
    'Điều 54–58 (Huy chương; số điều từng loại chưa xác minh)',
    1.5,
  ),
  medal(
    'HUY_CHUONG_CSVV2',
    'Huy chương Chiến sĩ vẻ vang hạng Nhì',
    'Điều 54–58 (Huy chương; số điều từng loại chưa xác minh)',
    1.2,
  ),
  medal(
    'HUY_CHUONG_CSVV3',
    'Huy chương Chiến sĩ vẻ vang hạng Ba',
    'Điều 54–58 (Huy chương; số điều từng loại chưa xác minh)',
    1.0,
  ),
  medal(
    'HUY_CHUONG_HUU_NGHI',
    'Huy chương Hữu nghị',
    'Điều 54–58 (Huy chương; số điều từng loại chưa xác minh)',
    null,
  ),
  medal(
    'HUY_CHUONG_TNXP',
    'Huy chương Thanh niên xung phong vẻ vang',
    'Điều 54–58 (Huy chương; số điều từng loại chưa xác minh)',
    1.5,
  ),
  honour(
    'BMVNAH',
    'Bà mẹ Việt Nam anh hùng',
    'Điều 59–70 (danh hiệu vinh dự nhà nước; số điều từng loại chưa xác minh)',
    15.5,
    'U',
  ),
  honour(
    'AHLLVT',
    'Anh hùng Lực lượng vũ trang nhân dân',
    'Điều 59–70 (danh hiệu vinh dự nhà nước; số điều từng loại chưa xác minh)',
    15.5,
    'C',
    IC,
  ),
  honour(
    'AHLD',
    'Anh hùng Lao động',
    'Điều 59–70 (danh hiệu vinh dự nhà nước; số điều từng loại chưa xác minh)',
    15.5,
    'C',
    IC,
  ),
  honour(
    'NGND',
    'Nhà giáo nhân dân',
    'Điều 59–70 (danh hiệu vinh dự nhà nước; số điều từng loại chưa xác minh)',
    12.5,
    'U',
  ),
  honour(
    'NGUT',
    'Nhà giáo ưu tú',
    'Điều 59–70 (danh hiệu vinh dự nhà nước; số điều từng loại chưa xác minh)',
    9.0,
    'U',
  ),
  honour(
    'TTND',
    'Thầy thuốc nhân dân',
    'Điều 59–70 (danh hiệu vinh dự nhà nước; số điều từng loại chưa xác minh)',
    12.5,
    'U',
  ),
  honour(
    'TTUT',
    'Thầy thuốc ưu tú',
    'Điều 59–70 (danh hiệu vinh dự nhà nước; số điều từng loại chưa xác minh)',
    9.0,
    'U',
  ),
  honour(
    'NSND',
    'Nghệ sĩ nhân dân',
    'Điều 59–70 (danh hiệu vinh dự nhà nước; số điều từng loại chưa xác minh)',
    12.5,
    'U',
  ),
  honour(
    'NSUT',
    'Nghệ sĩ ưu tú',
    'Điều 59–70 (danh hiệu vinh dự nhà nước; số điều từng loại chưa xác minh)',
    9.0,
    'U',
  ),
  honour(
    'NNND',
    'Nghệ nhân nhân dân',
    'Điều 59–70 (danh hiệu vinh dự nhà nước; số điều từng loại chưa xác minh)',
    12.5,
    'U',
  ),
  honour(
    'NNUT',
    'Nghệ nhân ưu tú',
    'Điều 59–70 (danh hiệu vinh dự nhà nước; số điều từng loại chưa xác minh)',
    9.0,
    'U',
  ),
  {
    code: 'KNC_BO_TINH',
    name: 'Kỷ niệm chương của bộ, ban, ngành, tỉnh',
    group: 'KY_NIEM_CHUONG',
    level: 'BO_TINH',
    category: 'HINH_THUC',
    subjectTypes: I,
    deciders: ['BO_TRUONG', 'CHU_TICH_UBND_TINH'],
    coefficient: 0.6,
    collectiveMultiplier: 1,
    ceiling: true,
    moneyConfidence: 'C',
    citation: `${LAW_2022}, Điều 9; ${ND_152}, Điều 54, khoản 1`,
    moneyCitation: KNC_MONEY,
    judged:
      'Có thời gian công tác, đóng góp cho ngành, địa phương theo quy chế Kỷ niệm chương của tỉnh (Hội đồng xác nhận)',
  },
  {
    code: 'CONG_HIEN',
    name: 'Huân chương theo quá trình cống hiến',
    group: 'CONG_HIEN',
    level: 'NHA_NUOC',
    category: 'HINH_THUC',
    subjectTypes: I,
    deciders: PRESIDENT,
    coefficient: null,
    collectiveMultiplier: 1,
    ceiling: false,
    moneyConfidence: 'U',
    citation: `${ND_152}, Điều 9; ${ND_152}, Điều 4, khoản 7`,
    moneyCitation: HC_MONEY,
    judged:
      'Đủ thời gian giữ chức vụ theo Nghị định 152/2025/NĐ-CP, Điều 9 (nữ: giảm một phần ba thời gian), không bị kỷ luật (Hội đồng xác nhận)',
  },
];

const BY_CODE = new Map(STATE_AWARDS.map((a) => [a.code, a]));

export const stateAward = (code: string): StateAward | undefined => BY_CODE.get(code);

/** The name of any award code the law knows: the engine's catalogue first, then the state awards. */
export function lawAwardName(code: string): string | undefined {
  return (
    (AWARD_NAMES as Readonly<Record<string, { readonly name: string }>>)[code]?.name ?? stateAward(code)?.name
  );
}
