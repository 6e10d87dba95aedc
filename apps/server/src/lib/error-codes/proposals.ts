import type { ContentfulStatusCode } from 'hono/utils/http-status';

// Error codes of the proposal workflow, councils, public comment and decisions.
// Each has the Vietnamese message the web shows and its HTTP status; lib/errors.ts composes the
// parts into one catalogue, and a code lives in exactly one part.
export const PROPOSALS_ERRORS = {
  COMPONENT_FILE_NOT_FOUND: 'Thành phần hồ sơ này chưa có tệp tải lên.',
  PROPOSAL_NOT_FOUND: 'Không tìm thấy hồ sơ đề nghị.',
  PROPOSAL_ITEM_NOT_FOUND: 'Không tìm thấy đối tượng trong hồ sơ đề nghị.',
  INVALID_TRANSITION: 'Thao tác không hợp lệ ở bước hiện tại của hồ sơ.',
  WORKFLOW_GUARD: 'Hồ sơ chưa đủ điều kiện để chuyển bước.',
  MIXED_DECIDERS:
    'Các đối tượng trong hồ sơ thuộc thẩm quyền quyết định của các cấp khác nhau; hãy tách thành các hồ sơ riêng.',
  NO_DECIDER: 'Không xác định được cấp có thẩm quyền quyết định hình thức khen thưởng này.',
  COMPONENT_NOT_REQUIRED: 'Thành phần này không thuộc hồ sơ đề nghị.',
  COUNCIL_NOT_FOUND: 'Không tìm thấy phiên họp Hội đồng.',
  NOT_COUNCIL_MEMBER: 'Bạn không phải thành viên của phiên họp Hội đồng này.',
  ALREADY_VOTED: 'Thành viên đã bỏ phiếu cho đối tượng này.',
  CONFLICT_OF_INTEREST: 'Thành viên có xung đột lợi ích với đối tượng này nên không bỏ phiếu.',
  COUNCIL_CLOSED: 'Phiên họp Hội đồng đã kết thúc.',
  QUORUM_NOT_MET: 'Phiên họp chưa đủ số thành viên tối thiểu.',
  COMMENT_NOT_FOUND: 'Không tìm thấy ý kiến.',
  COUNCIL_TOO_SMALL: 'Hội đồng chưa đủ số thành viên tối thiểu theo quy định của đơn vị.',
  COUNCIL_MEMBER_ROLE_REQUIRED: 'Chỉ tài khoản có vai trò Thành viên Hội đồng mới được chọn vào Hội đồng.',
  COUNCIL_NOT_OPEN: 'Phiên họp chưa khai mạc: chỉ bỏ phiếu từ ngày họp hoặc khi thư ký khai mạc phiên họp.',
  COUNCIL_ALREADY_OPEN: 'Phiên họp đã khai mạc.',
  BALLOT_INCOMPLETE: 'Phiếu chưa có lựa chọn cho mọi đối tượng bạn được bỏ phiếu.',
  BALLOT_SEAL_LOST:
    'Không mở được các phiếu kín đã niêm phong: khóa niêm phong đã mất vì máy chủ khởi động lại khi chưa đặt VINHDANH_BALLOT_SECRET. Các phiếu đã hủy; cần bỏ phiếu lại.',
  DECISION_BEFORE_COUNCIL:
    'Ngày ký quyết định không được trước ngày Hội đồng kết thúc phiên họp xét hồ sơ này.',
  SIGNER_NOT_LEADER: 'Người ký quyết định phải giữ vai trò Lãnh đạo tại đơn vị có thẩm quyền quyết định.',
  PUBLIC_COMMENT_NOT_ENDED:
    'Chưa hết thời hạn lấy ý kiến công khai: muốn kết thúc sớm phải nêu căn cứ pháp lý.',
  PUBLIC_COMMENT_UNHANDLED:
    'Còn ý kiến công khai chưa được xử lý; hãy xử lý hết trước khi kết thúc lấy ý kiến.',
  INELIGIBLE_ITEMS_UNCONFIRMED:
    'Hồ sơ còn đối tượng chưa đủ điều kiện: hãy bỏ các đối tượng này hoặc xác nhận và nêu lý do vẫn trình.',
  MINUTES_CONFIRM_NOT_LEADER:
    'Chỉ lãnh đạo của đơn vị trình hồ sơ mới được xác nhận biên bản xét khen thưởng.',
  MINUTES_NOT_DRAFT: 'Thành phần này không phải bản dự thảo biên bản xét khen thưởng chờ xác nhận.',
  NOT_PUBLISHED: 'Danh sách này không còn được lấy ý kiến.',
  COUNCIL_NOT_CLOSED: 'Phiên họp Hội đồng chưa kết thúc nên chưa có biên bản.',
  PROPOSAL_ON_OPEN_COUNCIL:
    'Hồ sơ đã có trong một phiên họp Hội đồng chưa kết thúc; kết thúc phiên đó trước khi đưa hồ sơ vào phiên mới.',
  DECISION_HAS_NO_AWARDS: 'Quyết định này chưa có khen thưởng nào để in.',
} as const;

export const PROPOSALS_STATUS: Record<keyof typeof PROPOSALS_ERRORS, ContentfulStatusCode> = {
  COMPONENT_FILE_NOT_FOUND: 404,
  PROPOSAL_NOT_FOUND: 404,
  PROPOSAL_ITEM_NOT_FOUND: 404,
  INVALID_TRANSITION: 409,
  WORKFLOW_GUARD: 409,
  MIXED_DECIDERS: 422,
  NO_DECIDER: 422,
  COMPONENT_NOT_REQUIRED: 400,
  COUNCIL_NOT_FOUND: 404,
  NOT_COUNCIL_MEMBER: 403,
  ALREADY_VOTED: 409,
  CONFLICT_OF_INTEREST: 409,
  COUNCIL_CLOSED: 409,
  QUORUM_NOT_MET: 409,
  COMMENT_NOT_FOUND: 404,
  COUNCIL_TOO_SMALL: 422,
  COUNCIL_MEMBER_ROLE_REQUIRED: 422,
  COUNCIL_NOT_OPEN: 409,
  COUNCIL_ALREADY_OPEN: 409,
  BALLOT_INCOMPLETE: 422,
  BALLOT_SEAL_LOST: 409,
  DECISION_BEFORE_COUNCIL: 422,
  SIGNER_NOT_LEADER: 403,
  PUBLIC_COMMENT_NOT_ENDED: 409,
  PUBLIC_COMMENT_UNHANDLED: 409,
  INELIGIBLE_ITEMS_UNCONFIRMED: 409,
  MINUTES_CONFIRM_NOT_LEADER: 403,
  MINUTES_NOT_DRAFT: 409,
  NOT_PUBLISHED: 409,
  COUNCIL_NOT_CLOSED: 409,
  PROPOSAL_ON_OPEN_COUNCIL: 409,
  DECISION_HAS_NO_AWARDS: 409,
};
