// Generated from the server's OpenAPI document by `npm run api:types` (openapi-typescript).
// Do not edit: change the route's zod schemas and regenerate; a unit test fails when this file is stale.
export type paths = {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kiểm tra hệ thống hoạt động */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đăng nhập */
        post: operations["postAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đổi mật khẩu */
        post: operations["postAuthPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đăng xuất */
        post: operations["postAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem người dùng đang đăng nhập */
        get: operations["getAuthMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/mfa/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nhập mã xác thực hai lớp khi đăng nhập */
        post: operations["postAuthMfaVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/mfa/enrolment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bắt đầu bật xác thực hai lớp (tạo mã QR) */
        post: operations["postAuthMfaEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/mfa/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Xác nhận mã đầu tiên và bật xác thực hai lớp */
        post: operations["postAuthMfaEnable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/oidc/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem các cách đăng nhập bằng định danh (VNeID, SSO) đã cấu hình */
        get: operations["getAuthOidcProviders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/oidc-invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cấp mã mời liên kết đăng nhập VNeID / SSO cho tài khoản cán bộ */
        post: operations["postUsersByIdOidcInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/citizen/filings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem các đơn công dân đã gửi trực tuyến */
        get: operations["getCitizenFilings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem cây đơn vị trong phạm vi */
        get: operations["getOrgUnits"];
        put?: never;
        /** Thêm đơn vị */
        post: operations["postOrgUnits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org-units/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sáp nhập đơn vị */
        post: operations["postOrgUnitsMerge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org-units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem một đơn vị */
        get: operations["getOrgUnitsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Sửa thông tin đơn vị */
        patch: operations["patchOrgUnitsById"];
        trace?: never;
    };
    "/org-units/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem lịch sử khen thưởng của đơn vị và các đơn vị tiền thân */
        get: operations["getOrgUnitsByIdHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org-units/{id}/rename": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đổi tên đơn vị */
        post: operations["postOrgUnitsByIdRename"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org-units/{id}/split": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Chia tách đơn vị */
        post: operations["postOrgUnitsByIdSplit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tìm cá nhân */
        get: operations["getPeople"];
        put?: never;
        /** Thêm cá nhân */
        post: operations["postPeople"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Đếm số cá nhân trong phạm vi */
        get: operations["getPeopleCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xuất danh sách cá nhân ra Excel */
        get: operations["getPeopleExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem hồ sơ cá nhân */
        get: operations["getPeopleById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Sửa hồ sơ cá nhân */
        patch: operations["patchPeopleById"];
        trace?: never;
    };
    "/people/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Xem thông tin nhạy cảm của cá nhân (ghi nhật ký) */
        post: operations["postPeopleByIdReveal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{id}/employment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thêm chức vụ đã giữ trước đây (quá trình công tác) */
        post: operations["postPeopleByIdEmployment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem danh sách tài khoản */
        get: operations["getUsers"];
        put?: never;
        /** Tạo tài khoản */
        post: operations["postUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Vô hiệu hóa tài khoản */
        post: operations["postUsersByIdDisable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mở lại tài khoản */
        post: operations["postUsersByIdEnable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/reset-mfa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Gỡ xác thực hai lớp của tài khoản (mất điện thoại) */
        post: operations["postUsersByIdResetMfa"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đặt lại mật khẩu tài khoản */
        post: operations["postUsersByIdResetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Sửa tài khoản */
        patch: operations["patchUsersById"];
        trace?: never;
    };
    "/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem nhật ký hệ thống */
        get: operations["getAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subjects/{id}/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xét điều kiện khen thưởng của cá nhân hoặc tập thể */
        get: operations["getSubjectsByIdEligibility"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org-units/{id}/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gợi ý đề nghị khen thưởng trong đơn vị */
        get: operations["getOrgUnitsByIdSuggestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rule-params": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem bộ quy tắc và tham số riêng */
        get: operations["getRuleParams"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rule-params/{ruleSetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Lưu tham số riêng của một bộ quy tắc */
        put: operations["putRuleParamsByRuleSetId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant-awards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh hiệu, hình thức khen thưởng riêng của tỉnh (mọi phiên bản) */
        get: operations["getTenantAwards"];
        put?: never;
        /** Thêm danh hiệu, hình thức khen thưởng riêng của tỉnh (hoặc phiên bản mới) */
        post: operations["postTenantAwards"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/award-catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh mục danh hiệu, hình thức khen thưởng đang có hiệu lực của tỉnh (pháp luật và của tỉnh) */
        get: operations["getAwardCatalogue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/households": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tìm hộ gia đình */
        get: operations["getHouseholds"];
        put?: never;
        /** Thêm hộ gia đình */
        post: operations["postHouseholds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/collectives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tìm tập thể */
        get: operations["getCollectives"];
        put?: never;
        /** Thêm tập thể */
        post: operations["postCollectives"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem hồ sơ chờ tôi xử lý */
        get: operations["getProposalsQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem hồ sơ quá hạn */
        get: operations["getProposalsOverdue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tìm hồ sơ đề nghị */
        get: operations["getProposals"];
        put?: never;
        /** Tạo hồ sơ đề nghị */
        post: operations["postProposals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem hồ sơ đề nghị */
        get: operations["getProposalsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem thông báo của tôi */
        get: operations["getNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem ý kiến công khai về hồ sơ */
        get: operations["getProposalsByIdComments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Sửa danh sách đối tượng */
        put: operations["putProposalsByIdItems"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{id}/components": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đánh dấu thành phần hồ sơ do hệ thống tạo */
        post: operations["postProposalsByIdComponents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{id}/components/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tải lên tệp của thành phần hồ sơ */
        post: operations["postProposalsByIdComponentsFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{id}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem hoặc tải tệp của thành phần hồ sơ */
        get: operations["getProposalsByIdFilesByFileId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{id}/components/confirm-minutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lãnh đạo đơn vị xác nhận dự thảo biên bản xét khen thưởng */
        post: operations["postProposalsByIdComponentsConfirmMinutes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{id}/comments/triage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Xử lý ý kiến công khai */
        post: operations["postProposalsByIdCommentsTriage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{id}/submit-for-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Chuyển đơn vị bình xét */
        post: operations["postProposalsByIdSubmitForReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{id}/receive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tiếp nhận hồ sơ */
        post: operations["postProposalsByIdReceive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{id}/forward": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trình tiếp lên cấp trên */
        post: operations["postProposalsByIdForward"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{id}/start-appraisal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bắt đầu thẩm định (chạy đánh giá tự động) */
        post: operations["postProposalsByIdStartAppraisal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{id}/complete-appraisal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Kết thúc thẩm định */
        post: operations["postProposalsByIdCompleteAppraisal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{id}/open-council": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đưa ra Hội đồng */
        post: operations["postProposalsByIdOpenCouncil"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trình hồ sơ (đính kèm biên bản) hoặc trình lại; đối tượng chưa đủ điều kiện cần lý do */
        post: operations["postProposalsByIdSubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trả lại hồ sơ kèm lý do */
        post: operations["postProposalsByIdReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{id}/appraise-item": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Xác nhận hoặc điều chỉnh kết quả thẩm định một đối tượng */
        post: operations["postProposalsByIdAppraiseItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{id}/public-comment/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Kết thúc lấy ý kiến công khai (trước hạn phải nêu căn cứ pháp lý) */
        post: operations["postProposalsByIdPublicCommentClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{id}/public-comment/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Công khai lấy ý kiến */
        post: operations["postProposalsByIdPublicCommentOpen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Không khen thưởng */
        post: operations["postProposalsByIdReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/comment-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem danh sách đang lấy ý kiến công khai */
        get: operations["getPublicCommentLists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Gửi ý kiến công khai */
        post: operations["postPublicComments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/councils": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem phiên họp Hội đồng */
        get: operations["getCouncils"];
        put?: never;
        /** Tạo phiên họp Hội đồng */
        post: operations["postCouncils"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/councils/member-candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem người có thể là thành viên Hội đồng */
        get: operations["getCouncilsMemberCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/councils/proposal-candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem hồ sơ chờ Hội đồng bỏ phiếu */
        get: operations["getCouncilsProposalCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/councils/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem một phiên họp Hội đồng */
        get: operations["getCouncilsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/councils/{id}/minutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem dữ liệu biên bản họp Hội đồng */
        get: operations["getCouncilsByIdMinutes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/councils/{id}/ballots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bỏ phiếu */
        post: operations["postCouncilsByIdBallots"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/councils/{id}/written-ballots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi nhận phiếu bằng văn bản */
        post: operations["postCouncilsByIdWrittenBallots"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/councils/{id}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Khai mạc phiên họp */
        post: operations["postCouncilsByIdOpen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/councils/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Kết thúc phiên họp */
        post: operations["postCouncilsByIdClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/decisions/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ban hành quyết định khen thưởng */
        post: operations["postDecisionsIssue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/decisions/external": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Vào sổ quyết định của cấp trên */
        post: operations["postDecisionsExternal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/decisions/{id}/revocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thu hồi khen thưởng trong quyết định */
        post: operations["postDecisionsByIdRevocations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{id}/send-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Gửi hồ sơ lên cấp trên (gói hồ sơ có ký số) */
        post: operations["postProposalsByIdSendUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exchange/outgoing/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải gói hồ sơ gửi lên cấp trên (tệp JSON có ký số) */
        get: operations["getExchangeOutgoingByIdFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incoming-dossiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách hồ sơ cấp dưới gửi lên */
        get: operations["getIncomingDossiers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incoming-dossiers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem hồ sơ cấp dưới gửi lên, với kết quả xét của cấp dưới và của đơn vị mình */
        get: operations["getIncomingDossiersById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incoming-dossiers/{id}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải tệp của hồ sơ cấp dưới gửi lên hoặc của quyết định đã ban hành */
        get: operations["getIncomingDossiersByIdFilesByFileId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incoming-dossiers/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trả lại hồ sơ cho cấp dưới, kèm lý do */
        post: operations["postIncomingDossiersByIdReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incoming-dossiers/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Chấp thuận hoặc không chấp thuận từng đối tượng đề nghị */
        post: operations["postIncomingDossiersByIdApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incoming-dossiers/{id}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ban hành quyết định, ký số và gửi quyết định về cấp dưới */
        post: operations["postIncomingDossiersByIdDecide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/templates/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải tệp mẫu nhập dữ liệu */
        get: operations["getImportsTemplatesByFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/exports/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xuất dữ liệu theo cột của tệp mẫu */
        get: operations["getImportsExportsByFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tải tệp lên và chạy thử nhập dữ liệu */
        post: operations["postImports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem lượt nhập dữ liệu */
        get: operations["getImportsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/{id}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi dữ liệu đã chạy thử */
        post: operations["postImportsByIdCommit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/awards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tra cứu khen thưởng */
        get: operations["getAwards"];
        put?: never;
        /** Thêm khen thưởng */
        post: operations["postAwards"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/awards/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xuất kết quả tra cứu khen thưởng ra Excel */
        get: operations["getAwardsExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/awards/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Xóa khen thưởng */
        delete: operations["deleteAwardsById"];
        options?: never;
        head?: never;
        /** Sửa khen thưởng */
        patch: operations["patchAwardsById"];
        trace?: never;
    };
    "/awards/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thu hồi khen thưởng */
        post: operations["postAwardsByIdRevoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thêm kết quả đánh giá */
        post: operations["postRatings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ratings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Xóa kết quả đánh giá */
        delete: operations["deleteRatingsById"];
        options?: never;
        head?: never;
        /** Sửa kết quả đánh giá */
        patch: operations["patchRatingsById"];
        trace?: never;
    };
    "/initiatives/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem sáng kiến */
        get: operations["getInitiativesById"];
        put?: never;
        post?: never;
        /** Xóa sáng kiến */
        delete: operations["deleteInitiativesById"];
        options?: never;
        head?: never;
        /** Sửa sáng kiến */
        patch: operations["patchInitiativesById"];
        trace?: never;
    };
    "/initiatives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thêm sáng kiến */
        post: operations["postInitiatives"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/disciplines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thêm kỷ luật */
        post: operations["postDisciplines"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/disciplines/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Xóa kỷ luật */
        delete: operations["deleteDisciplinesById"];
        options?: never;
        head?: never;
        /** Sửa kỷ luật */
        patch: operations["patchDisciplinesById"];
        trace?: never;
    };
    "/holds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mở vụ việc tạm dừng xét */
        post: operations["postHolds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/holds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Xóa vụ việc tạm dừng xét */
        delete: operations["deleteHoldsById"];
        options?: never;
        head?: never;
        /** Sửa vụ việc tạm dừng xét */
        patch: operations["patchHoldsById"];
        trace?: never;
    };
    "/holds/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đóng vụ việc tạm dừng xét */
        post: operations["postHoldsByIdClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tìm quyết định */
        get: operations["getDecisions"];
        put?: never;
        /** Thêm quyết định */
        post: operations["postDecisions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/decisions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem quyết định */
        get: operations["getDecisionsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/initiatives/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem tệp minh chứng của sáng kiến */
        get: operations["getInitiativesByIdFiles"];
        put?: never;
        /** Đính kèm minh chứng cho sáng kiến */
        post: operations["postInitiativesByIdFiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/initiatives/{id}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải tệp minh chứng của sáng kiến */
        get: operations["getInitiativesByIdFilesByFileId"];
        put?: never;
        post?: never;
        /** Xóa tệp minh chứng của sáng kiến */
        delete: operations["deleteInitiativesByIdFilesByFileId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/awards/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem tệp minh chứng của khen thưởng */
        get: operations["getAwardsByIdFiles"];
        put?: never;
        /** Đính kèm minh chứng cho khen thưởng */
        post: operations["postAwardsByIdFiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/awards/{id}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải tệp minh chứng của khen thưởng */
        get: operations["getAwardsByIdFilesByFileId"];
        put?: never;
        post?: never;
        /** Xóa tệp minh chứng của khen thưởng */
        delete: operations["deleteAwardsByIdFilesByFileId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem quá trình thi đua, khen thưởng của cá nhân */
        get: operations["getPeopleByIdTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org-units/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem quá trình thi đua, khen thưởng của tập thể */
        get: operations["getOrgUnitsByIdTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tìm phong trào thi đua */
        get: operations["getMovements"];
        put?: never;
        /** Tạo phong trào thi đua */
        post: operations["postMovements"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/movements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem phong trào thi đua */
        get: operations["getMovementsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Sửa phong trào thi đua */
        patch: operations["patchMovementsById"];
        trace?: never;
    };
    "/movements/{id}/transition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Chuyển bước phong trào thi đua */
        post: operations["postMovementsByIdTransition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/movements/{id}/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đính kèm văn bản phát động */
        post: operations["postMovementsByIdDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/movements/{id}/awards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi nhận khen thưởng khi tổng kết phong trào */
        post: operations["postMovementsByIdAwards"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem đăng ký thi đua */
        get: operations["getRegistrations"];
        put?: never;
        /** Đăng ký thi đua */
        post: operations["postRegistrations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registrations/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xuất đăng ký thi đua ra Excel */
        get: operations["getRegistrationsExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registrations/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nhập đăng ký thi đua từ tệp */
        post: operations["postRegistrationsImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clusters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem cụm, khối thi đua */
        get: operations["getClusters"];
        put?: never;
        /** Tạo cụm, khối thi đua */
        post: operations["postClusters"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clusters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem một cụm, khối thi đua */
        get: operations["getClustersById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Sửa cụm, khối thi đua */
        patch: operations["patchClustersById"];
        trace?: never;
    };
    "/clusters/{id}/leadership": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi nhận cụm trưởng, cụm phó */
        post: operations["postClustersByIdLeadership"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clusters/{id}/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lưu bảng tiêu chí chấm điểm */
        post: operations["postClustersByIdTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clusters/{id}/pledges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi nhận giao ước thi đua */
        post: operations["postClustersByIdPledges"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clusters/{id}/scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem phiếu chấm điểm */
        get: operations["getClustersByIdScores"];
        put?: never;
        /** Lưu điểm chấm */
        post: operations["postClustersByIdScores"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clusters/{id}/scores/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nộp phiếu chấm điểm */
        post: operations["postClustersByIdScoresSubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clusters/{id}/score-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem lịch sử sửa điểm */
        get: operations["getClustersByIdScoreChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scores/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Sửa điểm */
        patch: operations["patchScoresById"];
        trace?: never;
    };
    "/scores/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đính kèm minh chứng cho điểm */
        post: operations["postScoresByIdEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clusters/{id}/vote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mở bỏ phiếu suy tôn */
        post: operations["postClustersByIdVote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clusters/{id}/vote/ballots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bỏ phiếu suy tôn */
        post: operations["postClustersByIdVoteBallots"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clusters/{id}/vote/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Kết thúc bỏ phiếu suy tôn */
        post: operations["postClustersByIdVoteClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clusters/{id}/vote/proposal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lập hồ sơ đề nghị Cờ thi đua cho đơn vị dẫn đầu */
        post: operations["postClustersByIdVoteProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/document-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem thiết lập văn bản của đơn vị */
        get: operations["getDocumentSettings"];
        /** Lưu thiết lập văn bản của đơn vị */
        put: operations["putDocumentSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/decisions/{id}/money-summary.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải bảng tổng hợp tiền thưởng (.xlsx) */
        get: operations["getDecisionsByIdMoneySummaryXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/decisions/{id}/money-summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem tổng hợp tiền thưởng của quyết định */
        get: operations["getDecisionsByIdMoneySummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/decisions/{id}/documents/quyet-dinh.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải quyết định khen thưởng (.docx) */
        get: operations["getDecisionsByIdDocumentsQuyetDinhDocx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/decisions/{id}/documents/quyet-dinh.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải quyết định khen thưởng (PDF), bản đã ký số nếu có */
        get: operations["getDecisionsByIdDocumentsQuyetDinhPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/decisions/{id}/certificates.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** In Giấy khen, Bằng khen của quyết định (.pdf) */
        get: operations["getDecisionsByIdCertificatesPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/decisions/{id}/signature": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem tình trạng ký số của quyết định */
        get: operations["getDecisionsByIdSignature"];
        put?: never;
        /** Ký số quyết định và giấy khen bằng chứng thư số của cơ quan */
        post: operations["postDecisionsByIdSignature"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/decisions/{id}/revocation-decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ban hành quyết định thu hồi khen thưởng của quyết định đã ký số (ký bằng chứng thư số của cơ quan) */
        post: operations["postDecisionsByIdRevocationDecisions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/decisions/{id}/token-signing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Chuẩn bị tệp để ký bằng chữ ký số cá nhân (USB token) */
        post: operations["postDecisionsByIdTokenSigning"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/decisions/{id}/token-signing/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hoàn tất ký số bằng chữ ký số cá nhân */
        post: operations["postDecisionsByIdTokenSigningBySessionId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/token-signing/{tenantId}/{sessionId}/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tệp đã chuẩn bị để phần mềm ký số tải về */
        get: operations["getTokenSigningByTenantIdBySessionIdByKind"];
        put?: never;
        /** Phần mềm ký số gửi lại tệp đã ký */
        post: operations["postTokenSigningByTenantIdBySessionIdByKind"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{id}/documents/bao-cao-thanh-tich.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải báo cáo thành tích của cá nhân (.docx) */
        get: operations["getPeopleByIdDocumentsBaoCaoThanhTichDocx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org-units/{id}/documents/bao-cao-thanh-tich.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải báo cáo thành tích của tập thể (.docx) */
        get: operations["getOrgUnitsByIdDocumentsBaoCaoThanhTichDocx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{id}/documents/bao-cao-dot-xuat.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải báo cáo thành tích đột xuất của cá nhân (.docx) */
        get: operations["getPeopleByIdDocumentsBaoCaoDotXuatDocx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org-units/{id}/documents/bao-cao-dot-xuat.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải báo cáo thành tích đột xuất của tập thể (.docx) */
        get: operations["getOrgUnitsByIdDocumentsBaoCaoDotXuatDocx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{id}/documents/bao-cao-chuyen-de.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải báo cáo thành tích thi đua theo chuyên đề của cá nhân (.docx) */
        get: operations["getPeopleByIdDocumentsBaoCaoChuyenDeDocx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org-units/{id}/documents/bao-cao-chuyen-de.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải báo cáo thành tích thi đua theo chuyên đề của tập thể (.docx) */
        get: operations["getOrgUnitsByIdDocumentsBaoCaoChuyenDeDocx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{id}/documents/bao-cao-cong-hien.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải báo cáo thành tích quá trình cống hiến của cá nhân (.docx) */
        get: operations["getPeopleByIdDocumentsBaoCaoCongHienDocx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{id}/documents/bao-cao-cstd-toan-quoc.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải báo cáo thành tích đề nghị danh hiệu Chiến sĩ thi đua toàn quốc (.docx) */
        get: operations["getPeopleByIdDocumentsBaoCaoCstdToanQuocDocx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/households/{id}/documents/bao-cao-thanh-tich.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải báo cáo thành tích của hộ gia đình (.docx) */
        get: operations["getHouseholdsByIdDocumentsBaoCaoThanhTichDocx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{id}/documents/to-trinh.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải tờ trình đề nghị khen thưởng (.docx) */
        get: operations["getProposalsByIdDocumentsToTrinhDocx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{id}/documents/to-trinh.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải tờ trình đề nghị khen thưởng (PDF) */
        get: operations["getProposalsByIdDocumentsToTrinhPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/councils/{id}/documents/bien-ban.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải biên bản họp Hội đồng (.docx) */
        get: operations["getCouncilsByIdDocumentsBienBanDocx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/verify/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xác minh khen thưởng theo mã */
        get: operations["getPublicVerifyByCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/fairness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem tỷ lệ khen thưởng theo đối tượng ưu tiên */
        get: operations["getReportsFairness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/fairness/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem các khen thưởng của một nhóm ưu tiên */
        get: operations["getReportsFairnessRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Lưu chỉ tiêu tỷ lệ khen thưởng */
        put: operations["putReportsTargets"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem số liệu trang tổng quan */
        get: operations["getReportsDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/year-summary.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tạo bản thảo báo cáo tổng kết (sơ kết) công tác thi đua, khen thưởng (.docx) */
        post: operations["postReportsYearSummaryDocx"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/snapshots/signers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách lãnh đạo có thể ký báo cáo thống kê của đơn vị */
        get: operations["getReportsSnapshotsSigners"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/snapshots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách báo cáo thống kê đã chốt */
        get: operations["getReportsSnapshots"];
        put?: never;
        /** Chốt số liệu biểu mẫu thống kê (không sửa được sau khi chốt) */
        post: operations["postReportsSnapshots"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/snapshots/{id}/export.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải báo cáo đã chốt dạng JSON để gửi cấp trên */
        get: operations["getReportsSnapshotsByIdExportJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/snapshots/{id}/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải báo cáo đã chốt (.xlsx) */
        get: operations["getReportsSnapshotsByIdExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/rollup/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nhận báo cáo JSON đã chốt của các tỉnh, bộ, ngành để tổng hợp */
        post: operations["postReportsRollupImports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/rollup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem tổng hợp báo cáo của các tỉnh, bộ, ngành */
        get: operations["getReportsRollup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem biểu mẫu thống kê */
        get: operations["getReportsForms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/forms/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem bản ghi của một ô số liệu */
        get: operations["getReportsFormsRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/forms/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xuất biểu mẫu thống kê (.xlsx) */
        get: operations["getReportsFormsExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/forms/export.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xuất biểu mẫu thống kê (.pdf) */
        get: operations["getReportsFormsExportPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portal-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem thiết lập công khai trên cổng */
        get: operations["getPortalSettings"];
        /** Lưu thiết lập công khai trên cổng */
        put: operations["putPortalSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem đơn khiếu nại, tố cáo trong phạm vi */
        get: operations["getComplaints"];
        put?: never;
        /** Tiếp nhận đơn khiếu nại, tố cáo */
        post: operations["postComplaints"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem đơn khiếu nại, tố cáo */
        get: operations["getComplaintsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/{id}/party": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem thông tin người gửi đơn */
        get: operations["getComplaintsByIdParty"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/{id}/classify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Phân loại đơn */
        post: operations["postComplaintsByIdClassify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thụ lý đơn */
        post: operations["postComplaintsByIdAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Xác minh nội dung đơn */
        post: operations["postComplaintsByIdVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/{id}/conclude": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Kết luận giải quyết đơn */
        post: operations["postComplaintsByIdConclude"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/my-work": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem việc chờ tôi xử lý */
        get: operations["getMyWork"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/me/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem địa chỉ và các loại thư thông báo tôi nhận */
        get: operations["getAuthMeNotices"];
        /** Đặt địa chỉ và chọn các loại thư thông báo tôi nhận */
        put: operations["putAuthMeNotices"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem sổ Quỹ thi đua, khen thưởng của năm */
        get: operations["getFund"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fund/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải sổ Quỹ thi đua, khen thưởng (.xlsx) cho bộ phận tài chính */
        get: operations["getFundExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fund/awaiting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem quyết định chờ chi tiền thưởng và khoản chờ thu hồi */
        get: operations["getFundAwaiting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fund/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi khoản thu vào Quỹ thi đua, khen thưởng */
        post: operations["postFundReceipts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fund/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Xác nhận đã chi tiền thưởng của quyết định */
        post: operations["postFundPayments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fund/recoveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi khoản thu hồi tiền thưởng của khen thưởng bị thu hồi */
        post: operations["postFundRecoveries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fund/entries/{id}/reversal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đảo một bút toán của Quỹ (điều chỉnh sai sót) */
        post: operations["postFundEntriesByIdReversal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/model-conferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem các hội nghị điển hình tiên tiến */
        get: operations["getModelConferences"];
        put?: never;
        /** Tạo hội nghị điển hình tiên tiến */
        post: operations["postModelConferences"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/model-conferences/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem hội nghị và danh sách vinh danh */
        get: operations["getModelConferencesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/model-conferences/{id}/honourees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thêm điển hình hoặc khen thưởng vào danh sách vinh danh */
        post: operations["postModelConferencesByIdHonourees"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/model-conferences/{id}/honour-list.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải danh sách vinh danh (.docx, thể thức Nghị định 30) */
        get: operations["getModelConferencesByIdHonourListDocx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/model-conferences/{id}/invitations.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải giấy mời người được vinh danh (.docx, mỗi người một trang) */
        get: operations["getModelConferencesByIdInvitationsDocx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem điển hình tiên tiến do đơn vị mình đề xuất */
        get: operations["getModels"];
        put?: never;
        /** Đề xuất điển hình tiên tiến */
        post: operations["postModels"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/models/published": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem điển hình tiên tiến đã được công nhận (để nhân rộng) */
        get: operations["getModelsPublished"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/models/review-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem điển hình chờ cơ quan thi đua xét duyệt */
        get: operations["getModelsReviewQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/models/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem một điển hình tiên tiến */
        get: operations["getModelsById"];
        /** Sửa điển hình đang soạn hoặc bị trả lại */
        put: operations["putModelsById"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/models/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Gửi điển hình để cơ quan thi đua xét duyệt */
        post: operations["postModelsByIdSubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/models/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trả lại điển hình kèm lý do */
        post: operations["postModelsByIdReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/models/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Duyệt và công khai điển hình trên cổng thông tin */
        post: operations["postModelsByIdApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/models/{id}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thêm ảnh cho điển hình (thu nhỏ, xóa thông tin vị trí) */
        post: operations["postModelsByIdPhotos"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/models/{id}/photos/{photoId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải ảnh của điển hình */
        get: operations["getModelsByIdPhotosByPhotoId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/models/{id}/adoptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi nhận đơn vị nhân rộng điển hình */
        post: operations["postModelsByIdAdoptions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inspection-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem kế hoạch kiểm tra công tác thi đua, khen thưởng trong phạm vi */
        get: operations["getInspectionPlans"];
        put?: never;
        /** Lập kế hoạch kiểm tra năm */
        post: operations["postInspectionPlans"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inspection-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem kế hoạch kiểm tra, đơn vị được kiểm tra và kết quả */
        get: operations["getInspectionPlansById"];
        /** Sửa kế hoạch kiểm tra (tên, căn cứ, đơn vị và thời gian) */
        put: operations["putInspectionPlansById"];
        post?: never;
        /** Xóa kế hoạch kiểm tra chưa có kết quả */
        delete: operations["deleteInspectionPlansById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inspection-plans/{id}/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi nhận kết quả kiểm tra và kiến nghị tại một đơn vị */
        post: operations["postInspectionPlansByIdFindings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inspection-findings/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi nhận đơn vị đã thực hiện kiến nghị (giải tỏa tạm hoãn nếu có) */
        post: operations["postInspectionFindingsByIdComplete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inspection-plans/{id}/report.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải báo cáo kết quả kiểm tra (.docx, thể thức Nghị định 30) */
        get: operations["getInspectionPlansByIdReportDocx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải tài liệu OpenAPI */
        get: operations["getOpenapiJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        Error: {
            error: {
                /**
                 * @description Mã lỗi ổn định; máy khách rẽ nhánh theo mã này.
                 * @enum {string}
                 */
                code: "INVALID_INPUT" | "INVALID_CURSOR" | "FORBIDDEN" | "NOT_FOUND" | "VERSION_CONFLICT" | "DUPLICATE_CODE" | "PAYLOAD_TOO_LARGE" | "UPLOAD_TYPE_NOT_ALLOWED" | "UPLOAD_TOO_LARGE" | "UPLOAD_EMPTY" | "RATE_LIMITED" | "INTERNAL" | "DATABASE_UNAVAILABLE" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "ACCOUNT_LOCKED" | "CSRF_INVALID" | "ACCOUNT_DISABLED" | "PASSWORD_CHANGE_REQUIRED" | "WRONG_PASSWORD" | "MFA_REQUIRED" | "MFA_ENROLMENT_REQUIRED" | "MFA_CODE_INVALID" | "MFA_ALREADY_ENABLED" | "MFA_NOT_STARTED" | "MFA_SECRET_UNREADABLE" | "WEAK_PASSWORD" | "SAME_PASSWORD" | "CANNOT_DISABLE_SELF" | "USER_NOT_FOUND" | "DUPLICATE_USERNAME" | "OIDC_PROVIDER_UNKNOWN" | "OIDC_STATE_INVALID" | "OIDC_NONCE_MISMATCH" | "OIDC_CODE_REJECTED" | "OIDC_SIGNING_KEY_UNKNOWN" | "OIDC_TOKEN_INVALID" | "OIDC_DENIED" | "OIDC_PROVIDER_UNAVAILABLE" | "OIDC_NOT_LINKED" | "OIDC_INVITATION_INVALID" | "OIDC_ALREADY_LINKED" | "OIDC_CLAIM_MISSING" | "CITIZEN_ONLY" | "ORG_UNIT_NOT_FOUND" | "PERSON_NOT_FOUND" | "HOUSEHOLD_NOT_FOUND" | "PERSON_ALREADY_LINKED" | "DUPLICATE_CITIZEN_ID" | "UNIT_NOT_ACTIVE" | "INVALID_RESTRUCTURE" | "TENANT_AWARD_LAW_CODE" | "TENANT_AWARD_INVALID_CRITERIA" | "TENANT_AWARD_DATES" | "AWARD_NOT_IN_CATALOGUE" | "RECORD_NOT_FOUND" | "DECISION_NOT_FOUND" | "DUPLICATE_RATING" | "DUPLICATE_DECISION_NUMBER" | "DECISION_ISSUER_OUT_OF_SCOPE" | "DECISION_OUT_OF_SCOPE" | "AWARD_ALREADY_REVOKED" | "INITIATIVE_NOT_OF_SUBJECT" | "INITIATIVE_ALREADY_USED" | "HOLD_ALREADY_CLOSED" | "EVIDENCE_FILE_TYPE" | "EVIDENCE_FILE_NOT_FOUND" | "EVIDENCE_FILE_EMPTY" | "EVIDENCE_FILE_TOO_LARGE" | "IMPORT_FILE_EMPTY" | "IMPORT_FILE_TOO_LARGE" | "IMPORT_FILE_TYPE" | "IMPORT_FILE_MALFORMED" | "IMPORT_FILE_SUSPICIOUS" | "IMPORT_TOO_MANY_ROWS" | "IMPORT_CELL_TOO_LONG" | "IMPORT_TOO_MUCH_MEMORY" | "IMPORT_BUSY" | "IMPORT_WRONG_SHEET" | "IMPORT_NOT_FOUND" | "IMPORT_ALREADY_COMMITTED" | "IMPORT_HAS_ERRORS" | "IMPORT_NEEDS_CONFIRMATION" | "COMPONENT_FILE_NOT_FOUND" | "PROPOSAL_NOT_FOUND" | "PROPOSAL_ITEM_NOT_FOUND" | "INVALID_TRANSITION" | "WORKFLOW_GUARD" | "MIXED_DECIDERS" | "NO_DECIDER" | "COMPONENT_NOT_REQUIRED" | "COUNCIL_NOT_FOUND" | "NOT_COUNCIL_MEMBER" | "ALREADY_VOTED" | "CONFLICT_OF_INTEREST" | "COUNCIL_CLOSED" | "QUORUM_NOT_MET" | "COMMENT_NOT_FOUND" | "COUNCIL_TOO_SMALL" | "COUNCIL_MEMBER_ROLE_REQUIRED" | "COUNCIL_NOT_OPEN" | "COUNCIL_ALREADY_OPEN" | "BALLOT_INCOMPLETE" | "BALLOT_SEAL_LOST" | "DECISION_BEFORE_COUNCIL" | "SIGNER_NOT_LEADER" | "PUBLIC_COMMENT_NOT_ENDED" | "PUBLIC_COMMENT_UNHANDLED" | "INELIGIBLE_ITEMS_UNCONFIRMED" | "MINUTES_CONFIRM_NOT_LEADER" | "MINUTES_NOT_DRAFT" | "NOT_PUBLISHED" | "COUNCIL_NOT_CLOSED" | "PROPOSAL_ON_OPEN_COUNCIL" | "DECISION_HAS_NO_AWARDS" | "MOVEMENT_NOT_FOUND" | "MOVEMENT_INVALID_TRANSITION" | "MOVEMENT_DATES_REQUIRED" | "CLUSTER_NOT_FOUND" | "NOT_CLUSTER_MEMBER" | "CLUSTER_VOTE_NOT_FOUND" | "CLUSTER_VOTE_EXISTS" | "CLUSTER_VOTE_CLOSED" | "CLUSTER_VOTE_OPEN" | "CLUSTER_VOTE_TIED" | "CLUSTER_VOTE_EMPTY" | "NOT_A_CANDIDATE" | "CLUSTER_LEADER_ALREADY_PROPOSED" | "CO_CP_CAP_EXCEEDED" | "NOT_CLUSTER_ASSESSOR" | "TEMPLATE_NOT_FOUND" | "TEMPLATE_IN_USE" | "SCORE_NOT_FOUND" | "SCORE_REASON_REQUIRED" | "SCORES_INCOMPLETE" | "VERIFICATION_NOT_FOUND" | "DOCUMENT_FONTS_MISSING" | "SIGNING_NOT_CONFIGURED" | "SIGNING_CERTIFICATE_INVALID" | "DECISION_SIGNED" | "DECISION_ALREADY_SIGNED" | "PDF_INVALID" | "TOKEN_SIGNER_NO_PERSON" | "TOKEN_SIGNING_NOT_FOUND" | "TOKEN_FILE_MISMATCH" | "TOKEN_SIGNATURE_INVALID" | "TOKEN_CERTIFICATE_NOT_SIGNER" | "TOKEN_SIGNING_INCOMPLETE" | "DECISION_NOT_SIGNED" | "REVOCATION_DECISION_REQUIRED" | "AWARD_NOT_IN_DECISION" | "COMPLAINT_NOT_FOUND" | "COMPLAINT_NOT_ASSIGNED" | "COMPLAINT_AWARD_NOT_OF_SUBJECT" | "FUND_ALREADY_PAID" | "FUND_NOTHING_TO_PAY" | "FUND_ENTRY_NOT_FOUND" | "FUND_ALREADY_REVERSED" | "FUND_REVERSAL_OF_REVERSAL" | "FUND_RECOVERY_STANDING" | "FUND_NOT_TO_RECOVER" | "FUND_NOT_PAID" | "FUND_ALREADY_RECOVERED" | "MODEL_NOT_FOUND" | "MODEL_NOT_EDITABLE" | "MODEL_NOT_SUBMITTED" | "MODEL_NOT_APPROVED" | "MODEL_SUBJECT_REQUIRED" | "MODEL_SUBJECT_MISMATCH" | "MODEL_AWARD_MISMATCH" | "MODEL_ALREADY_ADOPTED" | "MODEL_PHOTO_UNREADABLE" | "MODEL_PHOTO_LIMIT" | "CONFERENCE_NOT_FOUND" | "CONFERENCE_HONOUREE_DUPLICATE" | "ONLINE_PROCEDURE_NOT_OFFERED" | "ONLINE_FILING_DUPLICATE" | "DOSSIER_NOT_FOUND" | "INSPECTION_PLAN_NOT_FOUND" | "INSPECTION_PLAN_DUPLICATE" | "INSPECTION_PLAN_HAS_FINDINGS" | "INSPECTION_UNIT_OUTSIDE_PLAN" | "INSPECTION_UNIT_NOT_IN_PLAN" | "INSPECTION_UNIT_HAS_FINDINGS" | "INSPECTION_SUBJECT_OUTSIDE_UNIT" | "INSPECTION_AWARD_OUTSIDE_UNIT" | "INSPECTION_FINDING_NOT_FOUND" | "INSPECTION_FINDING_COMPLETED" | "REPORT_FORM_NOT_FOUND" | "REPORT_CELL_NOT_FOUND" | "REPORT_DEFINITION_INVALID" | "REPORT_SNAPSHOT_NOT_FOUND" | "REPORT_SIGNER_NOT_LEADER" | "REPORT_SIGNED_ON_INVALID" | "REPORT_SNAPSHOT_CONFLICT" | "REPORT_IMPORT_MALFORMED" | "REPORT_IMPORT_INVALID" | "REPORT_IMPORT_HASH_MISMATCH" | "REPORT_IMPORT_UNKNOWN_FORM" | "REPORT_IMPORT_PARTIAL_SCOPE" | "REPORT_IMPORT_OWN_TENANT" | "REPORT_IMPORT_OLDER" | "REPORT_IMPORT_TOO_MANY" | "REPORT_ROLLUP_NOT_RECEIVER" | "REPORT_YEARS_TOO_MANY" | "PACKAGE_INVALID" | "PACKAGE_SIGNATURE_INVALID" | "PACKAGE_FILE_MISMATCH" | "PACKAGE_WRONG_RECIPIENT" | "PACKAGE_UNKNOWN_SENDER" | "PACKAGE_NO_PARENT" | "PACKAGE_NOT_FOUND" | "UPPER_LEVEL_ALREADY_SENT" | "UPPER_LEVEL_NOTHING_TO_SEND" | "UPPER_LEVEL_SEAL_REQUIRED" | "INCOMING_DOSSIER_NOT_FOUND" | "INCOMING_DOSSIER_VERSION_CHANGED" | "INCOMING_DOSSIER_WRONG_STATE" | "INCOMING_DOSSIER_UNKNOWN_ITEM" | "INCOMING_DOSSIER_REASON_REQUIRED" | "INCOMING_DOSSIER_NOT_APPROVED" | "INCOMING_DOSSIER_NO_SIGNER";
                /** @description Thông báo tiếng Việt cho người dùng. */
                message: string;
                details: {
                    path: string;
                    message: string;
                }[];
                requestId?: string;
            };
        };
        LoginResult: {
            /** @enum {boolean} */
            ok: true;
            passwordChangeRequired: boolean;
            mfaRequired: boolean;
        };
        LoginInput: {
            username: string;
            password: string;
        };
        ChangePasswordInput: {
            currentPassword: string;
            newPassword: string;
        };
        Me: {
            user: {
                id: string;
                username: string;
                fullName: string;
                tenantId: string;
                tenantName: string;
                /** @enum {string} */
                tenantKind: "PROVINCE" | "MINISTRY" | "NATIONAL";
                unitId: string;
                unitName: string;
                scopeUnitId: string;
                roles: ("SYSTEM_ADMIN" | "TENANT_ADMIN" | "UNIT_OFFICER" | "APPRAISER" | "COUNCIL_SECRETARY" | "COUNCIL_MEMBER" | "LEADER" | "VIEWER" | "COMPLAINT_HANDLER" | "INSPECTOR" | "CITIZEN" | "FINANCE")[];
                personId: string | null;
                positionTitle: string | null;
                isTenantWide: boolean;
            };
            permissions: ("orgUnit:read" | "orgUnit:create" | "orgUnit:update" | "orgUnit:restructure" | "person:read" | "person:create" | "person:update" | "person:readSensitive" | "person:export" | "user:read" | "user:manage" | "audit:read" | "eligibility:read" | "ruleParams:manage" | "record:read" | "record:write" | "import:run" | "proposal:read" | "proposal:submit" | "proposal:appraise" | "council:manage" | "council:vote" | "decision:issue" | "decision:revoke" | "minutes:confirm" | "movement:read" | "movement:manage" | "movement:register" | "cluster:read" | "cluster:manage" | "cluster:vote" | "score:submit" | "score:assess" | "document:generate" | "documentSettings:manage" | "report:read" | "portal:manage" | "complaint:handle" | "inspection:manage" | "report:manage" | "fund:read" | "fund:manage" | "report:freeze" | "model:read" | "model:propose" | "model:review" | "model:adopt")[];
            csrfToken: string;
            passwordChangeRequired: boolean;
            mfa: {
                enabled: boolean;
                verificationRequired: boolean;
                enrolmentRequired: boolean;
            };
            demo: boolean;
        };
        MfaVerified: {
            /** @enum {boolean} */
            ok: true;
            recoveryCodesLeft: number | null;
        };
        MfaCodeInput: {
            code: string;
        };
        MfaEnrolment: {
            secret: string;
            otpauthUri: string;
            qrDataUrl: string;
        };
        MfaEnabled: {
            recoveryCodes: string[];
        };
        OidcProviders: {
            items: {
                id: string;
                label: string;
                startPath: string;
            }[];
        };
        OidcInvitation: {
            code: string;
            expiresAt: string;
        };
        CitizenFilings: {
            items: {
                trackingCode: string;
                /** @enum {string} */
                filedAs: "KHIEU_NAI" | "TO_CAO";
                subjectName: string;
                state: string;
                receivedOn: string;
                concludedOn: string | null;
                answer: string | null;
            }[];
        };
        OrgUnit: {
            id: string;
            parentId: string | null;
            path: string;
            code: string;
            name: string;
            /** @enum {string} */
            type: "UBND_TINH" | "BO" | "SO_BAN_NGANH" | "XA_PHUONG" | "DON_VI_SU_NGHIEP" | "DOANH_NGHIEP" | "PHONG_TO" | "THON_TO_DAN_PHO";
            /** @enum {string} */
            status: "ACTIVE" | "DISSOLVED";
            validFrom: string;
            validTo: string | null;
            isRemoteArea: boolean;
            version: number;
        };
        MergeOrgUnitsInput: {
            absorbedIds: string[];
            successor: {
                /** @enum {string} */
                mode: "EXISTING";
                /** Format: uuid */
                id: string;
            } | {
                /** @enum {string} */
                mode: "NEW";
                /** Format: uuid */
                parentId: string;
                code: string;
                name: string;
                /** @enum {string} */
                type: "UBND_TINH" | "BO" | "SO_BAN_NGANH" | "XA_PHUONG" | "DON_VI_SU_NGHIEP" | "DOANH_NGHIEP" | "PHONG_TO" | "THON_TO_DAN_PHO";
            };
            /** Format: date */
            effectiveDate: string;
            decisionRef?: string;
        };
        OrgUnitDetail: {
            unit: components["schemas"]["OrgUnit"];
            predecessors: {
                /** @enum {string} */
                kind: "MERGE" | "SPLIT" | "RENAME";
                predecessorId: string;
                predecessorName: string;
                successorId: string;
                successorName: string;
                effectiveDate: string;
                oldName: string | null;
                newName: string | null;
                decisionRef: string | null;
            }[];
            successors: {
                /** @enum {string} */
                kind: "MERGE" | "SPLIT" | "RENAME";
                predecessorId: string;
                predecessorName: string;
                successorId: string;
                successorName: string;
                effectiveDate: string;
                oldName: string | null;
                newName: string | null;
                decisionRef: string | null;
            }[];
            renames: {
                /** @enum {string} */
                kind: "MERGE" | "SPLIT" | "RENAME";
                predecessorId: string;
                predecessorName: string;
                successorId: string;
                successorName: string;
                effectiveDate: string;
                oldName: string | null;
                newName: string | null;
                decisionRef: string | null;
            }[];
            peopleCount: number;
            allowedActions: components["schemas"]["OrgUnitAllowedActions"];
        };
        /** @description Các thao tác người dùng hiện tại được phép làm trên đối tượng này (cùng quy tắc mà API kiểm tra). */
        OrgUnitAllowedActions: {
            addChild: boolean;
            rename: boolean;
            split: boolean;
            merge: boolean;
            readPeople: boolean;
            readEligibility: boolean;
        };
        OrgUnitHistory: {
            items: {
                unitId: string;
                unitName: string;
                isPredecessor: boolean;
                year: number;
                /** @enum {string} */
                kind: "AWARD" | "RATING";
                code: string;
                decisionNumber: string | null;
            }[];
        };
        CreateOrgUnitInput: {
            /** Format: uuid */
            parentId: string | null;
            code: string;
            name: string;
            /** @enum {string} */
            type: "UBND_TINH" | "BO" | "SO_BAN_NGANH" | "XA_PHUONG" | "DON_VI_SU_NGHIEP" | "DOANH_NGHIEP" | "PHONG_TO" | "THON_TO_DAN_PHO";
            /** Format: date */
            validFrom: string;
        };
        UpdateOrgUnitInput: {
            version: number;
            code?: string;
            /** @enum {string} */
            type?: "UBND_TINH" | "BO" | "SO_BAN_NGANH" | "XA_PHUONG" | "DON_VI_SU_NGHIEP" | "DOANH_NGHIEP" | "PHONG_TO" | "THON_TO_DAN_PHO";
            isRemoteArea?: boolean;
        };
        RenameOrgUnitInput: {
            version: number;
            name: string;
            /** Format: date */
            effectiveDate: string;
            decisionRef?: string;
        };
        SplitOrgUnitInput: {
            successors: {
                code: string;
                name: string;
                /** @enum {string} */
                type: "UBND_TINH" | "BO" | "SO_BAN_NGANH" | "XA_PHUONG" | "DON_VI_SU_NGHIEP" | "DOANH_NGHIEP" | "PHONG_TO" | "THON_TO_DAN_PHO";
            }[];
            /** @default [] */
            assignments: {
                /** Format: uuid */
                personId: string;
                successorIndex: number;
            }[];
            /** Format: date */
            effectiveDate: string;
            decisionRef?: string;
        };
        PersonPage: {
            items: components["schemas"]["Person"][];
            total: number;
            totalCapped: boolean;
            page: number;
            pageSize: number;
            nextCursor: string | null;
        };
        Person: {
            id: string;
            fullName: string;
            /** @enum {string} */
            gender: "NAM" | "NU";
            birthDate: string | null;
            ethnicity: string | null;
            citizenId: string | null;
            position: string | null;
            isLeader: boolean;
            isDirectWorker: boolean;
            /** @enum {string} */
            subjectGroup: "CBCCVC" | "CONG_NHAN" | "NONG_DAN" | "NGUOI_LAO_DONG" | "LLVT";
            recruitedOn: string | null;
            unitId: string;
            unitName: string;
            version: number;
            isRevealed: boolean;
        };
        PeopleCount: {
            total: number;
        };
        PersonDetail: {
            person: components["schemas"]["Person"];
            allowedActions: components["schemas"]["PersonAllowedActions"];
            employment: {
                unitId: string;
                unitName: string;
                position: string | null;
                fromDate: string;
                toDate: string | null;
            }[];
            ratings: {
                year: number;
                /** @enum {string} */
                rating: "KHTNV" | "HTNV" | "HTTNV" | "HTXSNV";
            }[];
            awards: {
                year: number;
                awardCode: string;
                /** @enum {string} */
                kind: "CONG_TRANG" | "DOT_XUAT" | "CHUYEN_DE" | "CONG_HIEN" | "NIEN_HAN" | "DOI_NGOAI" | "KHANG_CHIEN";
                decisionNumber: string | null;
                decisionDate: string | null;
                amountVnd: number | null;
                isRevoked: boolean;
            }[];
        };
        /** @description Các thao tác người dùng hiện tại được phép làm trên đối tượng này (cùng quy tắc mà API kiểm tra). */
        PersonAllowedActions: {
            update: boolean;
            revealSensitive: boolean;
            readEligibility: boolean;
        };
        CreatePersonInput: {
            fullName: string;
            /** @enum {string} */
            gender: "NAM" | "NU";
            /** Format: date */
            birthDate?: string | null;
            ethnicity?: string | null;
            citizenId?: string | null;
            position?: string | null;
            /** @default false */
            isLeader: boolean;
            /** @default false */
            isDirectWorker: boolean;
            /**
             * @default CBCCVC
             * @enum {string}
             */
            subjectGroup: "CBCCVC" | "CONG_NHAN" | "NONG_DAN" | "NGUOI_LAO_DONG" | "LLVT";
            /** Format: date */
            recruitedOn?: string | null;
            /** Format: uuid */
            unitId: string;
        };
        UpdatePersonInput: {
            version: number;
            fullName?: string;
            /** @enum {string} */
            gender?: "NAM" | "NU";
            /** Format: date */
            birthDate?: string | null;
            ethnicity?: string | null;
            citizenId?: string | null;
            position?: string | null;
            isLeader?: boolean;
            isDirectWorker?: boolean;
            /** @enum {string} */
            subjectGroup?: "CBCCVC" | "CONG_NHAN" | "NONG_DAN" | "NGUOI_LAO_DONG" | "LLVT";
            /** Format: date */
            recruitedOn?: string | null;
            /** Format: uuid */
            unitId?: string;
            /** Format: date */
            transferDate?: string;
        };
        EarlierPost: {
            id: string;
            unitId: string;
            unitName: string;
            position: string;
            fromDate: string;
            toDate: string;
        };
        EarlierPostInput: {
            /** Format: uuid */
            unitId: string;
            position: string;
            /** Format: date */
            fromDate: string;
            /** Format: date */
            toDate: string;
        };
        UserListItem: components["schemas"]["User"] & {
            allowedActions: components["schemas"]["UserAllowedActions"];
        };
        /** @description Các thao tác người dùng hiện tại được phép làm trên đối tượng này (cùng quy tắc mà API kiểm tra). */
        UserAllowedActions: {
            edit: boolean;
            changeLifeCycle: boolean;
            inviteOidc: boolean;
        };
        User: {
            id: string;
            username: string;
            fullName: string;
            roles: ("SYSTEM_ADMIN" | "TENANT_ADMIN" | "UNIT_OFFICER" | "APPRAISER" | "COUNCIL_SECRETARY" | "COUNCIL_MEMBER" | "LEADER" | "VIEWER" | "COMPLAINT_HANDLER" | "INSPECTOR" | "CITIZEN" | "FINANCE")[];
            unitId: string;
            scopeUnitId: string;
            personId: string | null;
            personName: string | null;
            positionTitle: string | null;
            email: string | null;
            disabled: boolean;
            mustChangePassword: boolean;
        };
        CreateUserInput: {
            username: string;
            fullName: string;
            password: string;
            roles: ("SYSTEM_ADMIN" | "TENANT_ADMIN" | "UNIT_OFFICER" | "APPRAISER" | "COUNCIL_SECRETARY" | "COUNCIL_MEMBER" | "LEADER" | "VIEWER" | "COMPLAINT_HANDLER" | "INSPECTOR" | "FINANCE")[];
            /** Format: uuid */
            unitId: string;
            /** Format: uuid */
            scopeUnitId?: string;
            /** Format: uuid */
            personId?: string | null;
            positionTitle?: string | null;
            /**
             * @description Địa chỉ nhận thư thông báo; chuỗi rỗng hoặc null: không nhận thư.
             * @example nguyenvana@sonha.gov.vn
             */
            email?: string | null;
        };
        ResetPasswordInput: {
            temporaryPassword: string;
        };
        UpdateUserInput: {
            fullName?: string;
            roles?: ("SYSTEM_ADMIN" | "TENANT_ADMIN" | "UNIT_OFFICER" | "APPRAISER" | "COUNCIL_SECRETARY" | "COUNCIL_MEMBER" | "LEADER" | "VIEWER" | "COMPLAINT_HANDLER" | "INSPECTOR" | "FINANCE")[];
            /** Format: uuid */
            personId?: string | null;
            positionTitle?: string | null;
            /**
             * @description Địa chỉ nhận thư thông báo; chuỗi rỗng hoặc null: không nhận thư.
             * @example nguyenvana@sonha.gov.vn
             */
            email?: string | null;
        };
        AuditEvent: {
            id: string;
            shard: number;
            seq: number;
            at: string;
            actorId: string | null;
            action: string;
            entityType: string;
            entityId: string | null;
            before?: unknown;
            after?: unknown;
        };
        Eligibility: {
            subject: {
                id: string;
                /** @enum {string} */
                type: "individual" | "collective";
                name: string;
            };
            year: number;
            ruleSet: string;
            verdicts: {
                award: string;
                name: string;
                eligible: boolean;
                held: boolean;
                amountVnd: number | null;
                reasons: {
                    met: boolean;
                    text: string;
                    citation: string;
                }[];
            }[];
            forecast: {
                award: string;
                name: string;
                /** @enum {string} */
                status: "ELIGIBLE" | "LATER" | "NOT_WITHIN_HORIZON";
                year: number | null;
                text: string;
            }[];
        };
        EligibilitySuggestions: {
            year: number;
            ruleSet: string;
            order: string;
            pending: number;
            computedAt: string | null;
            awards: {
                award: string;
                name: string;
                total: number;
                totalCapped: boolean;
                people: number;
                collectives: number;
                nextCursor: string | null;
                subjects: {
                    id: string;
                    /** @enum {string} */
                    type: "PERSON" | "COLLECTIVE";
                    name: string;
                    unitName: string;
                    isDirectWorker: boolean;
                    isWomenPriority: boolean;
                    amountVnd: number | null;
                    computedAt: string;
                    isPending: boolean;
                }[];
            }[];
            allowedActions: components["schemas"]["SuggestionsAllowedActions"];
        };
        /** @description Các thao tác người dùng hiện tại được phép làm trên đối tượng này (cùng quy tắc mà API kiểm tra). */
        SuggestionsAllowedActions: {
            createProposal: boolean;
        };
        RuleParamsInput: {
            params: {
                [key: string]: unknown;
            };
        };
        TenantAward: {
            id: string;
            code: string;
            version: number;
            name: string;
            level: string;
            category: string;
            kind: string;
            subjectTypes: string[];
            decider: string;
            criteria: {
                [key: string]: unknown;
            };
            coefficient: number | null;
            citation: string;
            effectiveFrom: string;
            effectiveTo: string | null;
        };
        TenantAwardInput: {
            code: string;
            name: string;
            /** @enum {string} */
            level: "CO_SO" | "BO_TINH" | "NHA_NUOC";
            /** @enum {string} */
            category: "DANH_HIEU" | "HINH_THUC";
            /** @enum {string} */
            kind: "CONG_TRANG" | "DOT_XUAT" | "CHUYEN_DE" | "CONG_HIEN" | "NIEN_HAN" | "DOI_NGOAI" | "KHANG_CHIEN";
            subjectTypes: ("individual" | "collective" | "household")[];
            /** @enum {string} */
            decider: "THU_TRUONG_DON_VI" | "THU_TRUONG_SO" | "CHU_TICH_UBND_HUYEN" | "CHU_TICH_UBND_XA" | "GIAM_DOC_DOANH_NGHIEP" | "BO_TRUONG" | "CHU_TICH_UBND_TINH" | "THU_TUONG" | "CHU_TICH_NUOC";
            criteria: {
                [key: string]: unknown;
            };
            coefficient: number | null;
            citation: string;
            /** Format: date */
            effectiveFrom: string;
        };
        CatalogueAward: {
            code: string;
            name: string;
            /** @enum {string} */
            category: "DANH_HIEU" | "HINH_THUC";
            /** @enum {string} */
            level: "CO_SO" | "BO_TINH" | "NHA_NUOC";
            subjectTypes: ("individual" | "collective" | "household")[];
            /** @enum {string} */
            source: "LAW" | "STATE" | "TENANT";
            proposable: boolean;
            inForce: boolean;
        };
        Household: {
            id: string;
            unitId: string;
            unitName: string;
            headName: string;
            address: string;
        };
        CreateHouseholdInput: {
            /** Format: uuid */
            unitId: string;
            headName: string;
            address: string;
        };
        Collective: {
            id: string;
            unitId: string;
            unitName: string;
            /** @enum {string} */
            kind: "ORG_UNIT" | "TEAM";
            name: string;
        };
        CreateCollectiveInput: {
            /** Format: uuid */
            unitId: string;
            name: string;
        };
        ProposalSummary: {
            id: string;
            kind: string;
            title: string;
            year: number;
            state: string;
            stateLabel: string;
            version: number;
            submittingUnitId: string;
            submittingUnitName: string;
            currentUnitId: string;
            dueOn: string | null;
            isOverdue: boolean;
        };
        Proposal: {
            id: string;
            kind: string;
            title: string;
            year: number;
            movementId: string | null;
            state: string;
            stateLabel: string;
            portalCode: string | null;
            version: number;
            submittingUnitId: string;
            currentUnitId: string;
            levels: string[];
            levelIndex: number;
            deciderRole: string;
            ruleSetId: string;
            stepEnteredOn: string | null;
            dueOn: string | null;
            isOverdue: boolean;
            requirements: {
                publicComment: boolean;
                councilVote: boolean;
                simplified: boolean;
                proposeUp: boolean;
            };
            publicCommentDone: boolean;
            councilDone: boolean;
            publicCommentUntil: string | null;
            publicCommentClosedOn: string | null;
            publicCommentCloseReason: string | null;
            rejectReason: string | null;
            decisionId: string | null;
            decision: {
                number: string;
                signedOn: string;
                issuer: string;
            } | null;
            facts: {
                hasMinutes: boolean;
                componentsComplete: boolean;
                pendingItems: number;
            };
            components: components["schemas"]["ProposalComponent"][];
            items: components["schemas"]["ProposalItem"][];
            history: components["schemas"]["ProposalHistoryStep"][];
            lastReturn: {
                reasons: components["schemas"]["ReturnReason"][];
                at: string;
                diff: {
                    reason: components["schemas"]["ReturnReason"];
                    addressed: boolean | null;
                    changes: {
                        /** @enum {string} */
                        kind: "COMPONENT_ADDED" | "COMPONENT_REPLACED" | "COMPONENT_REMOVED" | "ITEM_ADDED" | "ITEM_REMOVED" | "ITEM_AWARD_CHANGED";
                        component?: string;
                        itemId?: string;
                        name?: string;
                        award?: string;
                    }[];
                }[];
            } | null;
            upperLevel: components["schemas"]["ProposalUpperLevel"];
            allowedActions: components["schemas"]["ProposalAllowedActions"];
            councilSessions: {
                id: string;
                title: string;
                meetingOn: string;
                /** @enum {string} */
                status: "OPEN" | "CLOSED";
            }[];
        };
        ProposalComponent: {
            name: string;
            isMinutes: boolean;
            present: boolean;
            awaitingConfirmation: boolean;
            fileId: string | null;
            sha256: string | null;
            isGenerated: boolean;
            confirmedAt: string | null;
            file: {
                name: string;
                sizeBytes: number;
                mimeType: string;
                uploadedByName: string | null;
                uploadedAt: string;
            } | null;
        };
        ProposalItem: {
            id: string;
            /** @enum {string} */
            subjectType: "PERSON" | "COLLECTIVE" | "HOUSEHOLD";
            subjectId: string;
            subjectName: string;
            unitId: string;
            awardCode: string;
            achievement: string | null;
            engineEligible: boolean | null;
            verdict: {
                eligible: boolean;
                held: boolean;
                ruleSet: string;
                amountVnd: number | null;
                reasons: {
                    text: string;
                    citation: string;
                    met: boolean;
                }[];
            } | null;
            flags: {
                held: boolean;
                duplicates: {
                    text: string;
                    citation: string;
                    rule: string;
                }[];
                quota: {
                    text: string;
                    citation: string;
                    quotaId: string;
                }[];
            } | null;
            /** @enum {string} */
            appraisal: "PENDING" | "CONFIRMED" | "OVERRIDDEN";
            appraisedEligible: boolean | null;
            overrideReason: string | null;
            councilPassed: boolean | null;
            /** @enum {string|null} */
            outcome: "APPROVED" | "NOT_APPROVED" | null;
            awardId: string | null;
            awardRevoked: boolean;
            openHolds: {
                reason: string;
                fromDate: string;
                note: string | null;
            }[];
        };
        ProposalHistoryStep: {
            at: string;
            actorName: string | null;
            command: string;
            fromState: string | null;
            toState: string;
            detail?: unknown;
        };
        ReturnReason: {
            /** @enum {string} */
            code: "MISSING_COMPONENT" | "INCORRECT_COMPONENT" | "INELIGIBLE_ITEM" | "WRONG_LEVEL" | "OTHER";
            component?: string;
            itemId?: string;
            clause?: string;
            text: string;
        };
        ProposalUpperLevel: {
            /** @enum {string} */
            status: "SENDING" | "DELIVERED" | "DOWNLOADABLE" | "RETURNED" | "DECIDED";
            version: number;
            sentAt: string;
            returns: {
                at: string;
                version: number;
                reasons: components["schemas"]["UpperLevelReturnReason"][];
            }[];
            downloadHref: string | null;
        } | null;
        UpperLevelReturnReason: {
            /** @enum {string} */
            code: "MISSING_COMPONENT" | "CRITERIA_NOT_MET" | "WRONG_INFORMATION" | "OTHER";
            text: string;
            itemId: string | null;
        };
        /** @description Các thao tác người dùng hiện tại được phép làm trên đối tượng này (cùng quy tắc mà API kiểm tra). */
        ProposalAllowedActions: {
            submit: boolean;
            appraise: boolean;
            confirmMinutes: boolean;
            issueDecision: boolean;
            revokeAward: boolean;
            sendUp: boolean;
            generateDocuments: boolean;
        };
        CreateProposalInput: {
            /** @enum {string} */
            kind: "CONG_TRANG" | "CHUYEN_DE" | "DOT_XUAT" | "CONG_HIEN" | "DOI_NGOAI";
            title: string;
            year: number;
            /** Format: uuid */
            submittingUnitId: string;
            /** Format: uuid */
            movementId?: string;
            items: {
                /** @enum {string} */
                subjectType: "PERSON" | "COLLECTIVE" | "HOUSEHOLD";
                /** Format: uuid */
                subjectId: string;
                awardCode: string;
                achievement?: string;
            }[];
            splitByDecider?: boolean;
            simplified?: {
                timely: boolean;
                unexpected: boolean;
                clearMerit: boolean;
            };
        };
        UpdateProposalItemsInput: {
            expectedVersion: number;
            items: {
                /** @enum {string} */
                subjectType: "PERSON" | "COLLECTIVE" | "HOUSEHOLD";
                /** Format: uuid */
                subjectId: string;
                awardCode: string;
                achievement?: string;
            }[];
        };
        ProposalComponentInput: {
            expectedVersion: number;
            component: string;
            /** @enum {boolean} */
            generated: true;
        };
        ConfirmMinutesInput: {
            expectedVersion: number;
            component: string;
        };
        TriageCommentInput: {
            expectedVersion: number;
            /** Format: uuid */
            commentId: string;
            upheld: boolean;
            note: string;
        };
        ExpectedVersionInput: {
            expectedVersion: number;
        };
        SubmitProposalInput: {
            expectedVersion: number;
            ineligibleReason?: string;
        };
        ReturnProposalInput: {
            expectedVersion: number;
            reasons: {
                /** @enum {string} */
                code: "MISSING_COMPONENT" | "INCORRECT_COMPONENT" | "INELIGIBLE_ITEM" | "WRONG_LEVEL" | "OTHER";
                component?: string;
                /** Format: uuid */
                itemId?: string;
                clause?: string;
                text: string;
            }[];
        };
        AppraiseItemInput: {
            expectedVersion: number;
            /** Format: uuid */
            itemId: string;
            override?: {
                eligible: boolean;
                reason: string;
            };
        };
        ClosePublicCommentInput: {
            expectedVersion: number;
            reason?: string;
        };
        OpenPublicCommentInput: {
            expectedVersion: number;
            days?: number;
        };
        RejectProposalInput: {
            expectedVersion: number;
            reason: string;
        };
        PublicCommentInput: {
            /** Format: uuid */
            itemId: string;
            name: string;
            contact: string;
            text: string;
        };
        CouncilSessionPage: {
            items: components["schemas"]["CouncilSessionSummary"][];
            total: number;
            page: number;
            pageSize: number;
        };
        CouncilSessionSummary: {
            id: string;
            title: string;
            unitId: string;
            unitName: string;
            meetingOn: string;
            /** @enum {string} */
            status: "OPEN" | "CLOSED";
            memberCount: number;
            itemCount: number;
        };
        CouncilMemberCandidate: {
            id: string;
            fullName: string;
            roles: string[];
            unitName: string;
            personId: string | null;
        };
        CouncilProposalCandidate: {
            id: string;
            title: string;
            year: number;
            submittingUnitName: string;
            eligibleItems: number;
            dueOn: string | null;
        };
        CouncilSession: {
            id: string;
            title: string;
            meetingOn: string;
            quorum: number;
            /** @enum {string} */
            status: "OPEN" | "CLOSED";
            openedAt: string | null;
            votingOpen: boolean;
            closedOn: string | null;
            version: number;
            allowedActions: components["schemas"]["CouncilSessionAllowedActions"];
            members: {
                userId: string;
                fullName: string;
                isPresent: boolean;
            }[];
            agenda: {
                itemId: string;
                proposalId: string;
                subjectName: string;
                /** @enum {string} */
                subjectType: "PERSON" | "COLLECTIVE" | "HOUSEHOLD";
                awardCode: string;
                awardName: string;
                unitName: string;
                achievement: string | null;
                engine: {
                    eligible: boolean | null;
                    reasons: {
                        met: boolean;
                        text: string;
                        citation: string;
                    }[];
                };
                appraisal: {
                    /** @enum {string} */
                    status: "PENDING" | "CONFIRMED" | "OVERRIDDEN";
                    eligible: boolean | null;
                    overrideReason: string | null;
                };
                upheldComments: {
                    text: string;
                    note: string | null;
                }[];
                excludedMembers: {
                    userId: string;
                    fullName: string;
                    reason: string;
                }[];
                votedCount: number;
                canIVote: boolean;
                yes?: number;
                no?: number;
                abstain?: number;
                passed?: boolean | null;
                resultText?: string | null;
            }[];
        };
        /** @description Các thao tác người dùng hiện tại được phép làm trên đối tượng này (cùng quy tắc mà API kiểm tra). */
        CouncilSessionAllowedActions: {
            manage: boolean;
            downloadMinutes: boolean;
        };
        CreateCouncilSessionInput: {
            /** Format: uuid */
            unitId: string;
            title: string;
            /** Format: date */
            meetingOn: string;
            quorum: number;
            members: {
                /** Format: uuid */
                userId: string;
                /** Format: uuid */
                personId?: string;
                isPresent: boolean;
            }[];
            proposalIds: string[];
        };
        CouncilMinutes: {
            session: {
                id: string;
                title: string;
                meetingOn: string;
                quorum: number;
            };
            present: string[];
            absent: string[];
            items: {
                itemId: string;
                subjectName: string;
                awardCode: string;
                awardName: string;
                yes: number;
                no: number;
                abstain: number;
                excluded: string[];
                passed: boolean;
                resultText: string;
            }[];
        };
        BallotInput: {
            choices: {
                /** Format: uuid */
                itemId: string;
                /** @enum {string} */
                choice: "YES" | "NO" | "ABSTAIN";
            }[];
        };
        WrittenBallotInput: {
            /** Format: uuid */
            memberUserId: string;
            /** Format: uuid */
            itemId: string;
            /** @enum {string} */
            choice: "YES" | "NO" | "ABSTAIN";
        };
        CloseCouncilSessionInput: {
            expectedVersion: number;
        };
        IssuedDecision: {
            decision: {
                id: string;
                number: string;
                signedOn: string;
                seq: number | null;
            };
            proposal: {
                [key: string]: unknown;
            };
        };
        IssueDecisionInput: {
            /** Format: uuid */
            proposalId: string;
            expectedVersion: number;
            /** Format: date */
            signedOn: string;
            /** Format: uuid */
            signerUserId?: string;
            signer?: string;
            signedAsDeputy?: boolean;
            symbol?: string;
            approvedItemIds: string[];
        };
        ExternalDecisionInput: {
            /** Format: uuid */
            proposalId: string;
            expectedVersion: number;
            number: string;
            /** Format: date */
            signedOn: string;
            issuer: string;
            signer?: string;
            signerPosition?: string;
            signedAsDeputy?: boolean;
            approvedItemIds: string[];
        };
        RevokeDecisionItemInput: {
            /** Format: uuid */
            awardId: string;
            /** @enum {string} */
            ground: "a" | "b" | "c" | "d";
            /** Format: date */
            revokedOn: string;
            reason: string;
            recoverCertificate: boolean;
            recoverMoney: boolean;
        };
        SendUpResult: {
            exchange: {
                id: string;
                /** @enum {string} */
                status: "SENDING" | "DELIVERED" | "DOWNLOADABLE";
                version: number;
            };
        };
        SendUpInput: {
            expectedVersion: number;
        };
        IncomingDossierList: {
            items: components["schemas"]["IncomingDossierSummary"][];
        };
        IncomingDossierSummary: {
            /** Format: uuid */
            id: string;
            senderCode: string;
            senderName: string;
            title: string;
            year: number;
            itemCount: number;
            /** @enum {string} */
            status: "RECEIVED" | "RETURNED" | "APPROVED" | "DECIDED";
            version: number;
            receivedAt: string;
        };
        IncomingDossier: {
            /** Format: uuid */
            id: string;
            senderCode: string;
            senderName: string;
            title: string;
            year: number;
            kind: string;
            submittingUnitName: string;
            /** @enum {string} */
            status: "RECEIVED" | "RETURNED" | "APPROVED" | "DECIDED";
            version: number;
            versions: {
                version: number;
                receivedAt: string;
            }[];
            components: {
                name: string;
                fileName: string;
                sizeBytes: number;
                sha256: string;
                href: string | null;
            }[];
            returns: {
                at: string;
                version: number;
                reasons: components["schemas"]["IncomingReturnReason"][];
            }[];
            decision: {
                number: string;
                signedOn: string;
                issuer: string;
                signerName: string;
                signerTitle: string;
                items: {
                    /** Format: uuid */
                    itemId: string;
                    approved: boolean;
                    awardCode: string;
                    reason: string | null;
                    certificateSha256: string | null;
                }[];
                documents: {
                    name: string;
                    fileName: string;
                    sizeBytes: number;
                    sha256: string;
                    href: string | null;
                    /** @enum {string} */
                    kind: "DECISION" | "CERTIFICATE";
                    /** Format: uuid */
                    itemId: string | null;
                }[];
            } | null;
            items: {
                /** Format: uuid */
                id: string;
                subject: {
                    /** @enum {string} */
                    type: "PERSON" | "COLLECTIVE" | "HOUSEHOLD";
                    name: string;
                    unitName: string | null;
                };
                awardCode: string;
                achievement: string | null;
                senderVerdict: {
                    eligible: boolean;
                    held: boolean;
                    ruleSet: string;
                    amountVnd: number | null;
                    reasons: {
                        met: boolean;
                        text: string;
                        citation: string;
                    }[];
                } | null;
                senderAppraisal: {
                    /** @enum {string} */
                    state: "PENDING" | "CONFIRMED" | "OVERRIDDEN";
                    eligible: boolean | null;
                    overrideReason: string | null;
                };
                ownVerdict: {
                    eligible: boolean;
                    ruleSet: string;
                    reasons: {
                        met: boolean;
                        text: string;
                        citation: string;
                    }[];
                } | null;
                differs: boolean;
                council: {
                    passed: boolean | null;
                    yes: number;
                    no: number;
                    abstain: number;
                } | null;
                approval: {
                    approved: boolean | null;
                    reason: string | null;
                };
            }[];
            allowedActions: components["schemas"]["IncomingDossierAllowedActions"];
        };
        IncomingReturnReason: {
            /** @enum {string} */
            code: "MISSING_COMPONENT" | "CRITERIA_NOT_MET" | "WRONG_INFORMATION" | "OTHER";
            text: string;
            /** Format: uuid */
            itemId: string | null;
        };
        /** @description Các thao tác người dùng hiện tại được phép làm trên đối tượng này (cùng quy tắc mà API kiểm tra). */
        IncomingDossierAllowedActions: {
            return: boolean;
            approve: boolean;
            decide: boolean;
            sign: boolean;
        };
        ReturnIncomingDossierInput: {
            expectedVersion: number;
            reasons: components["schemas"]["IncomingReturnReason"][];
        };
        ApproveIncomingDossierInput: {
            expectedVersion: number;
            items: {
                /** Format: uuid */
                itemId: string;
                approved: boolean;
                reason?: string | null;
            }[];
        };
        DecideIncomingDossierInput: {
            expectedVersion: number;
            /** Format: date */
            signedOn: string;
        };
        ImportJob: {
            id: string;
            /** @enum {string} */
            kind: "people" | "ratings" | "initiatives" | "awards";
            fileName: string;
            /** @enum {string} */
            status: "DRY_RUN" | "COMMITTED" | "FAILED";
            totalRows: number;
            errorRows: number;
            createdAt: string;
            committedAt: string | null;
            report: {
                problems: {
                    row: number;
                    column: string | null;
                    problem: string;
                    suggestion: string | null;
                }[];
                problemCount: number;
                matches: {
                    key: string;
                    rows: number[];
                    fullName: string;
                    birthYear: string | null;
                    unitName: string;
                    allowCreate: boolean;
                    candidates: {
                        personId: string;
                        fullName: string;
                        birthYear: string | null;
                        unitName: string;
                        reason: string;
                    }[];
                }[];
                counts: {
                    rows: number;
                    errorRows: number;
                    pending: number;
                    unchanged: number;
                    create: {
                        [key: string]: number;
                    };
                };
            };
        };
        UploadImportInput: {
            /** @enum {string} */
            kind: "people" | "ratings" | "initiatives" | "awards";
            fileName: string;
            contentBase64: string;
        };
        CommitImportInput: {
            confirmations: {
                key: string;
                choice: string | "NEW";
            }[];
        };
        AwardPage: {
            items: components["schemas"]["AwardHit"][];
            total: number;
            totalCapped: boolean;
            page: number;
            pageSize: number;
            nextCursor: string | null;
        };
        AwardHit: components["schemas"]["Award"] & {
            subjectName: string;
            unitId: string;
            unitName: string;
        };
        Award: {
            id: string;
            /** @enum {string} */
            subjectType: "PERSON" | "COLLECTIVE" | "HOUSEHOLD";
            subjectId: string;
            awardCode: string;
            /** @enum {string} */
            kind: "CONG_TRANG" | "DOT_XUAT" | "CHUYEN_DE" | "CONG_HIEN" | "NIEN_HAN" | "DOI_NGOAI" | "KHANG_CHIEN";
            year: number;
            periodStartYear: number | null;
            achievement: string | null;
            decisionId: string | null;
            decisionNumber: string | null;
            decisionDate: string | null;
            amountVnd: number | null;
            isRevoked: boolean;
            revokedOn: string | null;
            /** @enum {string|null} */
            revocationGround: "A" | "B" | "C" | "D" | null;
            initiativesUsed: string[];
            version: number;
        };
        CreateAwardInput: {
            /** Format: uuid */
            subjectId: string;
            awardCode: string;
            /**
             * @default CONG_TRANG
             * @enum {string}
             */
            kind: "CONG_TRANG" | "DOT_XUAT" | "CHUYEN_DE" | "CONG_HIEN" | "NIEN_HAN" | "DOI_NGOAI" | "KHANG_CHIEN";
            year: number;
            periodStartYear?: number | null;
            achievement?: string | null;
            /** Format: uuid */
            decisionId?: string | null;
            decisionNumber?: string | null;
            /** Format: date */
            decisionDate?: string | null;
            initiativesUsed?: string[];
        };
        UpdateAwardInput: {
            version: number;
            awardCode?: string;
            /** @enum {string} */
            kind?: "CONG_TRANG" | "DOT_XUAT" | "CHUYEN_DE" | "CONG_HIEN" | "NIEN_HAN" | "DOI_NGOAI" | "KHANG_CHIEN";
            year?: number;
            periodStartYear?: number | null;
            achievement?: string | null;
            /** Format: uuid */
            decisionId?: string | null;
            decisionNumber?: string | null;
            /** Format: date */
            decisionDate?: string | null;
            initiativesUsed?: string[];
        };
        RevokeAwardInput: {
            version: number;
            /** @enum {string} */
            ground: "A" | "B" | "C" | "D";
            /** Format: date */
            revokedOn: string;
        };
        DeletedRecord: {
            id: string;
        };
        AnnualRating: {
            id: string;
            /** @enum {string} */
            subjectType: "PERSON" | "COLLECTIVE" | "HOUSEHOLD";
            subjectId: string;
            year: number;
            /** @enum {string} */
            rating: "KHTNV" | "HTNV" | "HTTNV" | "HTXSNV";
            sourceDoc: string | null;
            version: number;
        };
        CreateRatingInput: {
            /** Format: uuid */
            subjectId: string;
            year: number;
            /** @enum {string} */
            rating: "KHTNV" | "HTNV" | "HTTNV" | "HTXSNV";
            sourceDoc?: string | null;
        };
        UpdateRatingInput: {
            version: number;
            /** @enum {string} */
            rating?: "KHTNV" | "HTNV" | "HTTNV" | "HTXSNV";
            sourceDoc?: string | null;
        };
        Initiative: {
            id: string;
            title: string;
            /** @enum {string} */
            type: "SANG_KIEN" | "DE_TAI";
            /** @enum {string} */
            scope: "CO_SO" | "BO_TINH" | "TOAN_QUOC";
            year: number;
            isApplied: boolean;
            isAccepted: boolean;
            unitId: string | null;
            appliedOn: string | null;
            recognizedBy: string | null;
            decisionNumber: string | null;
            decisionDate: string | null;
            version: number;
            authors: {
                personId: string;
                fullName: string;
                sharePct: number;
            }[];
        };
        CreateInitiativeInput: {
            title: string;
            /**
             * @default SANG_KIEN
             * @enum {string}
             */
            type: "SANG_KIEN" | "DE_TAI";
            /** @enum {string} */
            scope: "CO_SO" | "BO_TINH" | "TOAN_QUOC";
            year: number;
            /** @default true */
            isApplied: boolean;
            /** @default true */
            isAccepted: boolean;
            /** Format: uuid */
            unitId?: string | null;
            /** Format: date */
            appliedOn?: string | null;
            recognizedBy?: string | null;
            decisionNumber?: string | null;
            /** Format: date */
            decisionDate?: string | null;
            authors: {
                /** Format: uuid */
                personId: string;
                sharePct: number;
            }[];
        };
        UpdateInitiativeInput: {
            version: number;
            title?: string;
            /** @enum {string} */
            type?: "SANG_KIEN" | "DE_TAI";
            /** @enum {string} */
            scope?: "CO_SO" | "BO_TINH" | "TOAN_QUOC";
            year?: number;
            isApplied?: boolean;
            isAccepted?: boolean;
            /** Format: uuid */
            unitId?: string | null;
            /** Format: date */
            appliedOn?: string | null;
            recognizedBy?: string | null;
            decisionNumber?: string | null;
            /** Format: date */
            decisionDate?: string | null;
            authors?: {
                /** Format: uuid */
                personId: string;
                sharePct: number;
            }[];
        };
        Discipline: {
            id: string;
            subjectId: string;
            /** @enum {string} */
            form: "KHIEN_TRACH" | "CANH_CAO" | "HA_BAC_LUONG" | "GIANG_CHUC" | "CACH_CHUC" | "BUOC_THOI_VIEC";
            fromDate: string;
            toDate: string | null;
            decisionNumber: string | null;
            version: number;
        };
        CreateDisciplineInput: {
            /** Format: uuid */
            subjectId: string;
            /** @enum {string} */
            form: "KHIEN_TRACH" | "CANH_CAO" | "HA_BAC_LUONG" | "GIANG_CHUC" | "CACH_CHUC" | "BUOC_THOI_VIEC";
            /** Format: date */
            fromDate: string;
            /** Format: date */
            toDate?: string | null;
            decisionNumber?: string | null;
        };
        UpdateDisciplineInput: {
            version: number;
            /** @enum {string} */
            form?: "KHIEN_TRACH" | "CANH_CAO" | "HA_BAC_LUONG" | "GIANG_CHUC" | "CACH_CHUC" | "BUOC_THOI_VIEC";
            /** Format: date */
            fromDate?: string;
            /** Format: date */
            toDate?: string | null;
            decisionNumber?: string | null;
        };
        Hold: {
            id: string;
            subjectId: string;
            /** @enum {string} */
            reason: "KY_LUAT_XEM_XET" | "THANH_TRA" | "DIEU_TRA" | "KHIEU_NAI" | "BAO_CHI";
            fromDate: string;
            toDate: string | null;
            note: string | null;
            closedReason: string | null;
            version: number;
        };
        OpenHoldInput: {
            /** Format: uuid */
            subjectId: string;
            /** @enum {string} */
            reason: "KY_LUAT_XEM_XET" | "THANH_TRA" | "DIEU_TRA" | "KHIEU_NAI" | "BAO_CHI";
            /** Format: date */
            fromDate: string;
            note?: string | null;
        };
        UpdateHoldInput: {
            version: number;
            /** @enum {string} */
            reason?: "KY_LUAT_XEM_XET" | "THANH_TRA" | "DIEU_TRA" | "KHIEU_NAI" | "BAO_CHI";
            /** Format: date */
            fromDate?: string;
            note?: string | null;
        };
        CloseHoldInput: {
            /** Format: date */
            toDate: string;
            closedReason: string;
        };
        DecisionPage: {
            items: components["schemas"]["Decision"][];
            total: number;
            page: number;
            pageSize: number;
        };
        Decision: {
            id: string;
            number: string;
            signedOn: string;
            issuer: string;
            issuerUnitId: string | null;
            signer: string | null;
            signerPosition: string | null;
            signedAsDeputy: boolean;
        };
        /** @description Các thao tác người dùng hiện tại được phép làm trên đối tượng này (cùng quy tắc mà API kiểm tra). */
        DecisionAllowedActions: {
            generateDocuments: boolean;
            sign: boolean;
        };
        CreateDecisionInput: {
            number: string;
            /** Format: date */
            signedOn: string;
            issuer: string;
            /** Format: uuid */
            issuerUnitId?: string;
            signer?: string | null;
            signerPosition?: string | null;
            signedAsDeputy?: boolean;
        };
        EvidenceFileList: {
            items: components["schemas"]["EvidenceFile"][];
        };
        EvidenceFile: {
            id: string;
            name: string;
            mimeType: string;
            sizeBytes: number;
            sha256: string;
            uploadedAt: string;
        };
        Timeline: {
            subject: {
                id: string;
                /** @enum {string} */
                type: "PERSON" | "COLLECTIVE" | "HOUSEHOLD";
                name: string;
            };
            predecessors: {
                id: string;
                name: string;
                allowedActions: components["schemas"]["RecordSubjectAllowedActions"];
            }[];
            fromYear: number | null;
            toYear: number | null;
            chains: components["schemas"]["TimelineChain"][];
            years: components["schemas"]["TimelineYear"][];
            allowedActions: components["schemas"]["TimelineAllowedActions"];
        };
        /** @description Các thao tác người dùng hiện tại được phép làm trên đối tượng này (cùng quy tắc mà API kiểm tra). */
        RecordSubjectAllowedActions: {
            writeRecords: boolean;
        };
        TimelineChain: {
            subjectId: string;
            awardCode: string;
            fromYear: number;
            toYear: number;
            length: number;
            label: string;
        };
        TimelineYear: {
            year: number;
            ratings: {
                id: string;
                /** @enum {string} */
                rating: "KHTNV" | "HTNV" | "HTTNV" | "HTXSNV";
                sourceDoc: string | null;
                year: number;
                version: number;
                subjectId: string | null;
                sourceName: string | null;
            }[];
            titles: components["schemas"]["TimelineAward"][];
            forms: components["schemas"]["TimelineAward"][];
            initiatives: {
                id: string;
                title: string;
                /** @enum {string} */
                type: "SANG_KIEN" | "DE_TAI";
                /** @enum {string} */
                scope: "CO_SO" | "BO_TINH" | "TOAN_QUOC";
                year: number;
                isApplied: boolean;
                isAccepted: boolean;
                decisionNumber: string | null;
                sharePct: number | null;
                version: number;
            }[];
            disciplines: {
                id: string;
                /** @enum {string} */
                form: "KHIEN_TRACH" | "CANH_CAO" | "HA_BAC_LUONG" | "GIANG_CHUC" | "CACH_CHUC" | "BUOC_THOI_VIEC";
                fromDate: string;
                toDate: string | null;
                decisionNumber: string | null;
                version: number;
                subjectId: string | null;
                sourceName: string | null;
            }[];
            holds: {
                id: string;
                /** @enum {string} */
                reason: "KY_LUAT_XEM_XET" | "THANH_TRA" | "DIEU_TRA" | "KHIEU_NAI" | "BAO_CHI";
                fromDate: string;
                toDate: string | null;
                note: string | null;
                closedReason: string | null;
                version: number;
                subjectId: string | null;
                sourceName: string | null;
            }[];
            chains: components["schemas"]["TimelineChain"][];
        };
        TimelineAward: {
            id: string;
            awardCode: string;
            /** @enum {string} */
            kind: "CONG_TRANG" | "DOT_XUAT" | "CHUYEN_DE" | "CONG_HIEN" | "NIEN_HAN" | "DOI_NGOAI" | "KHANG_CHIEN";
            year: number;
            periodStartYear: number | null;
            achievement: string | null;
            decisionId: string | null;
            decisionNumber: string | null;
            decisionDate: string | null;
            amountVnd: number | null;
            isRevoked: boolean;
            revokedOn: string | null;
            /** @enum {string|null} */
            revocationGround: "A" | "B" | "C" | "D" | null;
            initiativesUsed: string[];
            version: number;
            name: string;
            subjectId: string | null;
            sourceName: string | null;
        };
        /** @description Các thao tác người dùng hiện tại được phép làm trên đối tượng này (cùng quy tắc mà API kiểm tra). */
        TimelineAllowedActions: {
            writeRecords: boolean;
            generateDocuments: boolean;
        };
        MovementSummary: {
            id: string;
            /** @enum {string} */
            form: "THUONG_XUYEN" | "CHUYEN_DE";
            title: string;
            year: number;
            /** @enum {string} */
            state: "DRAFT" | "LAUNCHED" | "INTERIM_REVIEW" | "FINAL_REVIEW" | "CLOSED";
            launchingAuthority: string;
            startDate: string | null;
            endDate: string | null;
            version: number;
        };
        MovementDetail: components["schemas"]["MovementSummary"] & {
            theme: string | null;
            /** @enum {string} */
            level: "TRUNG_UONG" | "BO_TINH" | "XA" | "DON_VI";
            /** @enum {string} */
            scope: "TOAN_QUOC" | "BO_BAN_NGANH_DOAN_THE_DIA_PHUONG" | "CUM_KHOI" | "CO_QUAN_DON_VI";
            ownerUnitId: string;
            ownerUnitName: string;
            /** @enum {string} */
            participation: "TENANT" | "SUBTREE" | "LIST";
            participationRootId: string | null;
            goals: string | null;
            criteria: string | null;
            nextStates: ("DRAFT" | "LAUNCHED" | "INTERIM_REVIEW" | "FINAL_REVIEW" | "CLOSED")[];
            allowedActions: components["schemas"]["MovementAllowedActions"];
            launchDocument: {
                id: string;
                name: string;
                sha256: string;
            } | null;
            milestones: {
                id: string;
                /** @enum {string} */
                kind: "SO_KET" | "TONG_KET";
                dueOn: string;
                note: string | null;
            }[];
            participants: {
                id: string;
                name: string;
                registered: boolean;
            }[];
            participantCount: number;
            registrations: {
                id: string;
                unitName: string;
                personName: string | null;
                targetAwards: string[];
            }[];
            awards: {
                id: string;
                awardCode: string;
                /** @enum {string} */
                kind: "CONG_TRANG" | "DOT_XUAT" | "CHUYEN_DE" | "CONG_HIEN" | "NIEN_HAN" | "DOI_NGOAI" | "KHANG_CHIEN";
                year: number;
                subjectName: string;
                decisionNumber: string | null;
            }[];
        };
        /** @description Các thao tác người dùng hiện tại được phép làm trên đối tượng này (cùng quy tắc mà API kiểm tra). */
        MovementAllowedActions: {
            manage: boolean;
        };
        CreateMovementInput: {
            /** @enum {string} */
            form: "THUONG_XUYEN" | "CHUYEN_DE";
            /** Format: uuid */
            ownerUnitId: string;
            title: string;
            theme?: string | null;
            year: number;
            launchingAuthority: string;
            /** @enum {string} */
            level: "TRUNG_UONG" | "BO_TINH" | "XA" | "DON_VI";
            /** @enum {string} */
            scope: "TOAN_QUOC" | "BO_BAN_NGANH_DOAN_THE_DIA_PHUONG" | "CUM_KHOI" | "CO_QUAN_DON_VI";
            /** @enum {string} */
            participation: "TENANT" | "SUBTREE" | "LIST";
            /** Format: uuid */
            participationRootId?: string | null;
            participantUnitIds?: string[];
            goals?: string | null;
            criteria?: string | null;
            /** Format: date */
            startDate?: string | null;
            /** Format: date */
            endDate?: string | null;
            milestones?: {
                /** @enum {string} */
                kind: "SO_KET" | "TONG_KET";
                /** Format: date */
                dueOn: string;
                note?: string | null;
            }[];
        };
        UpdateMovementInput: {
            version: number;
            title?: string;
            theme?: string | null;
            goals?: string | null;
            criteria?: string | null;
            /** Format: date */
            startDate?: string | null;
            /** Format: date */
            endDate?: string | null;
            /** @enum {string} */
            participation?: "TENANT" | "SUBTREE" | "LIST";
            /** Format: uuid */
            participationRootId?: string | null;
            participantUnitIds?: string[];
            milestones?: {
                /** @enum {string} */
                kind: "SO_KET" | "TONG_KET";
                /** Format: date */
                dueOn: string;
                note?: string | null;
            }[];
        };
        TransitionMovementInput: {
            version: number;
            /** @enum {string} */
            to: "DRAFT" | "LAUNCHED" | "INTERIM_REVIEW" | "FINAL_REVIEW" | "CLOSED";
        };
        MovementAwardResult: {
            id: string;
            /** @enum {string} */
            kind: "CHUYEN_DE" | "CONG_TRANG";
        };
        MovementAwardInput: {
            /** @enum {string} */
            subjectType: "PERSON" | "COLLECTIVE";
            /** Format: uuid */
            subjectId: string;
            awardCode: string;
            year: number;
            decisionNumber?: string | null;
            /** Format: date */
            decisionDate?: string | null;
            achievement?: string | null;
        };
        Registration: {
            id: string;
            year: number;
            movementId: string | null;
            /** @enum {string} */
            subjectType: "COLLECTIVE" | "PERSON";
            unitId: string;
            unitCode: string;
            unitName: string;
            personId: string | null;
            personName: string | null;
            targetAwards: string[];
            note: string | null;
        };
        CreateRegistrationInput: {
            year: number;
            /** Format: uuid */
            movementId?: string | null;
            /** Format: uuid */
            unitId: string;
            /** Format: uuid */
            personId?: string | null;
            targetAwards: string[];
            note?: string | null;
        };
        RegistrationImportResult: {
            created: number;
            errors: {
                row: number;
                message: string;
            }[];
        };
        ClusterSummary: {
            id: string;
            year: number;
            name: string;
            /** @enum {string} */
            kind: "CUM" | "KHOI";
            /** @enum {string} */
            organiserLevel: "TINH" | "TRUNG_UONG";
            headUnitName: string | null;
            memberCount: number;
            version: number;
        };
        ClusterDetail: components["schemas"]["ClusterSummary"] & {
            organiserUnitId: string;
            organiserUnitName: string;
            headUnitId: string | null;
            deputyUnitId: string | null;
            leadingUnitId: string | null;
            leadingUnitName: string | null;
            regulationRef: string | null;
            /** @enum {string} */
            tieBreak: "CROSS_SCORE" | "STANDARD_POINTS" | "FEWER_PENALTIES" | "SHARED";
            outlierThreshold: number;
            members: {
                id: string;
                name: string;
                isAssessor: boolean;
                isHead: boolean;
                isDeputy: boolean;
            }[];
            leadership: {
                termYear: number;
                headUnitName: string;
                deputyUnitName: string | null;
                electedOn: string;
            }[];
            template: {
                id: string;
                name: string;
                maxTotal: number;
                criteria: components["schemas"]["ClusterCriterion"][];
            } | null;
            pledges: {
                id: string;
                title: string;
                signedOn: string;
                signatories: {
                    unitName: string;
                    signerName: string;
                }[];
            }[];
            vote: components["schemas"]["ClusterVote"];
            allowedActions: components["schemas"]["ClusterAllowedActions"];
            board: {
                ranking: {
                    unitId: string;
                    unitName: string;
                    rank: number;
                    total: number;
                    selfTotal: number | null;
                    crossTotal: number | null;
                    /** @enum {string} */
                    selfStatus: "NONE" | "DRAFT" | "SUBMITTED";
                    crossSheets: number;
                }[];
                notSubmitted: {
                    id: string;
                    name: string;
                }[];
                submittedCount: number;
                outliers: {
                    assessorUnitName: string;
                    memberUnitName: string;
                    total: number;
                    median: number;
                    deviation: number;
                }[];
            };
        };
        ClusterCriterion: {
            id: string;
            groupName: string;
            code: string;
            name: string;
            /** @enum {string} */
            kind: "STANDARD" | "BONUS" | "PENALTY";
            maxPoints: number;
        };
        ClusterVote: {
            id: string;
            year: number;
            /** @enum {string} */
            status: "OPEN" | "CLOSED";
            version: number;
            candidateCount: number | null;
            candidates: {
                unitId: string;
                unitName: string;
                rank: number;
                votes?: number;
            }[];
            voters: {
                unitId: string;
                unitName: string;
                hasVoted: boolean;
            }[];
            votedCount: number;
            myVoterUnits: {
                id: string;
                name: string;
            }[];
            result: {
                winnerUnitId: string;
                winnerUnitName: string;
                text: string;
                tieBroken: boolean;
                closedOn: string | null;
            } | null;
            proposalId: string | null;
        } | null;
        /** @description Các thao tác người dùng hiện tại được phép làm trên đối tượng này (cùng quy tắc mà API kiểm tra). */
        ClusterAllowedActions: {
            manage: boolean;
            proposeLeader: boolean;
        };
        CreateClusterInput: {
            year: number;
            name: string;
            /** @enum {string} */
            kind: "CUM" | "KHOI";
            /** @enum {string} */
            organiserLevel: "TINH" | "TRUNG_UONG";
            /** Format: uuid */
            organiserUnitId: string;
            memberUnitIds: string[];
            assessorUnitIds?: string[];
            /** Format: uuid */
            headUnitId?: string | null;
            /** Format: uuid */
            deputyUnitId?: string | null;
            regulationRef?: string | null;
            /** @enum {string} */
            tieBreak?: "CROSS_SCORE" | "STANDARD_POINTS" | "FEWER_PENALTIES" | "SHARED";
            outlierThreshold?: number;
        };
        UpdateClusterInput: {
            version: number;
            name?: string;
            regulationRef?: string | null;
            /** @enum {string} */
            tieBreak?: "CROSS_SCORE" | "STANDARD_POINTS" | "FEWER_PENALTIES" | "SHARED";
            outlierThreshold?: number;
            memberUnitIds?: string[];
            assessorUnitIds?: string[];
        };
        ElectLeadershipInput: {
            version: number;
            termYear: number;
            /** Format: uuid */
            headUnitId: string;
            /** Format: uuid */
            deputyUnitId?: string | null;
            /** Format: date */
            electedOn: string;
            note?: string | null;
        };
        ScoringTemplateInput: {
            name: string;
            criteria: {
                groupName: string;
                code: string;
                name: string;
                /** @enum {string} */
                kind: "STANDARD" | "BONUS" | "PENALTY";
                maxPoints: number;
            }[];
        };
        PledgeInput: {
            title: string;
            content?: string | null;
            /** Format: date */
            signedOn: string;
            signatories: {
                /** Format: uuid */
                unitId: string;
                signerName: string;
                signerTitle?: string | null;
            }[];
        };
        ScoreSheet: {
            memberUnitId: string;
            assessorUnitId: string;
            /** @enum {string} */
            kind: "SELF" | "CROSS";
            /** @enum {string} */
            status: "NONE" | "DRAFT" | "SUBMITTED";
            total: number;
            cells: {
                criterionId: string;
                scoreId: string | null;
                value: number | null;
                note: string | null;
                /** @enum {string|null} */
                status: "DRAFT" | "SUBMITTED" | null;
                version: number | null;
                evidence: {
                    id: string;
                    name: string;
                    sha256: string;
                }[];
            }[];
        };
        SaveScoresInput: {
            /** Format: uuid */
            memberUnitId: string;
            /** Format: uuid */
            assessorUnitId: string;
            entries: {
                /** Format: uuid */
                criterionId: string;
                value: number;
                note?: string | null;
                version?: number;
                reason?: string;
            }[];
        };
        SubmitScoresInput: {
            /** Format: uuid */
            memberUnitId: string;
            /** Format: uuid */
            assessorUnitId: string;
        };
        ScoreChange: {
            id: string;
            memberUnitName: string;
            assessorUnitName: string;
            criterionCode: string;
            criterionName: string;
            oldValue: number;
            newValue: number;
            reason: string;
            changedByName: string;
            changedAt: string;
        };
        EditScoreInput: {
            version: number;
            value: number;
            reason?: string;
        };
        OpenClusterVoteInput: {
            candidateCount?: number;
        };
        ClusterBallotRecorded: {
            /** @enum {boolean} */
            recorded: true;
        };
        ClusterBallotInput: {
            /** Format: uuid */
            voterUnitId: string;
            /** Format: uuid */
            candidateUnitId: string;
        };
        CloseClusterVoteInput: {
            version: number;
        };
        ProposeClusterLeaderInput: {
            /** Format: uuid */
            movementId?: string;
        };
        DocumentSettings: {
            placeName: string;
            parentBody: string | null;
            signerTitle: string;
            blankStockOffsetXMm: number;
            blankStockOffsetYMm: number;
            signingCertificateFile: string | null;
        };
        DocumentSettingsInput: {
            placeName: string;
            parentBody: string | null;
            signerTitle: string;
            blankStockOffsetXMm: number;
            blankStockOffsetYMm: number;
            signingCertificateFile?: string | null;
        };
        DecisionMoneySummary: {
            decision: {
                id: string;
                number: string;
                signedOn: string;
                issuer: string;
            };
            totalVnd: number;
            totalInWords: string;
            count: number;
            revokedCount: number;
            byAward: {
                awardCode: string;
                awardName: string;
                count: number;
                totalVnd: number;
            }[];
            items: {
                stt: number;
                awardId: string;
                name: string;
                unitLine: string;
                awardCode: string;
                awardName: string;
                coefficient: number | null;
                amountVnd: number | null;
                payableVnd: number | null;
                note: string | null;
                isRevoked: boolean;
            }[];
        };
        DecisionSignature: {
            signed: boolean;
            signerName: string | null;
            signedAt: string | null;
            documents: {
                /** @enum {string} */
                kind: "DECISION" | "CERTIFICATES" | "CERTIFICATE";
                name: string;
                sha256: string;
                sizeBytes: number;
                method: string;
                signerName: string;
                signedAt: string;
                /** @enum {string} */
                status: "VALID" | "INVALID" | "MODIFIED" | "UNSIGNED";
            }[];
        };
        SignDecisionInput: {
            /** @enum {string} */
            method: "SEAL";
        };
        RevocationDecision: {
            decision: {
                /** Format: uuid */
                id: string;
                number: string;
                signedOn: string;
                /** Format: uuid */
                revokesDecisionId: string;
            };
            signature: components["schemas"]["DecisionSignature"];
        };
        TokenSigningSession: {
            /** Format: uuid */
            sessionId: string;
            secret: string;
            expiresAt: string;
            signerName: string;
            documents: {
                /** @enum {string} */
                kind: "DECISION" | "CERTIFICATES";
                name: string;
                fileUrl: string;
                uploadUrl: string;
            }[];
        };
        PrepareTokenSigningInput: {
            /** Format: uuid */
            signerUserId?: string;
        };
        TokenSignedUpload: {
            /** @enum {string} */
            kind: "DECISION" | "CERTIFICATES";
            /** @enum {string} */
            status: "VALID" | "INVALID" | "MODIFIED" | "UNSIGNED";
            signerName: string;
            sha256: string;
        };
        AwardVerification: {
            code: string;
            /** @enum {string} */
            status: "VALID" | "REVOKED";
            revokedOn: string | null;
            recipientName: string;
            unitLine: string;
            award: string;
            certificateKind: string;
            achievement: string | null;
            year: number;
            decisionNumber: string;
            decisionDate: string;
            issuer: string;
            registryNumber: number;
            tenantName: string;
        };
        FairnessView: {
            yearFrom: number;
            yearTo: number;
            unitId: string;
            unitName: string;
            indicators: components["schemas"]["FairnessIndicator"][];
            units: {
                unitId: string;
                unitName: string;
                points: {
                    [key: string]: components["schemas"]["FairnessPoint"];
                };
            }[];
        };
        FairnessIndicator: {
            /** @enum {string} */
            key: "DIRECT_WORKER" | "WOMEN" | "MINORITY" | "GRASSROOTS" | "LEADER";
            label: string;
            baseLabel: string;
            targetPct: number | null;
            overall: components["schemas"]["FairnessPoint"];
            byLevel: components["schemas"]["FairnessPoint"][];
            byYear: components["schemas"]["FairnessPoint"][];
        };
        FairnessPoint: {
            key: string;
            count: number | null;
            isSuppressed: boolean;
            base: number;
            sharePct: number | null;
            isShort: boolean;
        };
        ReportRecord: {
            id: string;
            /** @enum {string} */
            kind: "AWARD" | "MOVEMENT";
            name: string;
            subjectType: string | null;
            subjectId: string | null;
            unitId: string;
            unitName: string;
            code: string;
            awardKind: string | null;
            year: number;
            decisionNumber: string | null;
            decisionDate: string | null;
        };
        FairnessTargetsSaved: {
            targets: {
                [key: string]: number;
            };
        };
        FairnessTargets: {
            DIRECT_WORKER?: number | null;
            WOMEN?: number | null;
            MINORITY?: number | null;
            GRASSROOTS?: number | null;
            LEADER?: number | null;
        };
        Dashboard: {
            year: number;
            unitName: string;
            awardsByLevel: {
                level: string;
                thisYear: number;
                lastYear: number;
                moneyVnd: number;
            }[];
            trend: {
                year: number;
                awards: number;
                moneyVnd: number;
            }[];
            eligibleNotProposed: number | null;
            queue: {
                state: string;
                due: string;
                n: number;
            }[] | null;
            fairness: {
                key: string;
                label: string;
                sharePct: number | null;
                targetPct: number | null;
                isShort: boolean;
            }[] | null;
            fund: {
                byYear: {
                    year: number;
                    inVnd: number;
                    paidVnd: number;
                }[];
                closingVnd: number;
            } | null;
        };
        YearSummaryInput: {
            year: number;
            /**
             * @default NAM
             * @enum {string}
             */
            period: "NAM" | "SAU_THANG";
            /** Format: uuid */
            unitId?: string;
            /** @description Phần đánh giá chung; để trống thì bản thảo để chỗ cho cán bộ viết. */
            assessment?: string;
            /** @description Phần tồn tại, hạn chế; để trống thì bản thảo để chỗ cho cán bộ viết. */
            shortcomings?: string;
            /** @description Phần phương hướng, nhiệm vụ; để trống thì bản thảo để chỗ cho cán bộ viết. */
            direction?: string;
        };
        ReportSignerList: {
            items: {
                id: string;
                fullName: string;
                positionTitle: string | null;
            }[];
        };
        ReportSnapshot: {
            id: string;
            formCode: string;
            version: string;
            year: number;
            revision: number;
            unitId: string;
            unitName: string;
            contentHash: string;
            frozenOn: string;
            frozenAt: string;
            signerName: string;
            signerPosition: string | null;
            frozenByName: string;
        };
        FreezeReportInput: {
            /** @enum {string} */
            form: "0601" | "0602" | "0603";
            year: number;
            /** Format: uuid */
            unitId?: string;
            /** Format: uuid */
            signerUserId: string;
            /** Format: date */
            signedOn?: string;
        };
        ReportSnapshotList: {
            items: components["schemas"]["ReportSnapshot"][];
        };
        ReportSnapshotDocument: {
            /** @enum {string} */
            format: "vinhdanh-report-snapshot/1";
            sender: {
                code: string;
                name: string;
                /** @enum {string} */
                kind: "PROVINCE" | "MINISTRY" | "NATIONAL";
            };
            report: {
                form: string;
                formCode: string;
                version: string;
                title: string;
                citation: string;
                dueNote: string;
                year: number;
                scope: {
                    unitCode: string;
                    unitName: string;
                    isWholeTenant: boolean;
                };
                rows: {
                    code: string;
                    label: string;
                    unit?: string;
                    depth: number;
                    isHeading: boolean;
                    groups: string[];
                }[];
                columns: {
                    code: string;
                    label: string;
                    unit?: string;
                    depth: number;
                    isHeading: boolean;
                    groups: string[];
                }[];
                cells: {
                    [key: string]: {
                        [key: string]: number;
                    };
                };
            };
            revision: number;
            frozenAt: string;
            frozenOn: string;
            frozenBy: {
                fullName: string;
                positionTitle: string | null;
            };
            signer: {
                fullName: string;
                positionTitle: string | null;
            };
            contentHash: string;
        };
        RollupImportResult: {
            results: {
                name: string;
                senderCode: string;
                senderName: string;
                formCode: string;
                year: number;
                revision: number;
                /** @enum {string} */
                outcome: "CREATED" | "UNCHANGED" | "REPLACED";
            }[];
        };
        RollupImportInput: {
            files: {
                name: string;
                content: string;
            }[];
        };
        ReportRollup: {
            formCode: string;
            year: number;
            groups: {
                version: string;
                form: string;
                title: string;
                rows: {
                    code: string;
                    label: string;
                    unit?: string;
                    depth: number;
                    isHeading: boolean;
                    groups: string[];
                }[];
                columns: {
                    code: string;
                    label: string;
                    unit?: string;
                    depth: number;
                    isHeading: boolean;
                    groups: string[];
                }[];
                total: {
                    [key: string]: {
                        [key: string]: number;
                    };
                };
                senders: {
                    code: string;
                    name: string;
                    revision: number;
                    frozenOn: string;
                    signerName: string;
                    signerPosition: string | null;
                    contentHash: string;
                    importedAt: string;
                    cells: {
                        [key: string]: {
                            [key: string]: number;
                        };
                    };
                }[];
            }[];
        };
        StatisticalForm: {
            form: string;
            formCode: string;
            version: string;
            title: string;
            citation: string;
            dueNote: string;
            year: number;
            unitId: string;
            unitName: string;
            tenantName: string;
            rows: {
                code: string;
                label: string;
                unit?: string;
                depth: number;
                isHeading: boolean;
                groups: string[];
            }[];
            columns: {
                code: string;
                label: string;
                unit?: string;
                depth: number;
                isHeading: boolean;
                groups: string[];
            }[];
            cells: {
                [key: string]: {
                    [key: string]: number;
                };
            };
        };
        ReportCellRecords: {
            rowLabel: string;
            columnLabel: string;
            items: components["schemas"]["ReportRecord"][];
            total: number;
            page: number;
            pageSize: number;
        };
        PortalSettings: {
            publishedLevels: ("CO_SO" | "BO_TINH" | "NHA_NUOC")[];
            onlineProcedures: ("DOT_XUAT" | "GIA_DINH_VAN_HOA")[];
        };
        PortalSettingsInput: {
            publishedLevels: ("CO_SO" | "BO_TINH" | "NHA_NUOC")[];
            onlineProcedures?: ("DOT_XUAT" | "GIA_DINH_VAN_HOA")[];
        };
        ComplaintList: {
            items: components["schemas"]["Complaint"][];
        };
        Complaint: {
            id: string;
            trackingCode: string;
            /** @enum {string} */
            channel: "PORTAL" | "PAPER";
            /** @enum {string} */
            filedAs: "KHIEU_NAI" | "TO_CAO";
            /** @enum {string|null} */
            kind: "KHIEU_NAI" | "TO_CAO" | null;
            /** @enum {string} */
            subjectType: "PERSON" | "COLLECTIVE" | "PROPOSAL" | "DECISION" | "OTHER";
            subjectId: string | null;
            subjectName: string;
            content: string;
            state: string;
            stateLabel: string;
            unitId: string;
            unitName: string;
            receivedOn: string;
            classificationDueOn: string;
            acceptedOn: string | null;
            resolutionDueOn: string | null;
            isComplex: boolean;
            transferredTo: string | null;
            handlerId: string | null;
            isAssignedToMe: boolean;
            holdId: string | null;
            /** @enum {string|null} */
            outcome: "UPHELD" | "PARTLY_UPHELD" | "REJECTED" | null;
            conclusion: string | null;
            answer: string | null;
            concludedOn: string | null;
            revocation: {
                awardId: string;
                ground: string;
                revokedOn?: string | null;
            } | null;
            version: number;
            filedByUserId: string | null;
            createdAt: string;
        };
        ComplaintFiled: {
            id: string;
            trackingCode: string;
            receivedOn: string;
            classificationDueOn: string;
        };
        FileComplaintInput: {
            /** @enum {string} */
            filedAs: "KHIEU_NAI" | "TO_CAO";
            /** Format: uuid */
            itemId?: string;
            /** Format: uuid */
            subjectId?: string;
            subjectName: string;
            content: string;
            fullName: string;
            contact: string;
            address?: string;
            /** Format: date */
            receivedOn?: string;
        };
        ComplaintDetail: components["schemas"]["Complaint"] & {
            isRemoteArea: boolean;
            allowedActions: components["schemas"]["ComplaintAllowedActions"];
            subjectAwards: {
                id: string;
                awardCode: string;
                year: number;
                decisionId: string | null;
                decisionNumber: string | null;
                isRevoked: boolean;
            }[];
            history: {
                id: string;
                complaintId: string;
                at: string;
                actorId: string | null;
                command: string;
                fromState: string | null;
                toState: string;
                note: string | null;
            }[];
        };
        /** @description Các thao tác người dùng hiện tại được phép làm trên đối tượng này (cùng quy tắc mà API kiểm tra). */
        ComplaintAllowedActions: {
            classify: boolean;
            moveOn: boolean;
            revokeAward: boolean;
        };
        ComplaintParty: {
            fullName: string;
            contact: string;
            address: string | null;
        };
        ClassifyComplaintInput: {
            expectedVersion: number;
            /** @enum {string} */
            kind: "KHIEU_NAI" | "TO_CAO";
            isCompetent: boolean;
            /** @default false */
            isComplex: boolean;
            transferredTo?: string;
            note?: string;
        };
        ComplaintStepInput: {
            expectedVersion: number;
            note?: string;
        };
        ConcludeComplaintInput: {
            expectedVersion: number;
            /** @enum {string} */
            outcome: "UPHELD" | "PARTLY_UPHELD" | "REJECTED";
            conclusion: string;
            answer: string;
            revocation?: {
                /** Format: uuid */
                awardId: string;
                /** @enum {string} */
                ground: "A" | "B" | "C" | "D";
                /** @default false */
                revokeNow: boolean;
                /** @default true */
                recoverCertificate: boolean;
                /** @default true */
                recoverMoney: boolean;
            };
        };
        MyWork: {
            today: string;
            total: number;
            overdue: number;
            counts: {
                kind: components["schemas"]["WorkKind"];
                n: number;
            }[];
            items: components["schemas"]["WorkItem"][];
        };
        /** @enum {string} */
        WorkKind: "PROPOSAL_RETURNED" | "PROPOSAL_TO_SUBMIT" | "MINUTES_TO_CONFIRM" | "PROPOSAL_TO_RECEIVE" | "PROPOSAL_TO_APPRAISE" | "COMMENTS_TO_TRIAGE" | "PUBLIC_COMMENT_TO_CLOSE" | "COUNCIL_TO_CONVENE" | "COUNCIL_TO_CLOSE" | "BALLOT_TO_CAST" | "DECISION_TO_SIGN" | "EXTERNAL_DECISION_TO_RECORD" | "COMPLAINT_TO_CLASSIFY" | "COMPLAINT_TO_ACCEPT" | "COMPLAINT_TO_CONCLUDE" | "MODEL_TO_REVIEW" | "MODEL_RETURNED" | "INSPECTION_FOLLOW_UP";
        WorkItem: {
            kind: components["schemas"]["WorkKind"];
            key: string;
            refId: string;
            title: string;
            detail: string | null;
            unitName: string | null;
            link: string | null;
            dueOn: string | null;
            /** @enum {string|null} */
            dayCount: "CALENDAR" | "WORKING" | null;
            daysLeft: number | null;
            isOverdue: boolean;
        };
        NoticeSettings: {
            email: string | null;
            events: {
                event: components["schemas"]["NoticeEvent"];
                label: string;
                enabled: boolean;
                forMyRoles: boolean;
            }[];
            deliveryConfigured: boolean;
            reminderWorkingDays: number;
        };
        /** @enum {string} */
        NoticeEvent: "PROPOSAL_SUBMITTED" | "PROPOSAL_RETURNED" | "COUNCIL_OPENED" | "DECISION_TO_SIGN" | "DEADLINE_REMINDER";
        UpdateNoticeSettingsInput: {
            /**
             * @description Địa chỉ nhận thư thông báo; chuỗi rỗng hoặc null: không nhận thư.
             * @example nguyenvana@sonha.gov.vn
             */
            email: string | null;
            disabledEvents: components["schemas"]["NoticeEvent"][];
        };
        FundOverview: {
            year: number;
            totals: {
                openingVnd: number;
                inVnd: number;
                outVnd: number;
                closingVnd: number;
            };
            bySource: {
                key: string;
                name: string;
                amountVnd: number;
            }[];
            byLevel: {
                level: string;
                name: string;
                count: number;
                amountVnd: number;
            }[];
            byAward: {
                awardCode: string;
                awardName: string;
                level: string;
                count: number;
                amountVnd: number;
            }[];
            entries: components["schemas"]["FundEntry"][];
            sources: {
                /** @enum {string} */
                key: "BUDGET" | "CONTRIBUTION" | "CARRY_OVER" | "OTHER";
                name: string;
                citation: string;
            }[];
        };
        FundEntry: {
            id: string;
            year: number;
            entryDate: string;
            /** @enum {string} */
            kind: "RECEIPT" | "PAYMENT" | "RECOVERY" | "REVERSAL";
            kindName: string;
            /** @enum {string} */
            flow: "IN" | "OUT";
            amountVnd: number;
            /** @enum {string|null} */
            source: "BUDGET" | "CONTRIBUTION" | "CARRY_OVER" | "OTHER" | null;
            sourceName: string | null;
            awardId: string | null;
            awardCode: string | null;
            awardName: string | null;
            decisionId: string | null;
            decisionNumber: string | null;
            payee: string | null;
            voucherNo: string | null;
            description: string;
            reversesEntryId: string | null;
            isReversed: boolean;
            createdByName: string | null;
            createdAt: string;
        };
        FundAwaiting: {
            decisions: {
                decisionId: string;
                number: string;
                signedOn: string;
                issuer: string;
                awaitingCount: number;
                awaitingVnd: number;
                items: {
                    awardId: string;
                    name: string;
                    unitLine: string;
                    awardCode: string;
                    awardName: string;
                    payableVnd: number;
                    note: string | null;
                }[];
            }[];
            recoveries: {
                awardId: string;
                name: string;
                awardCode: string;
                awardName: string;
                decisionId: string | null;
                decisionNumber: string | null;
                revokedOn: string | null;
                paidVnd: number;
            }[];
        };
        FundReceiptInput: {
            /** @enum {string} */
            source: "BUDGET" | "CONTRIBUTION" | "CARRY_OVER" | "OTHER";
            amountVnd: number;
            entryDate?: string;
            voucherNo?: string;
            description: string;
        };
        FundPaymentResult: {
            paidCount: number;
            paidVnd: number;
            entryIds: string[];
        };
        FundConfirmPaymentInput: {
            /** Format: uuid */
            decisionId: string;
            awardIds?: string[];
            entryDate?: string;
            voucherNo?: string;
        };
        FundRecoveryInput: {
            /** Format: uuid */
            awardId: string;
            entryDate?: string;
            voucherNo?: string;
        };
        FundReversalInput: {
            reason: string;
            entryDate?: string;
        };
        ModelConferenceList: {
            items: {
                id: string;
                title: string;
                heldOn: string;
                venue: string;
            }[];
        };
        ModelConference: {
            id: string;
            title: string;
            heldOn: string;
            venue: string;
            honourees: {
                id: string;
                modelId: string | null;
                awardId: string | null;
                name: string;
                unitName: string;
                citation: string;
            }[];
        };
        CreateModelConference: {
            title: string;
            /** Format: date */
            heldOn: string;
            venue: string;
        };
        AddConferenceHonouree: {
            /** Format: uuid */
            modelId: string;
        } | {
            /** Format: uuid */
            awardId: string;
        };
        ExemplaryModelList: {
            items: components["schemas"]["ExemplaryModelListItem"][];
        };
        ExemplaryModelListItem: components["schemas"]["ExemplaryModelSummary"] & {
            allowedActions: components["schemas"]["ExemplaryModelAllowedActions"];
        };
        /** @description Các thao tác người dùng hiện tại được phép làm trên đối tượng này (cùng quy tắc mà API kiểm tra). */
        ExemplaryModelAllowedActions: {
            adopt: boolean;
        };
        ExemplaryModelSummary: {
            id: string;
            unitId: string;
            unitName: string;
            /** @enum {string} */
            kind: "PERSON" | "COLLECTIVE" | "PRACTICE";
            subjectName: string | null;
            title: string;
            /** @enum {string} */
            status: "DRAFT" | "SUBMITTED" | "RETURNED" | "APPROVED";
            returnReason: string | null;
            publishedAt: string | null;
            updatedAt: string;
            adoptionCount: number;
        };
        ExemplaryModel: components["schemas"]["ExemplaryModelSummary"] & {
            subjectId: string | null;
            story: string;
            movementId: string | null;
            movementTitle: string | null;
            awards: {
                id: string;
                awardCode: string;
                awardName: string;
                year: number;
                isRevoked: boolean;
            }[];
            photos: {
                id: string;
                width: number;
                height: number;
                caption: string | null;
            }[];
            adoptions: {
                id: string;
                unitId: string;
                unitName: string;
                note: string;
                adoptedOn: string;
            }[];
            reviewedAt: string | null;
        };
        CreateExemplaryModel: {
            /** Format: uuid */
            unitId: string;
            /** @enum {string} */
            kind: "PERSON" | "COLLECTIVE" | "PRACTICE";
            /** Format: uuid */
            subjectId?: string;
            title: string;
            story: string;
            /** Format: uuid */
            movementId?: string;
            /** @default [] */
            awardIds: string[];
        };
        UpdateExemplaryModel: {
            /** @enum {string} */
            kind: "PERSON" | "COLLECTIVE" | "PRACTICE";
            /** Format: uuid */
            subjectId?: string;
            title: string;
            story: string;
            /** Format: uuid */
            movementId?: string;
            /** @default [] */
            awardIds: string[];
        };
        ReturnExemplaryModel: {
            reason: string;
        };
        ExemplaryModelPhoto: {
            id: string;
            width: number;
            height: number;
            caption: string | null;
        };
        AdoptExemplaryModel: {
            /** Format: uuid */
            unitId: string;
            note: string;
            /** Format: date */
            adoptedOn?: string;
        };
        InspectionPlanList: {
            items: {
                id: string;
                unitId: string;
                unitName: string;
                year: number;
                title: string;
                basis: string | null;
                unitCount: number;
                findingCount: number;
                openFindingCount: number;
                version: number;
            }[];
        };
        InspectionPlan: {
            id: string;
            unitId: string;
            unitName: string;
            year: number;
            title: string;
            basis: string | null;
            unitCount: number;
            findingCount: number;
            openFindingCount: number;
            version: number;
            units: {
                unitId: string;
                unitName: string;
                startsOn: string;
                endsOn: string;
            }[];
            findings: components["schemas"]["InspectionFinding"][];
            allowedActions: components["schemas"]["InspectionPlanAllowedActions"];
        };
        InspectionFinding: {
            id: string;
            unitId: string;
            unitName: string;
            content: string;
            recommendation: string;
            followUpDueOn: string;
            completedOn: string | null;
            completionNote: string | null;
            /** @enum {string} */
            action: "NONE" | "HOLD" | "REVOCATION";
            subjectId: string | null;
            subjectName: string | null;
            holdId: string | null;
            award: {
                id: string;
                awardCode: string;
                year: number;
                ground: string;
                isRevoked: boolean;
            } | null;
            version: number;
        };
        /** @description Các thao tác người dùng hiện tại được phép làm trên đối tượng này (cùng quy tắc mà API kiểm tra). */
        InspectionPlanAllowedActions: {
            recordFinding: boolean;
            revokeNow: boolean;
        };
        CreateInspectionPlanInput: {
            /** Format: uuid */
            unitId: string;
            year: number;
            title: string;
            basis?: string;
            units: {
                /** Format: uuid */
                unitId: string;
                /** Format: date */
                startsOn: string;
                /** Format: date */
                endsOn: string;
            }[];
        };
        UpdateInspectionPlanInput: {
            version: number;
            title: string;
            basis?: string;
            units: {
                /** Format: uuid */
                unitId: string;
                /** Format: date */
                startsOn: string;
                /** Format: date */
                endsOn: string;
            }[];
        };
        CreateInspectionFindingInput: {
            /** Format: uuid */
            unitId: string;
            content: string;
            recommendation: string;
            /** Format: date */
            followUpDueOn: string;
            /**
             * @default NONE
             * @enum {string}
             */
            action: "NONE" | "HOLD" | "REVOCATION";
            /** Format: uuid */
            subjectId?: string;
            /** Format: uuid */
            awardId?: string;
            /** @enum {string} */
            ground?: "A" | "B" | "C" | "D";
            revokeNow?: boolean;
            recoverCertificate?: boolean;
            recoverMoney?: boolean;
        };
        CompleteInspectionFindingInput: {
            version: number;
            /** Format: date */
            completedOn?: string;
            note: string;
        };
    };
    responses: {
        /** @description Dữ liệu gửi lên không hợp lệ (INVALID_INPUT, kèm lỗi từng trường) */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Chưa đăng nhập hoặc phiên đã hết hạn (UNAUTHENTICATED) */
        Unauthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Không có quyền (FORBIDDEN), thiếu mã CSRF (CSRF_INVALID) hoặc phải đổi mật khẩu (PASSWORD_CHANGE_REQUIRED) */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Yêu cầu bị từ chối: không tìm thấy, xung đột, vượt giới hạn…; mã lỗi trong error.code */
        Rejected: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Hệ thống hoạt động */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postAuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginInput"];
            };
        };
        responses: {
            /** @description Đăng nhập thành công */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postAuthPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordInput"];
            };
        };
        responses: {
            /** @description Đã đổi mật khẩu */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postAuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Đã đăng xuất */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getAuthMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Người dùng hiện tại */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postAuthMfaVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MfaCodeInput"];
            };
        };
        responses: {
            /** @description Đã xác thực */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaVerified"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postAuthMfaEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Khóa bí mật và mã QR để quét bằng ứng dụng xác thực */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaEnrolment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postAuthMfaEnable: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MfaCodeInput"];
            };
        };
        responses: {
            /** @description Đã bật; các mã khôi phục chỉ hiện một lần */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaEnabled"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getAuthOidcProviders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Nhà cung cấp định danh đã cấu hình */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcProviders"];
                };
            };
            400: components["responses"]["BadRequest"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postUsersByIdOidcInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Mã mời (chỉ hiện một lần) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcInvitation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getCitizenFilings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Đơn của công dân đang đăng nhập */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CitizenFilings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getOrgUnits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cây đơn vị trong phạm vi */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["OrgUnit"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postOrgUnits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrgUnitInput"];
            };
        };
        responses: {
            /** @description Đã tạo */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnit"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postOrgUnitsMerge: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeOrgUnitsInput"];
            };
        };
        responses: {
            /** @description Đơn vị kế thừa sau sáp nhập */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnit"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getOrgUnitsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Đơn vị */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnitDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    patchOrgUnitsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrgUnitInput"];
            };
        };
        responses: {
            /** @description Đã cập nhật */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnit"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getOrgUnitsByIdHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lịch sử thi đua, khen thưởng của đơn vị và các đơn vị tiền thân */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnitHistory"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postOrgUnitsByIdRename: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenameOrgUnitInput"];
            };
        };
        responses: {
            /** @description Đã đổi tên */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnit"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postOrgUnitsByIdSplit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SplitOrgUnitInput"];
            };
        };
        responses: {
            /** @description Các đơn vị mới */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["OrgUnit"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getPeople: {
        parameters: {
            query?: {
                q?: string;
                unitId?: string;
                page?: number;
                pageSize?: number;
                sort?: "name" | "-name" | "unit" | "birthYear" | "-birthYear";
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Danh sách cá nhân */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postPeople: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePersonInput"];
            };
        };
        responses: {
            /** @description Đã thêm cá nhân */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getPeopleCount: {
        parameters: {
            query?: {
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Số cá nhân */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeopleCount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getPeopleExportXlsx: {
        parameters: {
            query?: {
                q?: string;
                unitId?: string;
                sort?: "name" | "-name" | "unit" | "birthYear" | "-birthYear";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp Excel danh sách cá nhân */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getPeopleById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Hồ sơ cá nhân (thông tin nhạy cảm đã che) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    patchPeopleById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePersonInput"];
            };
        };
        responses: {
            /** @description Đã cập nhật */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postPeopleByIdReveal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Hồ sơ cá nhân với thông tin nhạy cảm */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postPeopleByIdEmployment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EarlierPostInput"];
            };
        };
        responses: {
            /** @description Đã thêm vào quá trình công tác */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EarlierPost"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tài khoản */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["UserListItem"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserInput"];
            };
        };
        responses: {
            /** @description Đã tạo tài khoản */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postUsersByIdDisable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Đã thực hiện */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postUsersByIdEnable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Đã thực hiện */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postUsersByIdResetMfa: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Đã thực hiện */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postUsersByIdResetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordInput"];
            };
        };
        responses: {
            /** @description Đã thực hiện */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    patchUsersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserInput"];
            };
        };
        responses: {
            /** @description Đã cập nhật tài khoản */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getAudit: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Nhật ký, mới nhất trước */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AuditEvent"][];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getSubjectsByIdEligibility: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Điều kiện khen thưởng của cá nhân hoặc tập thể */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Eligibility"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getOrgUnitsByIdSuggestions: {
        parameters: {
            query?: {
                year?: number;
                limit?: number;
                offset?: number | null;
                award?: string;
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Gợi ý đề nghị khen thưởng trong đơn vị */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EligibilitySuggestions"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getRuleParams: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bộ quy tắc và tham số riêng của đơn vị */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            ruleSetId: string;
                            name: string;
                            effectiveFrom: string;
                            effectiveTo: string | null;
                            defaults: {
                                [key: string]: unknown;
                            };
                            overrides: {
                                [key: string]: unknown;
                            };
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    putRuleParamsByRuleSetId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ruleSetId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RuleParamsInput"];
            };
        };
        responses: {
            /** @description Đã lưu tham số riêng */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ruleSetId: string;
                        name: string;
                        effectiveFrom: string;
                        effectiveTo: string | null;
                        defaults: {
                            [key: string]: unknown;
                        };
                        overrides: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getTenantAwards: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Danh mục riêng */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["TenantAward"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postTenantAwards: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TenantAwardInput"];
            };
        };
        responses: {
            /** @description Đã lưu phiên bản */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantAward"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getAwardCatalogue: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Danh mục theo năm */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CatalogueAward"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getHouseholds: {
        parameters: {
            query?: {
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Hộ gia đình */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Household"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postHouseholds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateHouseholdInput"];
            };
        };
        responses: {
            /** @description Đã thêm hộ gia đình */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Household"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getCollectives: {
        parameters: {
            query?: {
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tập thể */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Collective"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postCollectives: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCollectiveInput"];
            };
        };
        responses: {
            /** @description Đã thêm tập thể */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Collective"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getProposalsQueue: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Chờ tôi xử lý */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ProposalSummary"][];
                        total: number;
                        page: number;
                        pageSize: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getProposalsOverdue: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Quá hạn */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ProposalSummary"][];
                        total: number;
                        page: number;
                        pageSize: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getProposals: {
        parameters: {
            query?: {
                state?: "DRAFT" | "UNIT_REVIEW" | "SUBMITTED" | "RECEIVED" | "RETURNED" | "APPRAISAL" | "PUBLIC_COMMENT" | "COUNCIL_VOTE" | "DECISION_PENDING" | "PROPOSED_UP" | "DECIDED" | "REJECTED";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Hồ sơ đề nghị */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ProposalSummary"][];
                        total: number;
                        page: number;
                        pageSize: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postProposals: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProposalInput"];
            };
        };
        responses: {
            /** @description Hồ sơ đã tạo (tách theo cấp quyết định nếu yêu cầu) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        proposals: components["schemas"]["Proposal"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getProposalsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Hồ sơ đề nghị */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Proposal"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getNotifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thông báo của tôi */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getProposalsByIdComments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ý kiến công khai */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    putProposalsByIdItems: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProposalItemsInput"];
            };
        };
        responses: {
            /** @description Hồ sơ sau thao tác */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Proposal"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postProposalsByIdComponents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposalComponentInput"];
            };
        };
        responses: {
            /** @description Hồ sơ sau thao tác */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Proposal"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postProposalsByIdComponentsFile: {
        parameters: {
            query: {
                expectedVersion: number;
                component: string;
                name: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description Nội dung tệp (PDF, ảnh JPEG, ảnh PNG, Word (.docx), Word (.doc), Excel (.xlsx), Excel (.xls)), tối đa 20 MB */
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description Hồ sơ sau khi tải tệp lên */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Proposal"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getProposalsByIdFilesByFileId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Nội dung tệp: PDF và ảnh mở ngay trên trình duyệt (inline), Word/Excel tải xuống (attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postProposalsByIdComponentsConfirmMinutes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmMinutesInput"];
            };
        };
        responses: {
            /** @description Hồ sơ sau thao tác */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Proposal"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postProposalsByIdCommentsTriage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TriageCommentInput"];
            };
        };
        responses: {
            /** @description Hồ sơ sau thao tác */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Proposal"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postProposalsByIdSubmitForReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExpectedVersionInput"];
            };
        };
        responses: {
            /** @description Hồ sơ sau thao tác */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Proposal"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postProposalsByIdReceive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExpectedVersionInput"];
            };
        };
        responses: {
            /** @description Hồ sơ sau thao tác */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Proposal"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postProposalsByIdForward: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExpectedVersionInput"];
            };
        };
        responses: {
            /** @description Hồ sơ sau thao tác */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Proposal"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postProposalsByIdStartAppraisal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExpectedVersionInput"];
            };
        };
        responses: {
            /** @description Hồ sơ sau thao tác */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Proposal"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postProposalsByIdCompleteAppraisal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExpectedVersionInput"];
            };
        };
        responses: {
            /** @description Hồ sơ sau thao tác */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Proposal"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postProposalsByIdOpenCouncil: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExpectedVersionInput"];
            };
        };
        responses: {
            /** @description Hồ sơ sau thao tác */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Proposal"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postProposalsByIdSubmit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitProposalInput"];
            };
        };
        responses: {
            /** @description Hồ sơ sau thao tác */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Proposal"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postProposalsByIdReturn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnProposalInput"];
            };
        };
        responses: {
            /** @description Hồ sơ sau thao tác */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Proposal"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postProposalsByIdAppraiseItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppraiseItemInput"];
            };
        };
        responses: {
            /** @description Hồ sơ sau thao tác */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Proposal"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postProposalsByIdPublicCommentClose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClosePublicCommentInput"];
            };
        };
        responses: {
            /** @description Hồ sơ sau thao tác */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Proposal"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postProposalsByIdPublicCommentOpen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenPublicCommentInput"];
            };
        };
        responses: {
            /** @description Hồ sơ sau thao tác */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Proposal"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postProposalsByIdReject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectProposalInput"];
            };
        };
        responses: {
            /** @description Hồ sơ sau thao tác */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Proposal"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getPublicCommentLists: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Danh sách đang lấy ý kiến, và danh sách đã kết thúc sớm kèm căn cứ */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            [key: string]: unknown;
                        }[];
                        closedEarly: {
                            proposalId: string;
                            title: string;
                            tenantName: string;
                            until: string;
                            closedOn: string;
                            reason: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postPublicComments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicCommentInput"];
            };
        };
        responses: {
            /** @description Đã ghi nhận ý kiến */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        status: "NEW";
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getCouncils: {
        parameters: {
            query?: {
                status?: "OPEN" | "CLOSED";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Phiên họp Hội đồng trong phạm vi */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilSessionPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postCouncils: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCouncilSessionInput"];
            };
        };
        responses: {
            /** @description Phiên họp Hội đồng */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getCouncilsMemberCandidates: {
        parameters: {
            query: {
                unitId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Người có thể là thành viên Hội đồng, và số thành viên tối thiểu */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CouncilMemberCandidate"][];
                        minMembers: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getCouncilsProposalCandidates: {
        parameters: {
            query: {
                unitId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Hồ sơ chờ Hội đồng bỏ phiếu */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CouncilProposalCandidate"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getCouncilsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Phiên họp Hội đồng */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getCouncilsByIdMinutes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Dữ liệu biên bản */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilMinutes"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postCouncilsByIdBallots: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BallotInput"];
            };
        };
        responses: {
            /** @description Đã ghi nhận toàn bộ phiếu của thành viên */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: number;
                        /** @enum {boolean} */
                        recorded: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postCouncilsByIdWrittenBallots: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WrittenBallotInput"];
            };
        };
        responses: {
            /** @description Đã ghi nhận phiếu bằng văn bản */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        itemId: string;
                        /** @enum {boolean} */
                        recorded: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postCouncilsByIdOpen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseCouncilSessionInput"];
            };
        };
        responses: {
            /** @description Phiên họp đã khai mạc, thành viên bỏ phiếu được */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postCouncilsByIdClose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseCouncilSessionInput"];
            };
        };
        responses: {
            /** @description Kết quả phiên họp */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postDecisionsIssue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueDecisionInput"];
            };
        };
        responses: {
            /** @description Đã ban hành quyết định */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedDecision"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postDecisionsExternal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExternalDecisionInput"];
            };
        };
        responses: {
            /** @description Đã ghi nhận quyết định của cấp trên */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedDecision"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postDecisionsByIdRevocations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeDecisionItemInput"];
            };
        };
        responses: {
            /** @description Đã thu hồi khen thưởng */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Proposal"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postProposalsByIdSendUp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendUpInput"];
            };
        };
        responses: {
            /** @description Gói hồ sơ đã được ký và xếp hàng gửi lên cấp trên */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendUpResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getExchangeOutgoingByIdFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp gói hồ sơ (vinhdanh-package-envelope/1) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getIncomingDossiers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Hồ sơ cấp dưới gửi lên, mới nhất trước */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncomingDossierList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getIncomingDossiersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Hồ sơ cấp dưới gửi lên */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncomingDossier"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getIncomingDossiersByIdFilesByFileId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp của hồ sơ */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postIncomingDossiersByIdReturn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnIncomingDossierInput"];
            };
        };
        responses: {
            /** @description Đã trả lại hồ sơ; gói trả lại đang được gửi */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncomingDossier"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postIncomingDossiersByIdApprove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveIncomingDossierInput"];
            };
        };
        responses: {
            /** @description Đã ghi ý kiến chấp thuận */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncomingDossier"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postIncomingDossiersByIdDecide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideIncomingDossierInput"];
            };
        };
        responses: {
            /** @description Đã ban hành và ký số quyết định; gói quyết định đang được gửi */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncomingDossier"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getImportsTemplatesByFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp mẫu Excel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getImportsExportsByFile: {
        parameters: {
            query?: {
                unitId?: string;
            };
            header?: never;
            path: {
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Danh sách theo cột của tệp mẫu */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postImports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UploadImportInput"];
            };
        };
        responses: {
            /** @description Kết quả chạy thử */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJob"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getImportsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lượt nhập dữ liệu */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJob"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postImportsByIdCommit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommitImportInput"];
            };
        };
        responses: {
            /** @description Đã ghi dữ liệu */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJob"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getAwards: {
        parameters: {
            query?: {
                q?: string;
                unitId?: string;
                subjectId?: string;
                awardCode?: string;
                kind?: "CONG_TRANG" | "DOT_XUAT" | "CHUYEN_DE" | "CONG_HIEN" | "NIEN_HAN" | "DOI_NGOAI" | "KHANG_CHIEN";
                yearFrom?: number;
                yearTo?: number;
                decisionNumber?: string;
                page?: number;
                pageSize?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tra cứu khen thưởng */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postAwards: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAwardInput"];
            };
        };
        responses: {
            /** @description Đã thêm khen thưởng */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Award"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getAwardsExportXlsx: {
        parameters: {
            query?: {
                q?: string;
                unitId?: string;
                subjectId?: string;
                awardCode?: string;
                kind?: "CONG_TRANG" | "DOT_XUAT" | "CHUYEN_DE" | "CONG_HIEN" | "NIEN_HAN" | "DOI_NGOAI" | "KHANG_CHIEN";
                yearFrom?: number;
                yearTo?: number;
                decisionNumber?: string;
                page?: number;
                pageSize?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp Excel kết quả tra cứu khen thưởng */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    deleteAwardsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Đã xóa khen thưởng */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    patchAwardsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAwardInput"];
            };
        };
        responses: {
            /** @description Đã cập nhật khen thưởng */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Award"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postAwardsByIdRevoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeAwardInput"];
            };
        };
        responses: {
            /** @description Đã thu hồi khen thưởng */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Award"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postRatings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRatingInput"];
            };
        };
        responses: {
            /** @description Đã thêm kết quả đánh giá */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnualRating"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    deleteRatingsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Đã xóa kết quả đánh giá */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    patchRatingsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRatingInput"];
            };
        };
        responses: {
            /** @description Đã cập nhật kết quả đánh giá */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnualRating"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getInitiativesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sáng kiến với các tác giả */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Initiative"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    deleteInitiativesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Đã xóa sáng kiến */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    patchInitiativesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateInitiativeInput"];
            };
        };
        responses: {
            /** @description Đã cập nhật sáng kiến */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Initiative"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postInitiatives: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInitiativeInput"];
            };
        };
        responses: {
            /** @description Đã thêm sáng kiến */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Initiative"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postDisciplines: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDisciplineInput"];
            };
        };
        responses: {
            /** @description Đã thêm kỷ luật */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Discipline"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    deleteDisciplinesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Đã xóa kỷ luật */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    patchDisciplinesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDisciplineInput"];
            };
        };
        responses: {
            /** @description Đã cập nhật kỷ luật */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Discipline"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postHolds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenHoldInput"];
            };
        };
        responses: {
            /** @description Đã mở vụ việc tạm dừng xét */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Hold"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    deleteHoldsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Đã xóa vụ việc */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    patchHoldsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateHoldInput"];
            };
        };
        responses: {
            /** @description Đã cập nhật vụ việc */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Hold"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postHoldsByIdClose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseHoldInput"];
            };
        };
        responses: {
            /** @description Đã đóng vụ việc */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Hold"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getDecisions: {
        parameters: {
            query?: {
                q?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Danh sách quyết định */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postDecisions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDecisionInput"];
            };
        };
        responses: {
            /** @description Đã thêm quyết định */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Decision"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getDecisionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Quyết định và các khen thưởng trong phạm vi */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        decision: components["schemas"]["Decision"];
                        awards: components["schemas"]["AwardHit"][];
                        allowedActions: components["schemas"]["DecisionAllowedActions"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getInitiativesByIdFiles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp minh chứng */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceFileList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postInitiativesByIdFiles: {
        parameters: {
            query: {
                name: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/pdf": string;
                "image/jpeg": string;
                "image/png": string;
                "application/msword": string;
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
            };
        };
        responses: {
            /** @description Đã đính kèm minh chứng */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceFile"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getInitiativesByIdFilesByFileId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Nội dung tệp minh chứng (PDF, JPEG, PNG, Word) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    deleteInitiativesByIdFilesByFileId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Đã xóa tệp minh chứng */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getAwardsByIdFiles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp minh chứng */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceFileList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postAwardsByIdFiles: {
        parameters: {
            query: {
                name: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/pdf": string;
                "image/jpeg": string;
                "image/png": string;
                "application/msword": string;
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
            };
        };
        responses: {
            /** @description Đã đính kèm minh chứng */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceFile"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getAwardsByIdFilesByFileId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Nội dung tệp minh chứng (PDF, JPEG, PNG, Word) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    deleteAwardsByIdFilesByFileId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Đã xóa tệp minh chứng */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getPeopleByIdTimeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Quá trình thi đua, khen thưởng của cá nhân theo năm */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Timeline"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getOrgUnitsByIdTimeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Quá trình thi đua, khen thưởng của tập thể theo năm */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Timeline"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getMovements: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Phong trào thi đua */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["MovementSummary"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postMovements: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMovementInput"];
            };
        };
        responses: {
            /** @description Đã tạo phong trào */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MovementDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getMovementsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Phong trào thi đua */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MovementDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    patchMovementsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMovementInput"];
            };
        };
        responses: {
            /** @description Đã cập nhật phong trào */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MovementDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postMovementsByIdTransition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionMovementInput"];
            };
        };
        responses: {
            /** @description Đã chuyển bước phong trào */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MovementDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postMovementsByIdDocument: {
        parameters: {
            query: {
                name: string;
                version: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description Nội dung tệp (PDF, ảnh JPEG, ảnh PNG, Word (.docx), Word (.doc), Excel (.xlsx), Excel (.xls)), tối đa 20 MB */
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description Đã đính kèm văn bản phát động */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MovementDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postMovementsByIdAwards: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MovementAwardInput"];
            };
        };
        responses: {
            /** @description Đã ghi nhận khen thưởng */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MovementAwardResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getRegistrations: {
        parameters: {
            query?: {
                year?: number;
                movementId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Đăng ký thi đua */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Registration"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postRegistrations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRegistrationInput"];
            };
        };
        responses: {
            /** @description Đã đăng ký thi đua */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        year: number;
                        movementId: string | null;
                        /** @enum {string} */
                        subjectType: "COLLECTIVE" | "PERSON";
                        unitId: string;
                        unitName: string;
                        personId: string | null;
                        personName: string | null;
                        targetAwards: string[];
                        note: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getRegistrationsExportXlsx: {
        parameters: {
            query?: {
                year?: number;
                movementId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp Excel đăng ký thi đua */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postRegistrationsImport: {
        parameters: {
            query: {
                name: string;
                year: number;
                movementId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Nội dung tệp (Excel (.xlsx)), tối đa 5 MB */
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description Kết quả nhập đăng ký thi đua */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationImportResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getClusters: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cụm, khối thi đua */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ClusterSummary"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postClusters: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateClusterInput"];
            };
        };
        responses: {
            /** @description Đã tạo cụm, khối */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getClustersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cụm, khối thi đua */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    patchClustersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateClusterInput"];
            };
        };
        responses: {
            /** @description Đã cập nhật cụm, khối */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postClustersByIdLeadership: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ElectLeadershipInput"];
            };
        };
        responses: {
            /** @description Đã ghi nhận cụm trưởng, cụm phó */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postClustersByIdTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScoringTemplateInput"];
            };
        };
        responses: {
            /** @description Đã lưu bảng tiêu chí */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postClustersByIdPledges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PledgeInput"];
            };
        };
        responses: {
            /** @description Đã ghi nhận giao ước thi đua */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getClustersByIdScores: {
        parameters: {
            query: {
                memberUnitId: string;
                assessorUnitId: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Phiếu chấm điểm */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreSheet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postClustersByIdScores: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveScoresInput"];
            };
        };
        responses: {
            /** @description Đã lưu điểm */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreSheet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postClustersByIdScoresSubmit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitScoresInput"];
            };
        };
        responses: {
            /** @description Đã nộp phiếu chấm */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreSheet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getClustersByIdScoreChanges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lịch sử sửa điểm */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ScoreChange"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    patchScoresById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditScoreInput"];
            };
        };
        responses: {
            /** @description Đã sửa điểm */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        value: number;
                        status: string;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postScoresByIdEvidence: {
        parameters: {
            query: {
                name: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description Nội dung tệp (PDF, ảnh JPEG, ảnh PNG, Word (.docx), Word (.doc), Excel (.xlsx), Excel (.xls)), tối đa 20 MB */
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description Đã đính kèm minh chứng */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        sha256: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postClustersByIdVote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenClusterVoteInput"];
            };
        };
        responses: {
            /** @description Đã mở bỏ phiếu suy tôn */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postClustersByIdVoteBallots: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClusterBallotInput"];
            };
        };
        responses: {
            /** @description Đã ghi nhận phiếu */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterBallotRecorded"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postClustersByIdVoteClose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseClusterVoteInput"];
            };
        };
        responses: {
            /** @description Kết quả bỏ phiếu suy tôn */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postClustersByIdVoteProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposeClusterLeaderInput"];
            };
        };
        responses: {
            /** @description Hồ sơ đề nghị Cờ thi đua cho đơn vị dẫn đầu */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Proposal"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getDocumentSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thiết lập văn bản của đơn vị */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    putDocumentSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DocumentSettingsInput"];
            };
        };
        responses: {
            /** @description Đã lưu thiết lập văn bản */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getDecisionsByIdMoneySummaryXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bảng tổng hợp tiền thưởng (.xlsx) cho bộ phận tài chính */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getDecisionsByIdMoneySummary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tổng hợp tiền thưởng của quyết định */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionMoneySummary"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getDecisionsByIdDocumentsQuyetDinhDocx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Quyết định khen thưởng (.docx) kèm danh sách */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getDecisionsByIdDocumentsQuyetDinhPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Quyết định khen thưởng (PDF) kèm danh sách, cùng nội dung với bản .docx */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getDecisionsByIdCertificatesPdf: {
        parameters: {
            query?: {
                layout?: "full" | "blank-stock";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Giấy khen, Bằng khen của cả quyết định, một trang mỗi khen thưởng */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getDecisionsByIdSignature: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tình trạng ký số của quyết định */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionSignature"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postDecisionsByIdSignature: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignDecisionInput"];
            };
        };
        responses: {
            /** @description Đã ký số quyết định và giấy khen bằng chứng thư số của cơ quan (PAdES B-B) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionSignature"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postDecisionsByIdRevocationDecisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeDecisionItemInput"];
            };
        };
        responses: {
            /** @description Đã ban hành và ký số quyết định thu hồi khen thưởng */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevocationDecision"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postDecisionsByIdTokenSigning: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrepareTokenSigningInput"];
            };
        };
        responses: {
            /** @description Đã chuẩn bị quyết định và giấy khen để ký bằng token */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenSigningSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postDecisionsByIdTokenSigningBySessionId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Đã lưu quyết định và giấy khen đã ký */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionSignature"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getTokenSigningByTenantIdBySessionIdByKind: {
        parameters: {
            query: {
                key: string;
            };
            header?: never;
            path: {
                tenantId: string;
                sessionId: string;
                kind: "DECISION" | "CERTIFICATES";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp PDF có chỗ cho chữ ký */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            400: components["responses"]["BadRequest"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postTokenSigningByTenantIdBySessionIdByKind: {
        parameters: {
            query: {
                key: string;
            };
            header?: never;
            path: {
                tenantId: string;
                sessionId: string;
                kind: "DECISION" | "CERTIFICATES";
            };
            cookie?: never;
        };
        /** @description Nội dung tệp (PDF), tối đa 20 MB */
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description Đã nhận tệp đã ký, chữ ký hợp lệ */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenSignedUpload"];
                };
            };
            400: components["responses"]["BadRequest"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getPeopleByIdDocumentsBaoCaoThanhTichDocx: {
        parameters: {
            query?: {
                years?: number;
                from?: number;
                to?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Báo cáo thành tích của cá nhân (.docx), điền sẵn từ hồ sơ */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getOrgUnitsByIdDocumentsBaoCaoThanhTichDocx: {
        parameters: {
            query?: {
                years?: number;
                from?: number;
                to?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Báo cáo thành tích của tập thể (.docx), điền sẵn từ hồ sơ */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getPeopleByIdDocumentsBaoCaoDotXuatDocx: {
        parameters: {
            query?: {
                years?: number;
                from?: number;
                to?: number;
                itemId?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Báo cáo thành tích đề nghị khen thưởng đột xuất (.docx); với itemId: thành tích của đối tượng trong hồ sơ */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getOrgUnitsByIdDocumentsBaoCaoDotXuatDocx: {
        parameters: {
            query?: {
                years?: number;
                from?: number;
                to?: number;
                itemId?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Báo cáo thành tích đề nghị khen thưởng đột xuất (.docx); với itemId: thành tích của đối tượng trong hồ sơ */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getPeopleByIdDocumentsBaoCaoChuyenDeDocx: {
        parameters: {
            query: {
                years?: number;
                from?: number;
                to?: number;
                movementId: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Báo cáo thành tích đề nghị khen thưởng thi đua theo chuyên đề (.docx): phong trào, đăng ký thi đua và khen thưởng trong phong trào */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getOrgUnitsByIdDocumentsBaoCaoChuyenDeDocx: {
        parameters: {
            query: {
                years?: number;
                from?: number;
                to?: number;
                movementId: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Báo cáo thành tích đề nghị khen thưởng thi đua theo chuyên đề (.docx): phong trào, đăng ký thi đua và khen thưởng trong phong trào */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getPeopleByIdDocumentsBaoCaoCongHienDocx: {
        parameters: {
            query?: {
                years?: number;
                from?: number;
                to?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Báo cáo thành tích đề nghị khen thưởng quá trình cống hiến (.docx): các chức vụ đã giữ với thời gian, khen thưởng cả quá trình */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getPeopleByIdDocumentsBaoCaoCstdToanQuocDocx: {
        parameters: {
            query?: {
                years?: number;
                from?: number;
                to?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Báo cáo thành tích đề nghị danh hiệu "Chiến sĩ thi đua toàn quốc" (.docx): hai chu kỳ CSTĐ bộ, tỉnh, xếp loại và sáng kiến của các năm đó */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getHouseholdsByIdDocumentsBaoCaoThanhTichDocx: {
        parameters: {
            query?: {
                years?: number;
                from?: number;
                to?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Báo cáo thành tích của hộ gia đình (.docx): chủ hộ, địa chỉ, danh hiệu và hình thức khen thưởng đã nhận */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getProposalsByIdDocumentsToTrinhDocx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tờ trình đề nghị khen thưởng (.docx) kèm danh sách */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getProposalsByIdDocumentsToTrinhPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tờ trình đề nghị khen thưởng (PDF), cùng nội dung với bản .docx */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getCouncilsByIdDocumentsBienBanDocx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Biên bản họp Hội đồng Thi đua - Khen thưởng (.docx), phiên đã kết thúc */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getPublicVerifyByCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Kết quả xác minh khen thưởng */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardVerification"];
                };
            };
            400: components["responses"]["BadRequest"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getReportsFairness: {
        parameters: {
            query: {
                yearFrom: number;
                yearTo: number;
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tỷ lệ khen thưởng theo đối tượng ưu tiên */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FairnessView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getReportsFairnessRecords: {
        parameters: {
            query: {
                yearFrom: number;
                yearTo: number;
                unitId?: string;
                indicator: "DIRECT_WORKER" | "WOMEN" | "MINORITY" | "GRASSROOTS" | "LEADER";
                level?: "NHA_NUOC" | "BO_TINH" | "CO_SO";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Khen thưởng của nhóm */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ReportRecord"][];
                        total: number;
                        page: number;
                        pageSize: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    putReportsTargets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FairnessTargets"];
            };
        };
        responses: {
            /** @description Đã lưu chỉ tiêu */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FairnessTargetsSaved"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getReportsDashboard: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Số liệu trang tổng quan */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dashboard"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postReportsYearSummaryDocx: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["YearSummaryInput"];
            };
        };
        responses: {
            /** @description Báo cáo tổng kết năm hoặc sơ kết 6 tháng (.docx), điền sẵn số liệu của đơn vị và cấp dưới */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getReportsSnapshotsSigners: {
        parameters: {
            query?: {
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lãnh đạo ký báo cáo */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportSignerList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getReportsSnapshots: {
        parameters: {
            query?: {
                form?: "0601" | "0602" | "0603";
                year?: number;
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Báo cáo đã chốt */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportSnapshotList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postReportsSnapshots: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FreezeReportInput"];
            };
        };
        responses: {
            /** @description Báo cáo đã chốt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportSnapshot"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getReportsSnapshotsByIdExportJson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Báo cáo đã chốt (JSON theo lược đồ công bố) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportSnapshotDocument"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getReportsSnapshotsByIdExportXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Báo cáo đã chốt (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postReportsRollupImports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RollupImportInput"];
            };
        };
        responses: {
            /** @description Kết quả nhận từng tệp */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RollupImportResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getReportsRollup: {
        parameters: {
            query: {
                form: "0601" | "0602" | "0603";
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tổng hợp và số liệu từng đơn vị gửi */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportRollup"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getReportsForms: {
        parameters: {
            query: {
                form: "0601" | "0602" | "0603";
                year: number;
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Biểu mẫu thống kê */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatisticalForm"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getReportsFormsRecords: {
        parameters: {
            query: {
                form: "0601" | "0602" | "0603";
                year: number;
                unitId?: string;
                row: string;
                column: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Danh sách bản ghi của một ô số liệu */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportCellRecords"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getReportsFormsExportXlsx: {
        parameters: {
            query: {
                form: "0601" | "0602" | "0603";
                year: number;
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Biểu mẫu thống kê (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getReportsFormsExportPdf: {
        parameters: {
            query: {
                form: "0601" | "0602" | "0603";
                year: number;
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Biểu mẫu thống kê (.pdf) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getPortalSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Các cấp quyết định được công khai */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    putPortalSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PortalSettingsInput"];
            };
        };
        responses: {
            /** @description Đã lưu thiết lập công khai */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getComplaints: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Đơn khiếu nại, tố cáo trong phạm vi */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postComplaints: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FileComplaintInput"];
            };
        };
        responses: {
            /** @description Đã tiếp nhận đơn */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintFiled"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getComplaintsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Đơn khiếu nại, tố cáo */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getComplaintsByIdParty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thông tin người gửi (chỉ người được giao giải quyết) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintParty"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postComplaintsByIdClassify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClassifyComplaintInput"];
            };
        };
        responses: {
            /** @description Đơn sau bước xử lý */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postComplaintsByIdAccept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ComplaintStepInput"];
            };
        };
        responses: {
            /** @description Đơn sau bước xử lý */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postComplaintsByIdVerify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ComplaintStepInput"];
            };
        };
        responses: {
            /** @description Đơn sau bước xử lý */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postComplaintsByIdConclude: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConcludeComplaintInput"];
            };
        };
        responses: {
            /** @description Đơn sau bước xử lý */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getMyWork: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Việc chờ tôi xử lý, quá hạn trước */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyWork"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getAuthMeNotices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thiết lập thư thông báo của tôi */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    putAuthMeNotices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateNoticeSettingsInput"];
            };
        };
        responses: {
            /** @description Đã lưu thiết lập thư thông báo */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getFund: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Số dư, thu theo nguồn, chi theo cấp và các bút toán */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundOverview"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getFundExportXlsx: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sổ quỹ, thu theo nguồn, chi theo cấp khen thưởng */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getFundAwaiting: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Quyết định chờ chi và khen thưởng chờ thu hồi tiền */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundAwaiting"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postFundReceipts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FundReceiptInput"];
            };
        };
        responses: {
            /** @description Đã ghi khoản thu */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundEntry"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postFundPayments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FundConfirmPaymentInput"];
            };
        };
        responses: {
            /** @description Đã ghi các khoản chi */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundPaymentResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postFundRecoveries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FundRecoveryInput"];
            };
        };
        responses: {
            /** @description Đã ghi khoản thu hồi */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        entryId: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postFundEntriesByIdReversal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FundReversalInput"];
            };
        };
        responses: {
            /** @description Đã ghi bút toán đảo */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundEntry"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getModelConferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Hội nghị, mới nhất trước */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelConferenceList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postModelConferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateModelConference"];
            };
        };
        responses: {
            /** @description Đã tạo hội nghị */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelConference"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getModelConferencesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Hội nghị và người được vinh danh */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelConference"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postModelConferencesByIdHonourees: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddConferenceHonouree"];
            };
        };
        responses: {
            /** @description Đã thêm vào danh sách vinh danh */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelConference"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getModelConferencesByIdHonourListDocx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Danh sách vinh danh */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getModelConferencesByIdInvitationsDocx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Giấy mời */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getModels: {
        parameters: {
            query?: {
                status?: "DRAFT" | "SUBMITTED" | "RETURNED" | "APPROVED";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Điển hình của đơn vị và đơn vị trực thuộc */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExemplaryModelList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postModels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateExemplaryModel"];
            };
        };
        responses: {
            /** @description Đã tạo điển hình (đang soạn) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExemplaryModel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getModelsPublished: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Điển hình đã duyệt, công khai */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExemplaryModelList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getModelsReviewQueue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Điển hình đã gửi, chờ duyệt */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExemplaryModelList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getModelsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Điển hình, ảnh, khen thưởng và đơn vị nhân rộng */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExemplaryModel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    putModelsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateExemplaryModel"];
            };
        };
        responses: {
            /** @description Đã lưu */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExemplaryModel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postModelsByIdSubmit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Đã gửi duyệt */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExemplaryModel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postModelsByIdReturn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnExemplaryModel"];
            };
        };
        responses: {
            /** @description Đã trả lại */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExemplaryModel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postModelsByIdApprove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Đã duyệt, công khai */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExemplaryModel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postModelsByIdPhotos: {
        parameters: {
            query: {
                name: string;
                caption?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description Nội dung tệp (ảnh JPEG, ảnh PNG, ảnh WebP), tối đa 15 MB */
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description Đã thêm ảnh */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExemplaryModelPhoto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getModelsByIdPhotosByPhotoId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                photoId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ảnh JPEG đã thu nhỏ, không có siêu dữ liệu */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postModelsByIdAdoptions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdoptExemplaryModel"];
            };
        };
        responses: {
            /** @description Đã ghi nhận nhân rộng */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExemplaryModel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getInspectionPlans: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Kế hoạch kiểm tra trong phạm vi */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionPlanList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postInspectionPlans: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInspectionPlanInput"];
            };
        };
        responses: {
            /** @description Đã lập kế hoạch kiểm tra */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionPlan"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getInspectionPlansById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Kế hoạch kiểm tra */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionPlan"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    putInspectionPlansById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateInspectionPlanInput"];
            };
        };
        responses: {
            /** @description Kế hoạch kiểm tra sau khi sửa */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionPlan"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    deleteInspectionPlansById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Đã xóa */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postInspectionPlansByIdFindings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInspectionFindingInput"];
            };
        };
        responses: {
            /** @description Kế hoạch kiểm tra kèm kết quả mới */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionPlan"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    postInspectionFindingsByIdComplete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteInspectionFindingInput"];
            };
        };
        responses: {
            /** @description Kế hoạch kiểm tra sau khi cập nhật */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionPlan"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getInspectionPlansByIdReportDocx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Báo cáo kết quả kiểm tra */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            "4XX": components["responses"]["Rejected"];
        };
    };
    getOpenapiJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tài liệu OpenAPI 3.1 của API này */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        openapi: string;
                        info: {
                            title: string;
                            version: string;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            "4XX": components["responses"]["Rejected"];
        };
    };
}
