// What a decision and its certificates print about the authority (ND 30/2020 layout): the line under the
// title ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SƠN HÀ"), the decision's subject ("Về việc tặng Bằng khen của Chủ tịch
// Ủy ban nhân dân tỉnh") and the signature block ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"), all from the award's decider
// and the person who signs. A deputy signs "ký thay" (KT.) the head.
import type { DeciderRole } from '../rules/params';

export type DeciderBody = {
  readonly role: DeciderRole;
  /** The deciding body's own name: "tỉnh Sơn Hà", "Sở Giáo dục và Đào tạo", "xã Tân Lập". */
  readonly place: string;
};

export type Signer = {
  readonly name: string;
  /** true: a deputy signs on the head's behalf (chosen per decision). */
  readonly deputy: boolean;
};

export type AuthorityLines = {
  /** Line under "QUYẾT ĐỊNH", upper case. */
  readonly authorityLine: string;
  /** The same in sentence case, as a tờ trình addresses the decider: "Chủ tịch Ủy ban nhân dân tỉnh Sơn Hà". */
  readonly decider: string;
  /** The body in the letterhead: "Ủy ban nhân dân xã Tân Lập", "Sở Giáo dục và Đào tạo". */
  readonly issuingBody: string;
  /** The head's title as the decision names it in "Về việc tặng … của …". */
  readonly headOf: string;
  /** The signature block, one entry per line, upper case, then the signer's name. */
  readonly signatureLines: readonly string[];
  readonly signerName: string;
};

type Head = { readonly head: string; readonly deputy: string; readonly body: (place: string) => string };

const HEADS: Readonly<Partial<Record<DeciderRole, Head>>> = {
  CHU_TICH_UBND_TINH: {
    head: 'Chủ tịch',
    deputy: 'Phó Chủ tịch',
    body: (p) => `Ủy ban nhân dân ${p}`,
  },
  CHU_TICH_UBND_XA: { head: 'Chủ tịch', deputy: 'Phó Chủ tịch', body: (p) => `Ủy ban nhân dân ${p}` },
  CHU_TICH_UBND_HUYEN: { head: 'Chủ tịch', deputy: 'Phó Chủ tịch', body: (p) => `Ủy ban nhân dân ${p}` },
  THU_TRUONG_SO: { head: 'Giám đốc', deputy: 'Phó Giám đốc', body: (p) => p },
  BO_TRUONG: { head: 'Bộ trưởng', deputy: 'Thứ trưởng', body: (p) => p },
  GIAM_DOC_DOANH_NGHIEP: { head: 'Giám đốc', deputy: 'Phó Giám đốc', body: (p) => p },
  THU_TRUONG_DON_VI: { head: 'Thủ trưởng', deputy: 'Phó Thủ trưởng', body: (p) => p },
  THU_TUONG: { head: 'Thủ tướng', deputy: 'Phó Thủ tướng', body: () => 'Chính phủ' },
  CHU_TICH_NUOC: {
    head: 'Chủ tịch',
    deputy: 'Phó Chủ tịch',
    body: () => 'nước Cộng hòa xã hội chủ nghĩa Việt Nam',
  },
};

const upper = (s: string): string => s.toLocaleUpperCase('vi-VN');

/** "tỉnh Sơn Hà" → "tỉnh"; a body without a level word ("Sở Y tế") keeps its name. */
function level(place: string): string {
  const m = /^(tỉnh|thành phố|xã|phường|đặc khu|huyện)(?=\s|$)/iu.exec(place);
  return m ? (m[1] as string).toLowerCase() : place;
}

export function authorityLines(decider: DeciderBody, signer: Signer): AuthorityLines {
  const h = HEADS[decider.role] ?? HEADS.THU_TRUONG_DON_VI;
  if (!h) throw new Error('unreachable');
  const body = h.body(decider.place);
  const isUbnd = body.startsWith('Ủy ban nhân dân');
  // "Chủ tịch Ủy ban nhân dân tỉnh Sơn Hà"; a department head: "Giám đốc Sở Y tế".
  const full = `${h.head} ${body}`;
  const headOf = isUbnd ? `${h.head} Ủy ban nhân dân ${level(decider.place)}` : full;
  const signatureLines = signer.deputy ? [`KT. ${upper(h.head)}`, upper(h.deputy)] : [upper(h.head)];
  return {
    authorityLine: upper(full),
    decider: full,
    issuingBody: body,
    headOf,
    signatureLines,
    signerName: signer.name,
  };
}

/** "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh" (a form), or the title's recognition. */
export function decisionSubject(verbPhrase: string, lines: AuthorityLines, isForm: boolean): string {
  return isForm ? `Về việc ${verbPhrase} của ${lines.headOf}` : `Về việc ${verbPhrase}`;
}

/**
 * The decider of a unit by its type, and the place its title names: the chair of a provincial or
 * commune People's Committee (ND 129/2025, Điều 59 for the commune), a department's director, a
 * ministry's minister, an enterprise's director; any other unit is headed by its "Thủ trưởng".
 */
const ROLE_OF_UNIT_TYPE: Readonly<Record<string, DeciderRole>> = {
  UBND_TINH: 'CHU_TICH_UBND_TINH',
  XA_PHUONG: 'CHU_TICH_UBND_XA',
  SO_BAN_NGANH: 'THU_TRUONG_SO',
  BO: 'BO_TRUONG',
  DOANH_NGHIEP: 'GIAM_DOC_DOANH_NGHIEP',
};

/** "Ủy ban nhân dân tỉnh Sơn Hà" / "UBND xã Tân Lập" / "Xã Tân Lập" → "tỉnh Sơn Hà" / "xã Tân Lập". */
export function placeOf(unitName: string): string {
  const bare = unitName.replace(/^(Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+/iu, '').trim();
  return /^(Tỉnh|Thành phố|Xã|Phường|Đặc khu|Huyện)(?=\s|$)/u.test(bare)
    ? `${bare.charAt(0).toLocaleLowerCase('vi-VN')}${bare.slice(1)}`
    : bare;
}

export function deciderBodyOfUnit(unit: { readonly type: string; readonly name: string }): DeciderBody {
  const role = ROLE_OF_UNIT_TYPE[unit.type] ?? 'THU_TRUONG_DON_VI';
  const isUbnd = role === 'CHU_TICH_UBND_TINH' || role === 'CHU_TICH_UBND_XA';
  return { role, place: isUbnd ? placeOf(unit.name) : unit.name };
}

/**
 * A form of commendation named by its kind alone, since the decision adds "của <người quyết định>":
 * "tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", not "tặng Bằng khen bộ, ban, ngành, tỉnh".
 * Null for titles and for the awards whose name already says who gives them.
 */
export function formKindName(code: string): string | null {
  if (code === 'GIAY_KHEN') return 'Giấy khen';
  if (code === 'BK_BO_TINH') return 'Bằng khen';
  if (code === 'KNC_BO_TINH') return 'Kỷ niệm chương';
  return null;
}
