import type { ContentfulStatusCode } from 'hono/utils/http-status';

// Error codes of complaints and denunciations.
// Each has the Vietnamese message the web shows and its HTTP status; lib/errors.ts composes the
// parts into one catalogue, and a code lives in exactly one part.
export const COMPLAINTS_ERRORS = {
  COMPLAINT_NOT_FOUND: 'Không tìm thấy đơn khiếu nại, tố cáo.',
  COMPLAINT_NOT_ASSIGNED: 'Đơn này không được giao cho bạn giải quyết.',
  COMPLAINT_AWARD_NOT_OF_SUBJECT: 'Khen thưởng được chọn không phải của người, đơn vị bị khiếu nại, tố cáo.',
} as const;

export const COMPLAINTS_STATUS: Record<keyof typeof COMPLAINTS_ERRORS, ContentfulStatusCode> = {
  COMPLAINT_NOT_FOUND: 404,
  COMPLAINT_NOT_ASSIGNED: 403,
  COMPLAINT_AWARD_NOT_OF_SUBJECT: 422,
};
