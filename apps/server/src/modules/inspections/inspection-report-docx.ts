import { formatLongDate, formatPlaceDate, formatShortDate } from '@vinhdanh/domain/text/vietnamese-date';
import { type DocumentModel, paragraph as para, renderDocx, run } from '../documents/index';

// The report of an inspection plan (báo cáo kết quả kiểm tra công tác thi đua, khen thưởng) in the
// ND 30/2020 layout, from the shared document model: the units inspected and when, then each
// finding with its recommendation, follow-up deadline and how far it has been carried out.

export type InspectionReportInput = {
  plan: { title: string; year: number; basis: string | null };
  issuingBody: string;
  parentBody: string | null;
  placeName: string;
  date: string;
  signerTitle: string[];
  units: { unitName: string; startsOn: string; endsOn: string }[];
  findings: {
    unitName: string;
    content: string;
    recommendation: string;
    followUpDueOn: string;
    completedOn: string | null;
    completionNote: string | null;
    action: 'NONE' | 'HOLD' | 'REVOCATION';
    subjectName: string | null;
    award: { label: string; ground: string; isRevoked: boolean } | null;
  }[];
};

const GROUND_POINT: Record<string, string> = { A: 'a', B: 'b', C: 'c', D: 'd' };

function measure(f: InspectionReportInput['findings'][number]): string {
  if (f.action === 'HOLD') return `Tạm hoãn xét khen thưởng: ${f.subjectName ?? f.unitName}`;
  if (f.action === 'REVOCATION' && f.award)
    return `Đề nghị thu hồi ${f.award.label} (điểm ${GROUND_POINT[f.award.ground] ?? f.award.ground} khoản 2 Điều 93 Luật Thi đua, khen thưởng)${f.award.isRevoked ? '; đã thu hồi' : ''}`;
  return '';
}

function progress(f: InspectionReportInput['findings'][number]): string {
  if (!f.completedOn) return 'Chưa hoàn thành';
  return `Hoàn thành ngày ${formatShortDate(f.completedOn)}${f.completionNote ? `: ${f.completionNote}` : ''}`;
}

export function inspectionReportModel(input: InspectionReportInput): DocumentModel {
  const { plan } = input;
  const open = input.findings.filter((f) => !f.completedOn).length;
  const measures = input.findings.map(measure).filter(Boolean);
  return {
    title: `Báo cáo kết quả ${plan.title}`,
    blocks: [
      {
        type: 'letterhead',
        letterhead: {
          parentBody: input.parentBody,
          issuingBody: input.issuingBody,
          numberLine: 'Số:      /BC-TĐKT',
          placeDate: formatPlaceDate(input.placeName, input.date),
        },
      },
      {
        type: 'title',
        kind: 'BÁO CÁO',
        subject: `Kết quả kiểm tra công tác thi đua, khen thưởng năm ${plan.year}`,
      },
      para(
        `Thực hiện ${plan.title}${plan.basis ? ` (căn cứ ${plan.basis})` : ''}, ${input.issuingBody} đã kiểm tra công tác thi đua, khen thưởng tại ${input.units.length} đơn vị. Kết quả như sau:`,
        { indent: true, after: 120 },
      ),
      para([run('I. ĐƠN VỊ VÀ THỜI GIAN KIỂM TRA', { bold: true })], { after: 120 }),
      {
        type: 'table',
        headers: ['STT', 'Đơn vị được kiểm tra', 'Thời gian kiểm tra'],
        widths: [8, 57, 35],
        rows: input.units.map((u, i) => [
          String(i + 1),
          u.unitName,
          `${formatShortDate(u.startsOn)} – ${formatShortDate(u.endsOn)}`,
        ]),
      },
      para([run('II. KẾT QUẢ KIỂM TRA VÀ KIẾN NGHỊ', { bold: true })], { before: 200, after: 120 }),
      input.findings.length === 0
        ? para('Chưa ghi nhận kết quả kiểm tra.', { indent: true })
        : {
            type: 'table',
            headers: [
              'STT',
              'Đơn vị',
              'Kết quả kiểm tra',
              'Kiến nghị',
              'Hạn thực hiện',
              'Tình hình thực hiện',
            ],
            widths: [6, 16, 28, 22, 12, 16],
            size: 22,
            rows: input.findings.map((f, i) => [
              String(i + 1),
              f.unitName,
              f.content,
              [f.recommendation, measure(f)].filter(Boolean).join('. '),
              formatShortDate(f.followUpDueOn),
              progress(f),
            ]),
          },
      para([run('III. THEO DÕI THỰC HIỆN KIẾN NGHỊ', { bold: true })], { before: 200, after: 120 }),
      para(
        `Tổng số ${input.findings.length} kiến nghị, đã hoàn thành ${input.findings.length - open}, còn ${open} kiến nghị chưa hoàn thành. Báo cáo lập ${formatLongDate(input.date)}.`,
        { indent: true },
      ),
      ...measures.map((m) => para(`- ${m}.`, { indent: true })),
      {
        type: 'signature',
        recipients: ['Các đơn vị được kiểm tra;', 'Lưu: VT, TĐKT.'],
        signerTitle: input.signerTitle,
        signerName: '',
      },
    ],
  };
}

export const renderInspectionReportDocx = (input: InspectionReportInput) =>
  renderDocx(inspectionReportModel(input));
