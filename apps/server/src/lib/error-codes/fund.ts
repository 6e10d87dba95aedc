import type { ContentfulStatusCode } from 'hono/utils/http-status';

// Error codes of the emulation fund.
// Each has the Vietnamese message the web shows and its HTTP status; lib/errors.ts composes the
// parts into one catalogue, and a code lives in exactly one part.
export const FUND_ERRORS = {
  FUND_ALREADY_PAID: 'Tiền thưởng của khen thưởng này đã được chi từ Quỹ; không chi lần thứ hai.',
  FUND_NOTHING_TO_PAY: 'Quyết định không có khen thưởng nào được chọn còn chờ chi tiền thưởng.',
  FUND_ENTRY_NOT_FOUND: 'Không tìm thấy bút toán của Quỹ thi đua, khen thưởng.',
  FUND_ALREADY_REVERSED: 'Bút toán này đã được đảo.',
  FUND_REVERSAL_OF_REVERSAL: 'Không đảo một bút toán đảo; hãy ghi bút toán mới nếu cần.',
  FUND_RECOVERY_STANDING: 'Tiền thưởng này đã được thu hồi về Quỹ; hãy đảo bút toán thu hồi trước.',
  FUND_NOT_TO_RECOVER:
    'Khen thưởng chưa bị thu hồi, hoặc quyết định thu hồi không yêu cầu nộp lại tiền thưởng.',
  FUND_NOT_PAID: 'Khen thưởng này chưa được chi tiền từ Quỹ nên không có tiền để thu hồi.',
  FUND_ALREADY_RECOVERED: 'Tiền thưởng của khen thưởng này đã được thu hồi về Quỹ.',
} as const;

export const FUND_STATUS: Record<keyof typeof FUND_ERRORS, ContentfulStatusCode> = {
  FUND_ALREADY_PAID: 409,
  FUND_NOTHING_TO_PAY: 409,
  FUND_ENTRY_NOT_FOUND: 404,
  FUND_ALREADY_REVERSED: 409,
  FUND_REVERSAL_OF_REVERSAL: 409,
  FUND_RECOVERY_STANDING: 409,
  FUND_NOT_TO_RECOVER: 409,
  FUND_NOT_PAID: 409,
  FUND_ALREADY_RECOVERED: 409,
};
