import { html } from 'hono/html';
import type { StoredSignature, UploadVerdict } from '../signing/index';
import type { PortalCtx } from './portal-context';
import { type Html, page } from './portal-html';

// Digital signatures on the portal: the verification page says whether the decision's signed
// PDFs verify, by whom and when; a form checks any PDF that claims to come from the tenant.

export const SIGNATURE_CHECK_PATH = '/cong-khai/kiem-tra-chu-ky';
/** An uploaded PDF: a decision with its annex or a batch of certificates is well under this. */
export const SIGNATURE_UPLOAD_LIMIT = 2 * 1024 * 1024;

/** "14:05 ngày 05/02/2026", in Vietnam time (UTC+7, no daylight saving). */
export function viDateTime(d: Date): string {
  const vn = new Date(d.getTime() + 7 * 3600_000).toISOString();
  return `${vn.slice(11, 16)} ngày ${vn.slice(8, 10)}/${vn.slice(5, 7)}/${vn.slice(0, 4)}`;
}

const KIND_LABEL = {
  DECISION: 'Quyết định (bản điện tử)',
  CERTIFICATES: 'Giấy khen, bằng khen (bản điện tử)',
  CERTIFICATE: 'Bằng khen, giấy chứng nhận (bản điện tử do cấp trên ký số)',
} as const;

function signatureLine(s: StoredSignature): Html {
  const who = s.signerName ?? 'không rõ';
  const when = s.signedAt ? ` lúc ${viDateTime(s.signedAt)}` : '';
  return s.status === 'VALID'
    ? html`<dt>${KIND_LABEL[s.kind]}</dt><dd data-testid="signature-${s.kind}" data-status="VALID">Chữ ký số hợp lệ — ký bởi ${who}${when}</dd>`
    : html`<dt>${KIND_LABEL[s.kind]}</dt><dd data-testid="signature-${s.kind}" data-status="INVALID">Chữ ký số không hợp lệ: bản lưu đã bị thay đổi sau khi ký. Hãy liên hệ cơ quan ban hành.</dd>`;
}

/** The signature facts under a certificate's verification result. */
export function signatureSection(signatures: StoredSignature[]): Html {
  if (signatures.length === 0) {
    return html`<p data-testid="signature-none">Quyết định này chưa có bản điện tử ký số; giá trị pháp lý theo bản giấy có chữ ký và con dấu.</p>`;
  }
  return html`<h2>Chữ ký số</h2>
<dl class="facts" data-testid="signatures">${signatures.map(signatureLine)}</dl>
<p>Có bản PDF cần đối chiếu? <a href="${SIGNATURE_CHECK_PATH}">Kiểm tra chữ ký số của tệp PDF</a>.</p>`;
}

function uploadForm(): Html {
  return html`<form class="filters" method="post" action="${SIGNATURE_CHECK_PATH}" enctype="multipart/form-data" aria-label="Kiểm tra chữ ký số">
<div class="field"><label for="tep">Tệp PDF (tối đa 2 MB)</label><input id="tep" name="tep" type="file" accept="application/pdf,.pdf" required></div>
<button type="submit">Kiểm tra</button>
</form>`;
}

export function signatureCheckFormPage(p: PortalCtx, message?: string): Html {
  const title = 'Kiểm tra chữ ký số văn bản';
  return page(
    {
      ...p.meta(
        'verify',
        title,
        `Kiểm tra một tệp PDF quyết định, giấy khen có đúng do ${p.tenant.name} ký số và còn nguyên vẹn.`,
        SIGNATURE_CHECK_PATH,
      ),
    },
    html`<h1>${title}</h1>
<p class="lead">Chọn tệp PDF quyết định hoặc giấy khen, bằng khen điện tử mà bạn nhận được. Hệ thống kiểm tra chữ ký số trong tệp: tệp có còn nguyên vẹn và có đúng do ${p.tenant.name} ký hay không. Tệp không được lưu lại.</p>
${message ? html`<p class="notice error" role="alert" data-testid="signature-check-error">${message}</p>` : ''}
${uploadForm()}`,
  );
}

export type UploadResult = {
  verdict: UploadVerdict;
  signerName: string | null;
  signedAt: Date | null;
  decisionNumber: string | null;
};

export function signatureCheckResultPage(p: PortalCtx, r: UploadResult): Html {
  const title = 'Kết quả kiểm tra chữ ký số';
  const who = r.signerName ?? 'không rõ';
  const when = r.signedAt ? ` lúc ${viDateTime(r.signedAt)}` : '';
  const verdicts: Record<UploadVerdict, { ok: boolean; text: string }> = {
    ORIGINAL: {
      ok: true,
      text: `Tệp đúng là bản điện tử do ${p.tenant.name} ký số${r.decisionNumber ? ` (Quyết định số ${r.decisionNumber})` : ''} và còn nguyên vẹn.`,
    },
    TENANT_SIGNED: {
      ok: true,
      text: `Chữ ký số hợp lệ, đúng chứng thư số của ${p.tenant.name}; tệp còn nguyên vẹn từ khi ký.`,
    },
    OTHER_SIGNER: {
      ok: false,
      text: `Chữ ký số còn nguyên vẹn nhưng không phải chứng thư số của ${p.tenant.name}: không xác nhận được tệp do cơ quan này ban hành.`,
    },
    INVALID: {
      ok: false,
      text: 'Chữ ký số không hợp lệ: tệp đã bị thay đổi sau khi ký hoặc chữ ký bị hỏng.',
    },
    UNSIGNED: { ok: false, text: 'Tệp không có chữ ký số.' },
  };
  const v = verdicts[r.verdict];
  return page(
    {
      ...p.meta('verify', title, 'Kết quả kiểm tra chữ ký số của tệp PDF.', SIGNATURE_CHECK_PATH),
      noIndex: true,
    },
    html`<h1>${title}</h1>
<p class="notice ${v.ok ? 'ok' : 'error'}" role="status" data-testid="signature-check" data-verdict="${r.verdict}">${v.text}</p>
${
  r.verdict === 'UNSIGNED'
    ? ''
    : html`<dl class="facts"><dt>Người ký (theo chứng thư số)</dt><dd data-testid="signature-check-signer">${who}</dd><dt>Thời điểm ký</dt><dd>${when ? when.slice(5) : 'không ghi'}</dd></dl>`
}
<p><a href="${SIGNATURE_CHECK_PATH}">Kiểm tra tệp khác</a></p>`,
  );
}
