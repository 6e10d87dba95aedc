import { awardName, certificateKind, isTitle } from '@vinhdanh/domain/documents/award-phrases';
import type { AwardLookup } from '@vinhdanh/domain/rules/award-catalogue';
import { formatPlaceDate, formatShortDate, padDocumentNumber } from '@vinhdanh/domain/text/vietnamese-date';
import type { DecisionAwardRow } from '../records/index';
import type { DecisionAuthority } from './decision-authority';
import type { DocumentSettings } from './document-settings.repository';

// What one certificate says (ND 85/2014 contents: issuer, "TẶNG", kind, recipient and unit,
// achievement, decision number and date, registry number, place and date, signer), as text.

export type CertificateText = {
  issuerTitle: string;
  kind: string;
  /** For a title's certificate, which title; empty for Giấy khen and Bằng khen. */
  titleLine: string;
  recipientName: string;
  unitLine: string;
  achievement: string;
  decisionLine: string;
  registryLine: string;
  placeDate: string;
  signerTitle: string;
  signerName: string;
  verifyUrl: string;
};

export type CertificateDecision = { number: string; signedOn: string; issuer: string; signer: string | null };

export function certificateText(
  award: DecisionAwardRow & { verificationCode: string; registryNumber: number },
  decision: CertificateDecision,
  settings: DocumentSettings,
  authority: DecisionAuthority,
  verifyBaseUrl: string,
  catalogue?: AwardLookup,
): CertificateText {
  const name = awardName(award.awardCode, catalogue);
  // A province's own form has no fixed heading of its own (unlike Giấy khen, Bằng khen): its name says what it is.
  const ownForm = catalogue?.(award.awardCode)?.source === 'TENANT' ? name : '';
  return {
    issuerTitle: authority.authorityLine,
    kind: certificateKind(award.awardCode),
    titleLine: isTitle(award.awardCode, catalogue) ? `Danh hiệu "${name}" năm ${award.year}` : ownForm,
    recipientName: award.name,
    unitLine: award.unitLine,
    achievement: award.achievement ?? 'Đã có thành tích xuất sắc trong thực hiện nhiệm vụ',
    decisionLine: `Quyết định số ${padDocumentNumber(decision.number)} ngày ${formatShortDate(decision.signedOn)}`,
    registryLine: `Số vào sổ: ${String(award.registryNumber).padStart(6, '0')}`,
    placeDate: formatPlaceDate(settings.placeName, decision.signedOn),
    // "KT. CHỦ TỊCH" above "PHÓ CHỦ TỊCH" when a deputy signs.
    signerTitle: authority.signatureLines.join('\n'),
    signerName: authority.signerName,
    verifyUrl: `${verifyBaseUrl}/cong-khai/xac-minh/${award.verificationCode}`,
  };
}
