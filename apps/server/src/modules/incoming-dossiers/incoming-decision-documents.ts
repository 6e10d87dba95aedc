import type { Readable } from 'node:stream';
import { authorityLines } from '@vinhdanh/domain/documents/authority-lines';
import {
  awardName,
  certificateKind,
  countPhrase,
  decidedPhrase,
  isTitle,
} from '@vinhdanh/domain/documents/award-phrases';
import { countBySubjectType } from '@vinhdanh/domain/records/subject-type';
import type { AwardLookup } from '@vinhdanh/domain/rules/award-catalogue';
import type { RuleSet } from '@vinhdanh/domain/rules/rule-set';
import type { AwardCode } from '@vinhdanh/domain/rules/types';
import {
  formatLongDate,
  formatPlaceDate,
  formatShortDate,
  padDocumentNumber,
} from '@vinhdanh/domain/text/vietnamese-date';
import {
  type Block,
  type CertificateText,
  type DocumentModel,
  paragraph as para,
  renderCertificatesPdf,
  renderPdf,
  run as text,
} from '../documents/index';
import type { IncomingDossierRow } from './incoming-dossiers.repository';

// The decision a receiving tenant issues on a dossier sent up, and one certificate per approved
// item: the same ND 30/2020 content model and certificate texts the tenant's own decisions use
// (documents), rendered to PDF, then signed with the seal by the caller.

type Item = IncomingDossierRow['manifest']['dossier']['items'][number];

export type IncomingDecisionInput = {
  row: IncomingDossierRow;
  approved: Item[];
  number: string;
  signedOn: string;
  signer: { name: string; title: string | null };
  placeName: string;
  issuingTenant: string;
  ruleSet: RuleSet;
  catalogue: AwardLookup;
  verifyUrl: string;
};

/** Who decides the awards (the rule set's decider of the first approved award) and signs. */
export function incomingAuthority(input: Omit<IncomingDecisionInput, 'verifyUrl'>) {
  const code = (input.approved[0] ?? input.row.manifest.dossier.items[0])?.awardCode as AwardCode;
  const role = input.ruleSet.awards[code]?.deciders[0] ?? 'THU_TRUONG_DON_VI';
  return authorityLines({ role, place: input.issuingTenant }, { name: input.signer.name, deputy: false });
}

export function incomingDecisionModel(input: Omit<IncomingDecisionInput, 'verifyUrl'>): DocumentModel {
  const { row, approved, catalogue } = input;
  const { dossier } = row.manifest;
  const lines = incomingAuthority(input);
  const numberText = padDocumentNumber(input.number);
  const phrases = [
    ...new Set(approved.map((i) => decidedPhrase(i.awardCode, dossier.year, lines.headOf, catalogue))),
  ];
  const cap = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
  const article = (n: number, body: string): Block =>
    para([text(`Điều ${n}. `, { bold: true }), text(body)], { indent: true });
  const first =
    approved.length > 0
      ? `${cap(phrases.join('; '))} cho ${countPhrase(countBySubjectType(approved.map((i) => ({ subjectType: i.subject.type }))))} (có danh sách kèm theo), đã có thành tích xuất sắc trong thực hiện nhiệm vụ.`
      : `Không khen thưởng các đối tượng đề nghị tại hồ sơ "${dossier.title}" của ${row.senderName}.`;
  return {
    title: `Quyết định ${numberText}`,
    blocks: [
      {
        type: 'letterhead',
        letterhead: {
          parentBody: null,
          issuingBody: lines.issuingBody,
          numberLine: `Số: ${numberText}`,
          placeDate: formatPlaceDate(input.placeName, input.signedOn),
        },
      },
      { type: 'title', kind: 'QUYẾT ĐỊNH', subject: `Về việc ${phrases.join(' và ') || 'khen thưởng'}` },
      para(lines.authorityLine, { bold: true, align: 'center', after: 120 }),
      ...input.ruleSet.sources.map((s) => para([text(`Căn cứ ${s};`, { italics: true })], { indent: true })),
      para([text(`Xét đề nghị của ${row.senderName} tại hồ sơ "${dossier.title}".`, { italics: true })], {
        indent: true,
      }),
      para('QUYẾT ĐỊNH:', { bold: true, align: 'center', before: 120, after: 120 }),
      article(1, first),
      article(2, 'Quyết định này có hiệu lực kể từ ngày ký.'),
      article(
        3,
        `${row.senderName} và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.`,
      ),
      {
        type: 'signature',
        recipients: ['Như Điều 3;', 'Lưu: VT, TĐKT.'],
        signerTitle: [...lines.signatureLines],
        signerName: lines.signerName,
      },
      ...(approved.length > 0
        ? [
            para('DANH SÁCH', { bold: true, align: 'center', pageBreakBefore: true }),
            para(
              `(Kèm theo Quyết định số ${numberText} ${formatLongDate(input.signedOn)} của ${lines.decider})`,
              { italics: true, align: 'center', after: 200 },
            ),
            {
              type: 'table' as const,
              headers: ['STT', 'Họ và tên', 'Chức vụ, đơn vị', 'Hình thức', 'Thành tích'],
              widths: [6, 24, 24, 22, 24],
              rows: approved.map((i, n) => [
                String(n + 1),
                i.subject.name,
                i.subject.unitName ?? '',
                awardName(i.awardCode, catalogue),
                i.achievement ?? '',
              ]),
            },
          ]
        : []),
    ],
  };
}

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** One certificate (Bằng khen…) of an approved item, as an unsigned PDF. */
export async function incomingCertificatePdf(input: IncomingDecisionInput, item: Item, registry: number) {
  const lines = incomingAuthority(input);
  const year = input.row.manifest.dossier.year;
  const name = awardName(item.awardCode, input.catalogue);
  const certificate: CertificateText = {
    issuerTitle: lines.authorityLine,
    kind: certificateKind(item.awardCode),
    titleLine: isTitle(item.awardCode, input.catalogue) ? `Danh hiệu "${name}" năm ${year}` : '',
    recipientName: item.subject.name,
    unitLine: item.subject.unitName ?? '',
    achievement: item.achievement ?? 'Đã có thành tích xuất sắc trong thực hiện nhiệm vụ',
    decisionLine: `Quyết định số ${padDocumentNumber(input.number)} ngày ${formatShortDate(input.signedOn)}`,
    registryLine: `Số vào sổ: ${String(registry).padStart(6, '0')}`,
    placeDate: formatPlaceDate(input.placeName, input.signedOn),
    signerTitle: lines.signatureLines.join('\n'),
    signerName: lines.signerName,
    verifyUrl: input.verifyUrl,
  };
  return collect(
    (await renderCertificatesPdf([certificate], 'full', { xMm: 0, yMm: 0 })) as unknown as Readable,
  );
}

export const renderIncomingDecisionPdf = (input: Omit<IncomingDecisionInput, 'verifyUrl'>) =>
  renderPdf(incomingDecisionModel(input));
