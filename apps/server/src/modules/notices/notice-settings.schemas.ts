import { z } from '@hono/zod-openapi';
import { NOTICE_EVENTS } from '@vinhdanh/domain/notices/notice-events';
import { emailAddress } from '../../lib/email-address';

const noticeEvent = z.enum(NOTICE_EVENTS).openapi('NoticeEvent');

export const noticeSettingsOutput = z
  .object({
    /** Where the notices go; null: no e-mail, only "Việc chờ tôi xử lý". */
    email: z.string().nullable(),
    events: z.array(
      z.object({
        event: noticeEvent,
        label: z.string(),
        enabled: z.boolean(),
        /** The event announces work of one of the user's roles (NOTICE_EVENT_ROLES). */
        forMyRoles: z.boolean(),
      }),
    ),
    /** The server sends by SMTP; false: notices are only written to the server log. */
    deliveryConfigured: z.boolean(),
    /** DEADLINE_REMINDER comes this many working days before a deadline (VINHDANH_REMINDER_WORKING_DAYS). */
    reminderWorkingDays: z.number().int(),
  })
  .openapi('NoticeSettings');
export type NoticeSettingsOutput = z.infer<typeof noticeSettingsOutput>;

/** The whole setting, replaced at once: the address and the events the user does not want. */
export const updateNoticeSettingsInput = z
  .object({
    email: emailAddress,
    disabledEvents: z
      .array(noticeEvent)
      .max(NOTICE_EVENTS.length)
      .refine((a) => new Set(a).size === a.length, 'Mỗi loại thông báo chỉ ghi một lần.'),
  })
  .strict()
  .openapi('UpdateNoticeSettingsInput');
export type UpdateNoticeSettingsInput = z.infer<typeof updateNoticeSettingsInput>;
