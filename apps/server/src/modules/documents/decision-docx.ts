import { formKindName } from '@vinhdanh/domain/documents/authority-lines';
import {
  awardName,
  countPhrase,
  DOCUMENT_SUBJECT_ORDER,
  decidedPhrase,
} from '@vinhdanh/domain/documents/award-phrases';
import { countBySubjectType, subjectTypeName } from '@vinhdanh/domain/records/subject-type';
import type { AwardLookup } from '@vinhdanh/domain/rules/award-catalogue';
import { formatThousands, formatVnd, vndInWords } from '@vinhdanh/domain/text/money-text';
import { formatLongDate, formatPlaceDate, padDocumentNumber } from '@vinhdanh/domain/text/vietnamese-date';
import type { DecisionAwardRow } from '../records/index';
import type { DecisionAuthority } from './decision-authority';
import { renderDocx } from './document-docx';
import { type Block, type DocumentModel, paragraph as para, run as text } from './document-model';
import type { DocumentSettings } from './document-settings.repository';

export type DecisionDocInput = {
  decision: { number: string; signedOn: string; issuer: string; signer: string | null };
  proposal: { title: string; unitName: string } | null;
  awards: DecisionAwardRow[];
  settings: DocumentSettings;
  /** Who decided and who signed: the authority line, the decision's subject, the signature block. */
  authority: DecisionAuthority;
  /** The rule set in force on the signing date: its sources are the legal bases. */
  legalSources: readonly string[];
  /** The tenant's catalogue on the signing date: a province's own award prints its name. */
  catalogue?: AwardLookup;
};

/** One award code per group, in first-seen order (the annex is already sorted). */
function groupByCode(awards: DecisionAwardRow[]) {
  const groups = new Map<string, DecisionAwardRow[]>();
  for (const a of awards) groups.set(a.awardCode, [...(groups.get(a.awardCode) ?? []), a]);
  return [...groups.entries()];
}

function legalBases(input: DecisionDocInput) {
  const bases = input.legalSources.map((source) => `Căn cứ ${source};`);
  if (input.proposal) {
    bases.push(`Xét đề nghị của ${input.proposal.unitName} tại hồ sơ "${input.proposal.title}".`);
  }
  return bases.map((b): Block => para([text(b, { italics: true })], { indent: true }));
}

function articles(input: DecisionDocInput): Block[] {
  const groups = groupByCode(input.awards);
  const article1 = groups.map(([code, rows]) => {
    const year = rows[0]?.year ?? Number(input.decision.signedOn.slice(0, 4));
    const phrase = decidedPhrase(code, year, input.authority.headOf, input.catalogue);
    return `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)} cho ${countPhrase(countBySubjectType(rows))} (có danh sách kèm theo), đã có thành tích xuất sắc trong thực hiện nhiệm vụ.`;
  });
  const total = input.awards.reduce((sum, a) => sum + (a.amountVnd ?? 0), 0);
  const money = groups.map(([code, rows]) => {
    // One amount per kind of subject: "mỗi tập thể …; mỗi hộ gia đình …; mỗi cá nhân …".
    const parts = DOCUMENT_SUBJECT_ORDER.flatMap((type) => {
      const amounts = [...new Set(rows.filter((r) => r.subjectType === type).map((r) => r.amountVnd ?? 0))];
      return amounts.length === 1
        ? [`mỗi ${subjectTypeName(type)} được thưởng ${formatVnd(amounts[0] ?? 0)}`]
        : [];
    });
    return parts.length
      ? `Kèm theo ${formKindName(code) ?? awardName(code, input.catalogue)}, ${parts.join('; ')}.`
      : '';
  });
  const article = (n: number, body: string) =>
    para([text(`Điều ${n}. `, { bold: true }), text(body)], { indent: true });
  return [
    para('QUYẾT ĐỊNH:', { bold: true, align: 'center', before: 120, after: 120 }),
    article(1, article1.join(' ')),
    article(
      2,
      `${money.filter(Boolean).join(' ')} Tổng số tiền thưởng: ${formatVnd(total)} (${vndInWords(total)}), chi từ Quỹ thi đua, khen thưởng của ${input.authority.issuingBody}.`.trim(),
    ),
    article(
      3,
      `Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Trưởng bộ phận Thi đua - Khen thưởng${input.proposal ? `, ${input.proposal.unitName}` : ''} và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.`,
    ),
  ];
}

function annex(input: DecisionDocInput, numberText: string): Block[] {
  const rows = input.awards.map((a, i) => [
    String(i + 1),
    a.name,
    a.unitLine,
    a.achievement ?? '',
    a.amountVnd === null ? '' : formatThousands(a.amountVnd),
  ]);
  const total = input.awards.reduce((sum, a) => sum + (a.amountVnd ?? 0), 0);
  rows.push(['', 'Tổng cộng', '', '', formatThousands(total)]);
  return [
    para('DANH SÁCH', { bold: true, align: 'center', pageBreakBefore: true }),
    para(
      `(Kèm theo Quyết định số ${numberText} ${formatLongDate(input.decision.signedOn)} của ${input.authority.decider})`,
      {
        italics: true,
        align: 'center',
        after: 200,
      },
    ),
    {
      type: 'table',
      headers: ['STT', 'Họ và tên', 'Chức vụ, đơn vị', 'Thành tích', 'Số tiền (đồng)'],
      widths: [6, 28, 24, 24, 18],
      rows,
    },
  ];
}

/** Quyết định khen thưởng with its annex list, in the ND 30/2020 layout: the content both writers render. */
export function decisionModel(input: DecisionDocInput): DocumentModel {
  const { decision, settings, authority } = input;
  const numberText = padDocumentNumber(decision.number);
  const subject = [
    ...new Set(
      input.awards.map((a) => decidedPhrase(a.awardCode, a.year, authority.headOf, input.catalogue)),
    ),
  ].join(' và ');
  return {
    title: `Quyết định ${numberText}`,
    blocks: [
      {
        type: 'letterhead',
        letterhead: {
          parentBody: authority.parentBody,
          issuingBody: authority.issuingBody,
          numberLine: `Số: ${numberText}`,
          placeDate: formatPlaceDate(settings.placeName, decision.signedOn),
        },
      },
      { type: 'title', kind: 'QUYẾT ĐỊNH', subject: `Về việc ${subject}` },
      para(authority.authorityLine, { bold: true, align: 'center', after: 120 }),
      ...legalBases(input),
      ...articles(input),
      {
        type: 'signature',
        recipients: ['Như Điều 3;', 'Lưu: VT, TĐKT.'],
        signerTitle: [...authority.signatureLines],
        signerName: authority.signerName,
      },
      ...annex(input, numberText),
    ],
  };
}

/** The decision as .docx (the PDF comes from the same model, document-pdf.ts). */
export const renderDecisionDocx = (input: DecisionDocInput) => renderDocx(decisionModel(input));
