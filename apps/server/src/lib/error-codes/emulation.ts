import type { ContentfulStatusCode } from 'hono/utils/http-status';

// Error codes of emulation movements, clusters, scoring and votes.
// Each has the Vietnamese message the web shows and its HTTP status; lib/errors.ts composes the
// parts into one catalogue, and a code lives in exactly one part.
export const EMULATION_ERRORS = {
  MOVEMENT_NOT_FOUND: 'Không tìm thấy phong trào thi đua.',
  MOVEMENT_INVALID_TRANSITION: 'Không thể chuyển phong trào sang bước này.',
  MOVEMENT_DATES_REQUIRED: 'Cần có ngày bắt đầu và ngày kết thúc hợp lệ trước khi phát động phong trào.',
  CLUSTER_NOT_FOUND: 'Không tìm thấy cụm, khối thi đua.',
  NOT_CLUSTER_MEMBER: 'Đơn vị không phải thành viên của cụm, khối thi đua này.',
  CLUSTER_VOTE_NOT_FOUND: 'Cụm, khối chưa mở bỏ phiếu suy tôn cho năm này.',
  CLUSTER_VOTE_EXISTS: 'Cụm, khối đã mở bỏ phiếu suy tôn cho năm này.',
  CLUSTER_VOTE_CLOSED: 'Cuộc bỏ phiếu suy tôn đã kết thúc.',
  CLUSTER_VOTE_OPEN: 'Cuộc bỏ phiếu suy tôn chưa kết thúc.',
  CLUSTER_VOTE_TIED: 'Các đơn vị bằng phiếu và đồng hạng, chưa xác định được đơn vị dẫn đầu.',
  CLUSTER_VOTE_EMPTY: 'Chưa có phiếu bầu nào, chưa thể kết thúc bỏ phiếu.',
  NOT_A_CANDIDATE: 'Đơn vị được chọn không nằm trong danh sách suy tôn.',
  CLUSTER_LEADER_ALREADY_PROPOSED: 'Đơn vị dẫn đầu cụm, khối năm này đã được đề nghị tặng Cờ thi đua.',
  CO_CP_CAP_EXCEEDED: 'Vượt tỷ lệ đề nghị Cờ thi đua của Chính phủ trên số đơn vị dẫn đầu cụm, khối.',
  NOT_CLUSTER_ASSESSOR: 'Đơn vị không phải cụm trưởng hoặc đơn vị được giao chấm chéo.',
  TEMPLATE_NOT_FOUND: 'Cụm, khối chưa có bảng tiêu chí chấm điểm của năm.',
  TEMPLATE_IN_USE: 'Bảng tiêu chí đã có điểm chấm, không thể thay đổi tiêu chí.',
  SCORE_NOT_FOUND: 'Không tìm thấy điểm chấm.',
  SCORE_REASON_REQUIRED: 'Sửa điểm đã nộp phải ghi rõ lý do.',
  SCORES_INCOMPLETE: 'Chưa chấm đủ các tiêu chí nên chưa thể nộp.',
} as const;

export const EMULATION_STATUS: Record<keyof typeof EMULATION_ERRORS, ContentfulStatusCode> = {
  MOVEMENT_NOT_FOUND: 404,
  MOVEMENT_INVALID_TRANSITION: 409,
  MOVEMENT_DATES_REQUIRED: 409,
  CLUSTER_NOT_FOUND: 404,
  NOT_CLUSTER_MEMBER: 400,
  CLUSTER_VOTE_NOT_FOUND: 404,
  CLUSTER_VOTE_EXISTS: 409,
  CLUSTER_VOTE_CLOSED: 409,
  CLUSTER_VOTE_OPEN: 409,
  CLUSTER_VOTE_TIED: 409,
  CLUSTER_VOTE_EMPTY: 409,
  NOT_A_CANDIDATE: 400,
  CLUSTER_LEADER_ALREADY_PROPOSED: 409,
  CO_CP_CAP_EXCEEDED: 409,
  NOT_CLUSTER_ASSESSOR: 403,
  TEMPLATE_NOT_FOUND: 409,
  TEMPLATE_IN_USE: 409,
  SCORE_NOT_FOUND: 404,
  SCORE_REASON_REQUIRED: 400,
  SCORES_INCOMPLETE: 409,
};
