import { COMPLAINT_STATE_LABELS, type ComplaintState } from '@vinhdanh/domain/complaints/complaint-flow';
import { COMPLAINT_KIND_LABELS } from '@vinhdanh/domain/complaints/time-limits';
import { html } from 'hono/html';
import { oidcStartPath } from '../../config/oidc-config';
import { filingsOf, MY_FILINGS_PATH, type SignedInCitizen } from '../oidc/index';

export { MY_FILINGS_PATH };

import { COMPLAINT_PATH } from './portal-complaints.page';
import type { PortalCtx } from './portal-context';
import { type Html, page, viDate } from './portal-html';

/** A POST with the session's CSRF token in the form: a link or an image elsewhere cannot sign a citizen out. */
export const CITIZEN_LOGOUT_PATH = `${MY_FILINGS_PATH}/dang-xuat`;

/**
 * "Hồ sơ của tôi": the complaints and denunciations a citizen signed in through VNeID filed
 * online, with their step and answer. Without a citizen session: how to sign in.
 */
export async function myFilingsPage(
  p: PortalCtx,
  citizen: Pick<SignedInCitizen, 'userId' | 'fullName' | 'csrfToken'> | undefined,
  vneidConfigured: boolean,
): Promise<Html> {
  const meta = {
    ...p.meta(
      'complaints',
      'Hồ sơ của tôi',
      'Các đơn công dân đã gửi trực tuyến và kết quả xử lý.',
      MY_FILINGS_PATH,
    ),
    noIndex: true,
  };
  if (!citizen) {
    return page(
      meta,
      html`<h1>Hồ sơ của tôi</h1>
<p>Đăng nhập bằng tài khoản định danh điện tử để xem các đơn bạn đã gửi trực tuyến.</p>
${vneidConfigured ? html`<p><a class="button" href="${oidcStartPath('vneid')}" data-testid="citizen-login">Đăng nhập bằng VNeID</a></p>` : html`<p>Cổng thông tin chưa bật đăng nhập bằng VNeID. Bạn vẫn tra cứu được đơn bằng mã tra cứu.</p>`}
<p><a href="${COMPLAINT_PATH}/tra-cuu">Tra cứu đơn bằng mã tra cứu</a></p>`,
    );
  }
  const rows = await filingsOf(p.db, p.tenant.tenantId, citizen.userId);
  return page(
    meta,
    html`<h1>Hồ sơ của tôi</h1>
<p data-testid="citizen-name">Công dân: <strong>${citizen.fullName}</strong></p>
<form method="post" action="${CITIZEN_LOGOUT_PATH}">
<input type="hidden" name="csrf" value="${citizen.csrfToken}">
<button type="submit" data-testid="citizen-logout">Đăng xuất</button>
</form>
<p><a href="${COMPLAINT_PATH}">Gửi đơn khiếu nại, tố cáo</a></p>
${
  rows.length === 0
    ? html`<p data-testid="citizen-no-filings">Bạn chưa gửi đơn nào khi đăng nhập.</p>`
    : html`<table data-testid="citizen-filings">
<thead><tr><th scope="col">Mã tra cứu</th><th scope="col">Loại đơn</th><th scope="col">Đối tượng</th><th scope="col">Ngày tiếp nhận</th><th scope="col">Tình trạng</th><th scope="col">Trả lời</th></tr></thead>
<tbody>${rows.map(
        (r) => html`<tr>
<td><a href="${COMPLAINT_PATH}/tra-cuu?ma=${r.trackingCode}">${r.trackingCode}</a></td>
<td>${COMPLAINT_KIND_LABELS[r.filedAs]}</td>
<td>${r.subjectName}</td>
<td>${viDate(r.receivedOn)}</td>
<td>${COMPLAINT_STATE_LABELS[r.state as ComplaintState] ?? r.state}</td>
<td>${r.answer ?? ''}</td>
</tr>`,
      )}</tbody>
</table>`
}`,
  );
}
