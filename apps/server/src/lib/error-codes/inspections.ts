import type { ContentfulStatusCode } from 'hono/utils/http-status';

// Error codes of inspections.
// Each has the Vietnamese message the web shows and its HTTP status; lib/errors.ts composes the
// parts into one catalogue, and a code lives in exactly one part.
export const INSPECTIONS_ERRORS = {
  INSPECTION_PLAN_NOT_FOUND: 'Không tìm thấy kế hoạch kiểm tra.',
  INSPECTION_PLAN_DUPLICATE: 'Đơn vị đã có kế hoạch kiểm tra cùng tên trong năm này.',
  INSPECTION_PLAN_HAS_FINDINGS: 'Kế hoạch đã có kết quả kiểm tra nên không xóa được.',
  INSPECTION_UNIT_OUTSIDE_PLAN:
    'Đơn vị được kiểm tra phải trực thuộc đơn vị lập kế hoạch (hoặc chính đơn vị đó).',
  INSPECTION_UNIT_NOT_IN_PLAN: 'Đơn vị này không có trong kế hoạch kiểm tra.',
  INSPECTION_UNIT_HAS_FINDINGS: 'Đơn vị đã có kết quả kiểm tra nên không bỏ khỏi kế hoạch được.',
  INSPECTION_SUBJECT_OUTSIDE_UNIT: 'Cá nhân, tập thể bị tạm hoãn phải thuộc đơn vị được kiểm tra.',
  INSPECTION_AWARD_OUTSIDE_UNIT:
    'Khen thưởng đề nghị thu hồi phải của cá nhân, tập thể thuộc đơn vị được kiểm tra.',
  INSPECTION_FINDING_NOT_FOUND: 'Không tìm thấy kết quả kiểm tra.',
  INSPECTION_FINDING_COMPLETED: 'Kiến nghị này đã được ghi nhận hoàn thành.',
} as const;

export const INSPECTIONS_STATUS: Record<keyof typeof INSPECTIONS_ERRORS, ContentfulStatusCode> = {
  INSPECTION_PLAN_NOT_FOUND: 404,
  INSPECTION_PLAN_DUPLICATE: 409,
  INSPECTION_PLAN_HAS_FINDINGS: 409,
  INSPECTION_UNIT_OUTSIDE_PLAN: 400,
  INSPECTION_UNIT_NOT_IN_PLAN: 400,
  INSPECTION_UNIT_HAS_FINDINGS: 409,
  INSPECTION_SUBJECT_OUTSIDE_UNIT: 400,
  INSPECTION_AWARD_OUTSIDE_UNIT: 400,
  INSPECTION_FINDING_NOT_FOUND: 404,
  INSPECTION_FINDING_COMPLETED: 409,
};
