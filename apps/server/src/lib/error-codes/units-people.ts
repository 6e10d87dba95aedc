import type { ContentfulStatusCode } from 'hono/utils/http-status';

// Error codes of org units, people and households.
// Each has the Vietnamese message the web shows and its HTTP status; lib/errors.ts composes the
// parts into one catalogue, and a code lives in exactly one part.
export const UNITS_PEOPLE_ERRORS = {
  ORG_UNIT_NOT_FOUND: 'Không tìm thấy đơn vị.',
  PERSON_NOT_FOUND: 'Không tìm thấy cá nhân.',
  HOUSEHOLD_NOT_FOUND: 'Không tìm thấy hộ gia đình.',
  PERSON_ALREADY_LINKED: 'Cá nhân này đã gắn với một tài khoản khác.',
  DUPLICATE_CITIZEN_ID: 'Số CCCD đã có trong hệ thống.',
  UNIT_NOT_ACTIVE: 'Đơn vị đã giải thể hoặc sáp nhập, không thể thao tác.',
  INVALID_RESTRUCTURE: 'Thao tác sắp xếp đơn vị không hợp lệ.',
} as const;

export const UNITS_PEOPLE_STATUS: Record<keyof typeof UNITS_PEOPLE_ERRORS, ContentfulStatusCode> = {
  ORG_UNIT_NOT_FOUND: 404,
  PERSON_NOT_FOUND: 404,
  HOUSEHOLD_NOT_FOUND: 404,
  PERSON_ALREADY_LINKED: 409,
  DUPLICATE_CITIZEN_ID: 409,
  UNIT_NOT_ACTIVE: 409,
  INVALID_RESTRUCTURE: 400,
};
