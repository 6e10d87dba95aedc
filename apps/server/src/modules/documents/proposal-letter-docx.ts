import {
  awardName,
  awardVerbPhrase,
  countPhrase,
  decidedPhrase,
} from '@vinhdanh/domain/documents/award-phrases';
import { countBySubjectType } from '@vinhdanh/domain/records/subject-type';
import type { AwardLookup } from '@vinhdanh/domain/rules/award-catalogue';
import { formatLongDate, formatPlaceDate } from '@vinhdanh/domain/text/vietnamese-date';
import { renderDocx } from './document-docx';
import { type Block, type DocumentModel, paragraph as para, run as text } from './document-model';
import type { LetterRow } from './proposal-letter.repository';

export type ProposalLetterInput = {
  proposal: { title: string; year: number };
  /** The submitting unit: it signs the letter. */
  unit: { name: string; code: string; parentBody: string | null; headTitle: string };
  /**
   * Who the letter is addressed to, and, when that office forwards it, who decides; `headOf` names
   * the decider in "tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh" (null for a state award).
   */
  route: { addressee: string; decider: string | null; headOf: string | null };
  date: string;
  placeName: string;
  rows: LetterRow[];
  /** The sources of the rule set in force on the letter's date: its legal bases. */
  legalSources: readonly string[];
  /** The tenant's catalogue on the letter's date: a province's own award prints its name. */
  catalogue?: AwardLookup;
};

/** A tờ trình has no number until the văn thư registers it: "Số:      /TTr-SGDDT", as drafts are. */
const numberText = (code: string) => `     /TTr-${code.toUpperCase()}`;

const capitalize = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

/** "tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh" once the decider is known; else the award's name. */
const phraseOf = (input: ProposalLetterInput, code: string) =>
  input.route.headOf
    ? decidedPhrase(code, input.proposal.year, input.route.headOf, input.catalogue)
    : awardVerbPhrase(code, input.proposal.year, input.catalogue);

function groupByCode(rows: LetterRow[]) {
  const groups = new Map<string, LetterRow[]>();
  for (const r of rows) groups.set(r.awardCode, [...(groups.get(r.awardCode) ?? []), r]);
  return [...groups.entries()];
}

function body(input: ProposalLetterInput): Block[] {
  const { unit, route, proposal } = input;
  const bases = input.legalSources.map((source) =>
    para([text(`Căn cứ ${source};`, { italics: true })], { indent: true }),
  );
  const ask = route.decider
    ? `${unit.name} kính đề nghị ${route.addressee} xem xét, trình ${route.decider} quyết định:`
    : `${unit.name} kính đề nghị ${route.addressee} xem xét, quyết định:`;
  const lines = groupByCode(input.rows).map(([code, rows]) => {
    const phrase = capitalize(phraseOf(input, code));
    return para(`- ${phrase} cho ${countPhrase(countBySubjectType(rows))};`, { indent: true });
  });
  return [
    ...bases,
    para(
      `Xét thành tích của các tập thể, cá nhân trong năm ${proposal.year} tại hồ sơ "${proposal.title}", ${ask}`,
      { indent: true },
    ),
    ...lines,
    para('(Có danh sách kèm theo)', { italics: true, indent: true }),
    para(`${unit.name} kính trình ${route.addressee} xem xét, quyết định./.`, { indent: true, after: 200 }),
  ];
}

function annex(input: ProposalLetterInput): Block[] {
  const rows = input.rows.map((r, i) => [
    String(i + 1),
    r.name,
    r.unitLine,
    awardName(r.awardCode, input.catalogue),
    r.achievement ?? '',
  ]);
  return [
    para('DANH SÁCH', { bold: true, align: 'center', pageBreakBefore: true }),
    para(`Tập thể, cá nhân đề nghị khen thưởng năm ${input.proposal.year}`, {
      bold: true,
      align: 'center',
      after: 0,
    }),
    para(
      `(Kèm theo Tờ trình số ${numberText(input.unit.code)} ${formatLongDate(input.date)} của ${input.unit.name})`,
      { italics: true, align: 'center', after: 200 },
    ),
    {
      type: 'table',
      headers: [
        'STT',
        'Họ và tên / Tên tập thể',
        'Chức vụ, đơn vị',
        'Hình thức, danh hiệu đề nghị',
        'Thành tích',
      ],
      widths: [7, 26, 22, 19, 26],
      rows,
    },
  ];
}

/** Tờ trình đề nghị khen thưởng (Law 2022, Điều 84: the first component of a dossier) with its list. */
export function proposalLetterModel(input: ProposalLetterInput): DocumentModel {
  const phrases = [...new Set(input.rows.map((r) => phraseOf(input, r.awardCode)))];
  // "A, B và C"
  const subject = [phrases.slice(0, -1).join(', '), phrases.at(-1)].filter(Boolean).join(' và ');
  return {
    title: `Tờ trình ${input.proposal.title}`,
    blocks: [
      {
        type: 'letterhead',
        letterhead: {
          parentBody: input.unit.parentBody,
          issuingBody: input.unit.name,
          numberLine: `Số: ${numberText(input.unit.code)}`,
          placeDate: formatPlaceDate(input.placeName, input.date),
        },
      },
      { type: 'title', kind: 'TỜ TRÌNH', subject: `Về việc đề nghị ${subject || 'khen thưởng'}` },
      { type: 'addressee', recipients: [input.route.addressee] },
      ...body(input),
      {
        type: 'signature',
        recipients: ['Như trên;', 'Lưu: VT, TĐKT.'],
        signerTitle: input.unit.headTitle.split('\n'),
        signerName: '',
      },
      ...annex(input),
    ],
  };
}

/** The tờ trình as .docx (the PDF comes from the same model, document-pdf.ts). */
export const renderProposalLetterDocx = (input: ProposalLetterInput) =>
  renderDocx(proposalLetterModel(input));
