import type { ContentfulStatusCode } from 'hono/utils/http-status';

// Error codes of the portal's online filing ("Nộp hồ sơ trực tuyến") and its dossier look-up.
// Each has the Vietnamese message the portal shows and its HTTP status; lib/errors.ts composes the
// parts into one catalogue, and a code lives in exactly one part.
export const ONLINE_FILING_ERRORS = {
  ONLINE_PROCEDURE_NOT_OFFERED: 'Thủ tục này hiện không nhận hồ sơ trực tuyến.',
  ONLINE_FILING_DUPLICATE:
    'Hộ gia đình này đã có hồ sơ đăng ký trong năm; hãy tra cứu hồ sơ đã nộp bằng mã hồ sơ.',
  DOSSIER_NOT_FOUND: 'Không tìm thấy hồ sơ với mã này.',
} as const;

export const ONLINE_FILING_STATUS: Record<keyof typeof ONLINE_FILING_ERRORS, ContentfulStatusCode> = {
  ONLINE_PROCEDURE_NOT_OFFERED: 404,
  ONLINE_FILING_DUPLICATE: 409,
  DOSSIER_NOT_FOUND: 404,
};
