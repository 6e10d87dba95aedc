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
  return { authorityLine: upper(full), headOf, signatureLines, signerName: signer.name };
}

/** "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh" (a form), or the title's recognition. */
export function decisionSubject(verbPhrase: string, lines: AuthorityLines, isForm: boolean): string {
  return isForm ? `Về việc ${verbPhrase} của ${lines.headOf}` : `Về việc ${verbPhrase}`;
}
