import { html } from 'hono/html';
import { AppError } from '../../lib/errors';
import { signaturesForCode } from '../signing/index';
import { VERIFICATION_CODE, verifyCode } from '../verification/index';
import type { PortalCtx } from './portal-context';
import { type Html, page, viDate } from './portal-html';
import { signatureSection } from './portal-signature.page';

// Xác minh giấy chứng nhận: the page a certificate's QR code opens, and a form to type a code in.
// A forged, mistyped or unknown code gets one plain answer, never a generic error.

export const NOT_FOUND_TEXT = 'Không tìm thấy giấy chứng nhận với mã này';

function codeForm(value: string): Html {
  return html`<form class="filters" method="get" action="/cong-khai/xac-minh" role="search" aria-label="Xác minh giấy chứng nhận">
<div class="field"><label for="ma">Mã xác minh in trên giấy chứng nhận</label><input id="ma" name="ma" value="${value}" maxlength="64" autocomplete="off" spellcheck="false"></div>
<button type="submit">Xác minh</button>
</form>`;
}

export function verifyFormPage(p: PortalCtx): Html {
  const title = 'Xác minh giấy chứng nhận khen thưởng';
  return page(
    p.meta(
      'verify',
      title,
      'Kiểm tra giấy khen, bằng khen là thật và còn hiệu lực bằng mã QR hoặc mã xác minh in trên giấy.',
      '/cong-khai/xac-minh',
    ),
    html`<h1>${title}</h1>
<p class="lead">Quét mã QR trên giấy khen, bằng khen hoặc nhập mã xác minh in bên cạnh mã QR.</p>
${codeForm('')}`,
  );
}

/** The result page; `found` false means the 404 answer with the plain message. */
export async function verifyResultPage(p: PortalCtx, code: string): Promise<{ body: Html; found: boolean }> {
  let result: Awaited<ReturnType<typeof verifyCode>> | null = null;
  if (VERIFICATION_CODE.test(code)) {
    try {
      result = await verifyCode(p.db, code);
    } catch (e) {
      if (!(e instanceof AppError && e.code === 'VERIFICATION_NOT_FOUND')) throw e;
    }
  }
  const title = 'Kết quả xác minh giấy chứng nhận';
  const meta = {
    ...p.meta(
      'verify',
      title,
      'Kết quả kiểm tra giấy khen, bằng khen theo mã xác minh.',
      `/cong-khai/xac-minh/${encodeURIComponent(code)}`,
    ),
    noIndex: true,
  };
  if (!result) {
    return {
      found: false,
      body: page(
        meta,
        html`<h1>${title}</h1>
<p class="notice error" role="alert" data-testid="verification-not-found">${NOT_FOUND_TEXT}.</p>
<p>Hãy kiểm tra lại mã in trên giấy chứng nhận. Nếu mã đúng mà vẫn không tìm thấy, giấy chứng nhận có thể không do cơ quan này cấp; hãy liên hệ cơ quan thi đua, khen thưởng.</p>
${codeForm(code.slice(0, 64))}`,
      ),
    };
  }
  const r = result;
  const signatures = await signaturesForCode(p.db, p.dataDir, code);
  return {
    found: true,
    body: page(
      meta,
      html`<h1>${title}</h1>
${
  r.status === 'VALID'
    ? html`<p class="notice ok" role="status" data-testid="verification-status" data-status="VALID">Giấy chứng nhận hợp lệ, khen thưởng còn hiệu lực.</p>`
    : html`<p class="notice error" role="status" data-testid="verification-status" data-status="REVOKED">Khen thưởng này đã bị thu hồi${r.revokedOn ? ` ngày ${viDate(r.revokedOn)}` : ''}.</p>`
}
<dl class="facts" data-testid="verification">
<dt>Người, tập thể được khen thưởng</dt><dd>${r.recipientName}</dd>
<dt>Đơn vị</dt><dd>${r.unitLine}</dd>
<dt>Hình thức</dt><dd>${r.certificateKind} — ${r.award}</dd>
${r.achievement ? html`<dt>Thành tích</dt><dd>${r.achievement}</dd>` : ''}
<dt>Quyết định</dt><dd>Số ${r.decisionNumber} ngày ${viDate(r.decisionDate)}</dd>
<dt>Cơ quan ban hành</dt><dd>${r.issuer}</dd>
<dt>Số vào sổ</dt><dd>${String(r.registryNumber).padStart(6, '0')}</dd>
</dl>
${signatureSection(signatures)}`,
    ),
  };
}
