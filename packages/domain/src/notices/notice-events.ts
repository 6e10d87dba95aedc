// The e-mail notices: which events put work in someone's queue, and the words of each message.
// Users choose which of these they receive (app_user.notice_opt_out lists the ones they do not).

import type { Role } from '../auth/roles';

export const NOTICE_EVENTS = [
  'PROPOSAL_SUBMITTED',
  'PROPOSAL_RETURNED',
  'COUNCIL_OPENED',
  'DECISION_TO_SIGN',
  'DEADLINE_REMINDER',
] as const;
export type NoticeEvent = (typeof NOTICE_EVENTS)[number];

export const NOTICE_EVENT_LABELS: Readonly<Record<NoticeEvent, string>> = {
  PROPOSAL_SUBMITTED: 'Có hồ sơ đề nghị mới trình đến đơn vị tôi thẩm định',
  PROPOSAL_RETURNED: 'Hồ sơ của đơn vị tôi bị trả lại để bổ sung',
  COUNCIL_OPENED: 'Tôi được mời vào phiên họp Hội đồng thi đua, khen thưởng',
  DECISION_TO_SIGN: 'Có quyết định khen thưởng chờ tôi ký',
  DEADLINE_REMINDER: 'Nhắc việc sắp đến hạn',
};

/**
 * Whose work each event announces (the roles notices.service and deadline-reminders send it to;
 * COUNCIL_OPENED goes to the members named on the session). The settings page lists the events of
 * the user's own roles first; the others can still be chosen, for a role given later.
 */
export const NOTICE_EVENT_ROLES: Readonly<Record<NoticeEvent, readonly Role[]>> = {
  PROPOSAL_SUBMITTED: ['APPRAISER'],
  PROPOSAL_RETURNED: ['UNIT_OFFICER'],
  COUNCIL_OPENED: ['COUNCIL_MEMBER'],
  DECISION_TO_SIGN: ['LEADER'],
  DEADLINE_REMINDER: ['APPRAISER', 'UNIT_OFFICER', 'LEADER'],
};

export type Notice = { readonly subject: string; readonly text: string };

const vnDate = (iso: string) => iso.split('-').reverse().join('/');

const footer = (link: string) =>
  `\n\nXem và xử lý: ${link}\n\n` +
  'Thư gửi tự động từ hệ thống Vinh Danh, vui lòng không trả lời. ' +
  'Chọn loại thư nhận được tại mục "Thư thông báo" trên trang của bạn.';

export type NoticeFacts =
  | { event: 'PROPOSAL_SUBMITTED'; title: string; unitName: string; dueOn: string | null; link: string }
  | {
      event: 'PROPOSAL_RETURNED';
      title: string;
      reasons: readonly string[];
      dueOn: string | null;
      link: string;
    }
  | { event: 'COUNCIL_OPENED'; title: string; meetingOn: string; items: number; link: string }
  | { event: 'DECISION_TO_SIGN'; title: string; unitName: string; dueOn: string | null; link: string }
  | { event: 'DEADLINE_REMINDER'; what: string; title: string; dueOn: string; link: string };

const due = (dueOn: string | null) => (dueOn ? ` Hạn xử lý: ${vnDate(dueOn)}.` : '');

/** The subject and plain text of one notice, in Vietnamese. */
export function noticeText(f: NoticeFacts): Notice {
  switch (f.event) {
    case 'PROPOSAL_SUBMITTED':
      return {
        subject: `[Vinh Danh] Hồ sơ mới chờ thẩm định: ${f.title}`,
        text: `${f.unitName} đã trình hồ sơ "${f.title}".${due(f.dueOn)}${footer(f.link)}`,
      };
    case 'PROPOSAL_RETURNED':
      return {
        subject: `[Vinh Danh] Hồ sơ bị trả lại: ${f.title}`,
        text:
          `Hồ sơ "${f.title}" đã bị trả lại để bổ sung.${due(f.dueOn)}` +
          (f.reasons.length > 0 ? `\n\nLý do:\n${f.reasons.map((r) => `- ${r}`).join('\n')}` : '') +
          footer(f.link),
      };
    case 'COUNCIL_OPENED':
      return {
        subject: `[Vinh Danh] Mời họp Hội đồng: ${f.title}`,
        text:
          `Ông/bà là thành viên phiên họp "${f.title}", ngày họp ${vnDate(f.meetingOn)}, ` +
          `${f.items} đối tượng cần cho ý kiến. Phiếu bầu mở từ ngày họp hoặc khi Thư ký khai mạc phiên họp.` +
          footer(f.link),
      };
    case 'DECISION_TO_SIGN':
      return {
        subject: `[Vinh Danh] Quyết định chờ ký: ${f.title}`,
        text: `Hồ sơ "${f.title}" của ${f.unitName} đã đủ điều kiện ra quyết định.${due(f.dueOn)}${footer(f.link)}`,
      };
    case 'DEADLINE_REMINDER':
      return {
        subject: `[Vinh Danh] Sắp đến hạn ${vnDate(f.dueOn)}: ${f.title}`,
        text: `Nhắc việc: ${f.what} "${f.title}" đến hạn ngày ${vnDate(f.dueOn)}.${footer(f.link)}`,
      };
  }
}
