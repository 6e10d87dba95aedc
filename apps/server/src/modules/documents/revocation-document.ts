import { awardName } from '@vinhdanh/domain/documents/award-phrases';
import { formatVnd } from '@vinhdanh/domain/text/money-text';
import { formatLongDate, formatPlaceDate, padDocumentNumber } from '@vinhdanh/domain/text/vietnamese-date';
import type { Db } from '../../db/client';
import type { DecisionAwardRow } from '../records/index';
import { type AuthorityDecision, decisionAuthority } from './decision-authority';
import { type Block, type DocumentModel, paragraph as para, run as text } from './document-model';
import { loadDocumentSettings } from './document-settings.repository';

// The revocation decision (quyết định thu hồi khen thưởng) of an award given by a signed decision:
// its own number from the register, the same authority as the decision it revokes, one article
// naming the award, the legal ground (Law 2022, Điều 93, khoản 2) and what is to be recovered.

/** Law 2022, Điều 93, khoản 2, điểm a–d, as the article cites them. */
const GROUNDS: Record<'A' | 'B' | 'C' | 'D', string> = {
  A: 'điểm a khoản 2 Điều 93 Luật Thi đua, khen thưởng năm 2022 (kê khai gian dối thành tích)',
  B: 'điểm b khoản 2 Điều 93 Luật Thi đua, khen thưởng năm 2022 (cung cấp thông tin sai hoặc làm giả hồ sơ)',
  C: 'điểm c khoản 2 Điều 93 Luật Thi đua, khen thưởng năm 2022 (thẩm định, xét, đề nghị khen thưởng trái pháp luật)',
  D: 'điểm d khoản 2 Điều 93 Luật Thi đua, khen thưởng năm 2022 (có kết luận vi phạm làm không còn đủ tiêu chuẩn khen thưởng)',
};

export type RevocationContentInput = {
  /** The decision that gave the award (signed). */
  revoked: AuthorityDecision & { number: string; signedOn: string };
  deciderRole: string | null;
  award: DecisionAwardRow;
  /** The revocation decision's date. */
  signedOn: string;
  ground: 'A' | 'B' | 'C' | 'D';
  reason: string;
  recoverCertificate: boolean;
  recoverMoney: boolean;
};

/**
 * The revocation decision's content, rendered by the same PDF writer as a decision. What it reads
 * is read first; the number, taken from the register inside the issuing transaction, comes last.
 */
export async function revocationDecisionContent(
  db: Db,
  tenantId: string,
  input: RevocationContentInput,
): Promise<(number: string) => { model: DocumentModel; baseName: string }> {
  const settings = await loadDocumentSettings(db, tenantId);
  const authority = await decisionAuthority(db, tenantId, input.revoked, input.deciderRole, settings);
  return (number) => revocationModel(input, number, settings.placeName, authority);
}

function revocationModel(
  input: RevocationContentInput,
  number: string,
  placeName: string,
  authority: Awaited<ReturnType<typeof decisionAuthority>>,
): { model: DocumentModel; baseName: string } {
  const numberText = padDocumentNumber(number);
  const revokedNumber = padDocumentNumber(input.revoked.number);
  const name = awardName(input.award.awardCode);
  const article = (n: number, body: string): Block =>
    para([text(`Điều ${n}. `, { bold: true }), text(body)], { indent: true });
  const recover = [
    input.recoverCertificate ? `hiện vật (${name.toLowerCase()})` : null,
    input.recoverMoney && input.award.amountVnd
      ? `số tiền thưởng ${formatVnd(input.award.amountVnd)} đã nhận`
      : null,
  ].filter((x): x is string => x !== null);
  const model: DocumentModel = {
    title: `Quyết định ${numberText}`,
    blocks: [
      {
        type: 'letterhead',
        letterhead: {
          parentBody: authority.parentBody,
          issuingBody: authority.issuingBody,
          numberLine: `Số: ${numberText}`,
          placeDate: formatPlaceDate(placeName, input.signedOn),
        },
      },
      {
        type: 'title',
        kind: 'QUYẾT ĐỊNH',
        subject: `Về việc thu hồi ${name.charAt(0).toLowerCase()}${name.slice(1)}`,
      },
      para(authority.authorityLine, { bold: true, align: 'center', after: 120 }),
      para([text('Căn cứ Luật Thi đua, khen thưởng năm 2022;', { italics: true })], { indent: true }),
      para(
        [
          text(
            `Căn cứ Quyết định số ${revokedNumber} ${formatLongDate(input.revoked.signedOn)} của ${authority.decider};`,
            { italics: true },
          ),
        ],
        { indent: true },
      ),
      para([text(`Xét: ${input.reason}`, { italics: true })], { indent: true }),
      para('QUYẾT ĐỊNH:', { bold: true, align: 'center', before: 120, after: 120 }),
      article(
        1,
        `Thu hồi ${name} đã tặng ${input.award.name}${input.award.unitLine ? `, ${input.award.unitLine}` : ''} tại Quyết định số ${revokedNumber} ${formatLongDate(input.revoked.signedOn)}, theo ${GROUNDS[input.ground]}.`,
      ),
      article(
        2,
        recover.length
          ? `${input.award.name} có trách nhiệm nộp lại ${recover.join(' và ')}.`
          : 'Không thu hồi hiện vật và tiền thưởng.',
      ),
      article(
        3,
        `Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Trưởng bộ phận Thi đua - Khen thưởng và cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.`,
      ),
      {
        type: 'signature',
        recipients: ['Như Điều 3;', 'Lưu: VT, TĐKT.'],
        signerTitle: [...authority.signatureLines],
        signerName: authority.signerName,
      },
    ],
  };
  return { model, baseName: `quyet-dinh-thu-hoi-${number.replace(/[^\p{L}\d-]+/gu, '-')}` };
}
