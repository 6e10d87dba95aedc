import { formatLongDate, formatPlaceDate } from '@vinhdanh/domain/text/vietnamese-date';
import { type Block, type DocumentModel, paragraph as para, renderDocx, run } from '../documents/index';

// The conference's two documents in the ND 30/2020 layout, from the shared document model: the
// honour list (danh sách vinh danh) and the invitations (giấy mời), one page per honouree.

export type ConferenceDocInput = {
  conference: { title: string; heldOn: string; venue: string };
  /** The organising body (the tenant's top unit) and its parent line, as the letterhead prints them. */
  issuingBody: string;
  parentBody: string | null;
  placeName: string;
  date: string;
  signerTitle: string[];
  honourees: { name: string; unitName: string; citation: string }[];
};

const letterhead = (input: ConferenceDocInput, symbol: string): Block => ({
  type: 'letterhead',
  letterhead: {
    parentBody: input.parentBody,
    issuingBody: input.issuingBody,
    numberLine: `Số:      /${symbol}-TĐKT`,
    placeDate: formatPlaceDate(input.placeName, input.date),
  },
});

const signature = (input: ConferenceDocInput, recipients: string[]): Block => ({
  type: 'signature',
  recipients,
  signerTitle: input.signerTitle,
  signerName: '',
});

export function honourListModel(input: ConferenceDocInput): DocumentModel {
  const { conference } = input;
  return {
    title: `Danh sách vinh danh ${conference.title}`,
    blocks: [
      letterhead(input, 'DS'),
      {
        type: 'title',
        kind: 'DANH SÁCH',
        subject: `Điển hình tiên tiến được vinh danh tại ${conference.title}`,
      },
      para(
        `Tổ chức ${formatLongDate(conference.heldOn)} tại ${conference.venue}; gồm ${input.honourees.length} tập thể, cá nhân, cách làm hay.`,
        { indent: true, after: 200 },
      ),
      {
        type: 'table',
        headers: ['STT', 'Tập thể, cá nhân, cách làm hay', 'Đơn vị', 'Thành tích được vinh danh'],
        widths: [8, 30, 27, 35],
        rows: input.honourees.map((h, i) => [String(i + 1), h.name, h.unitName, h.citation]),
      },
      signature(input, ['Các đơn vị có điển hình được vinh danh;', 'Lưu: VT, TĐKT.']),
    ],
  };
}

export function invitationsModel(input: ConferenceDocInput): DocumentModel {
  const { conference } = input;
  const pages = input.honourees.flatMap((h, i): Block[] => [
    ...(i > 0 ? [para('', { pageBreakBefore: true, after: 0 })] : []),
    letterhead(input, 'GM'),
    { type: 'title', kind: 'GIẤY MỜI', subject: `Dự ${conference.title}` },
    para([run(`Kính gửi: ${h.name} (${h.unitName})`, { bold: true })], { align: 'center', after: 200 }),
    para(
      `${input.issuingBody} trân trọng kính mời ${h.name} tới dự ${conference.title}, để được vinh danh: ${h.citation}.`,
      { indent: true },
    ),
    para(`Thời gian: ${formatLongDate(conference.heldOn)}.`, { indent: true }),
    para(`Địa điểm: ${conference.venue}.`, { indent: true }),
    para('Rất mong được đón tiếp./.', { indent: true, after: 200 }),
    signature(input, ['Như trên;', 'Lưu: VT, TĐKT.']),
  ]);
  return { title: `Giấy mời ${conference.title}`, blocks: pages };
}

export const renderHonourListDocx = (input: ConferenceDocInput) => renderDocx(honourListModel(input));
export const renderInvitationsDocx = (input: ConferenceDocInput) => renderDocx(invitationsModel(input));
