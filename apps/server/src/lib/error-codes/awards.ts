import type { ContentfulStatusCode } from 'hono/utils/http-status';

// Error codes of the award catalogue and the province's own awards.
// Each has the Vietnamese message the web shows and its HTTP status; lib/errors.ts composes the
// parts into one catalogue, and a code lives in exactly one part.
export const AWARDS_ERRORS = {
  TENANT_AWARD_LAW_CODE: 'Mã này là danh hiệu, hình thức khen thưởng của pháp luật; hãy chọn mã khác.',
  TENANT_AWARD_INVALID_CRITERIA: 'Tiêu chí chưa đúng ngôn ngữ tiêu chí của hệ thống.',
  TENANT_AWARD_DATES: 'Ngày hiệu lực của phiên bản mới phải sau ngày hiệu lực của phiên bản trước.',
  AWARD_NOT_IN_CATALOGUE: 'Danh hiệu, hình thức khen thưởng không có trong danh mục đang có hiệu lực.',
} as const;

export const AWARDS_STATUS: Record<keyof typeof AWARDS_ERRORS, ContentfulStatusCode> = {
  TENANT_AWARD_LAW_CODE: 409,
  TENANT_AWARD_INVALID_CRITERIA: 400,
  TENANT_AWARD_DATES: 409,
  AWARD_NOT_IN_CATALOGUE: 400,
};
