import { newId } from '../../lib/ids';
import { sha256Hex } from '../../lib/storage';
import { PACKAGE_FORMAT } from './package-format';
import type { sealPackage } from './package-seal';

// A dossier manifest for tests and the documentation's example: one nominee for Bằng khen Thủ
// tướng with the engine's verdict and the council's vote, and one component file.

export function sampleDossierManifest(input: {
  sender: { code: string; name: string };
  recipient: { code: string; name: string };
  file: Uint8Array;
  packageId?: string;
  version?: number;
}): Parameters<typeof sealPackage>[0] {
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
