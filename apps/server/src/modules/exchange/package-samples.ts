import { newId } from '../../lib/ids';
import { sha256Hex } from '../../lib/storage';
import { PACKAGE_FORMAT } from './package-format';
import type { UnsealedManifest } from './package-seal';

// A dossier manifest for tests and the documentation's example: one nominee for Bằng khen Thủ
// tướng with the engine's verdict and the council's vote, and one component file.

export function sampleDossierManifest(input: {
  sender: { code: string; name: string };
  recipient: { code: string; name: string };
  file: Uint8Array;
  packageId?: string;
  version?: number;
}): UnsealedManifest & { kind: 'DOSSIER' } {
  return {
    format: PACKAGE_FORMAT,
    packageId: input.packageId ?? newId(),
    version: input.version ?? 1,
    kind: 'DOSSIER',
    createdAt: '2026-12-05T09:00:00+07:00',
    sender: input.sender,
    recipient: input.recipient,
    dossier: {
      id: newId(),
      kind: 'CONG_TRANG',
      title: 'Đề nghị tặng Bằng khen của Thủ tướng Chính phủ năm 2025',
      year: 2025,
      state: 'PROPOSED_UP',
      submittingUnitName: 'Sở Giáo dục và Đào tạo',
      councilDone: true,
      items: [
        {
          id: newId(),
          subject: { type: 'PERSON', name: 'Nguyễn Văn An', unitName: 'Trường THPT Chuyên Sơn Hà' },
          awardCode: 'BK_TTG',
          achievement: 'Năm năm liền hoàn thành xuất sắc nhiệm vụ.',
          verdict: {
            eligible: true,
            held: false,
            ruleSet: 'ND152-2025',
            amountVnd: 5_960_000,
            reasons: [
              {
                met: true,
                text: 'Đã được tặng Bằng khen cấp tỉnh, 5 năm liền hoàn thành xuất sắc nhiệm vụ',
                citation: 'Điều 71 Luật Thi đua, khen thưởng 2022',
              },
            ],
          },
          appraisal: { state: 'CONFIRMED', eligible: true, overrideReason: null },
          council: { passed: true, yes: 5, no: 0, abstain: 0 },
          evidence: {
            // Bằng khen cấp tỉnh 2020, five years of HTXSNV/HTTNV to 2025 and CSTĐ cơ sở in 2022, 2023 and 2025.
            history: {
              subject: { type: 'individual', recruitedOn: '2012-09-01', group: 'CBCCVC' },
              ratings: [2021, 2022, 2023, 2024, 2025].map((year) => ({
                year,
                rating: year === 2024 ? 'HTTNV' : 'HTXSNV',
              })),
              awards: [
                { award: 'BK_BO_TINH', year: 2020, kind: 'CONG_TRANG' },
                { award: 'CSTDCS', year: 2022, kind: 'CONG_TRANG' },
                { award: 'CSTDCS', year: 2023, kind: 'CONG_TRANG' },
                { award: 'CSTDCS', year: 2025, kind: 'CONG_TRANG' },
              ],
            },
            asOf: '2026-12-05',
          },
        },
      ],
      components: [
        {
          name: 'Tờ trình',
          fileName: 'to-trinh.pdf',
          mediaType: 'application/pdf',
          sizeBytes: input.file.byteLength,
          sha256: sha256Hex(input.file),
        },
      ],
    },
  };
}

/** A RETURN answering a dossier package: one structured reason about its one item. */
export function sampleReturnManifest(input: {
  sender: { code: string; name: string };
  recipient: { code: string; name: string };
  inReplyTo: { packageId: string; version: number };
  dossierId: string;
  itemId: string | null;
}): UnsealedManifest {
  return {
    format: PACKAGE_FORMAT,
    packageId: newId(),
    version: 1,
    kind: 'RETURN',
    createdAt: '2026-12-06T09:00:00+07:00',
    sender: input.sender,
    recipient: input.recipient,
    inReplyTo: input.inReplyTo,
    dossierId: input.dossierId,
    reasons: [
      { code: 'MISSING_COMPONENT', text: 'Thiếu biên bản họp Hội đồng.', itemId: null },
      { code: 'CRITERIA_NOT_MET', text: 'Chưa đủ 5 năm hoàn thành xuất sắc nhiệm vụ.', itemId: input.itemId },
    ],
  };
}
