import { html } from 'hono/html';
import { listOpenLists, type NomineeSummary } from './portal-comments.repository';
import type { PortalCtx } from './portal-context';
import { type Html, page, viDate, viNumber } from './portal-html';

// Lấy ý kiến nhân dân: each nominee with the proposed award, the summary of achievements, the
// deadline, and a comment form that works without JavaScript (a plain POST, answered with a
// redirect). A hidden honeypot field catches form-filling robots.

export type CommentFormState = {
  sentItemId?: string | undefined;
  failed?: { itemId: string; message: string; code?: string; values: Record<string, string> } | undefined;
};

export const HONEYPOT_FIELD = 'website';

function summary(n: NomineeSummary): Html {
  return html`<div data-testid="achievements">
${n.achievement ? html`<p><strong>Thành tích đề nghị khen thưởng:</strong> ${n.achievement}</p>` : ''}
${
  n.years.length
    ? html`<h4>Kết quả đánh giá, sáng kiến</h4><ul>${n.years.map((y) => html`<li>Năm ${y.year}: ${[y.rating, y.initiatives].filter(Boolean).join('; ')}</li>`)}</ul>`
    : ''
}
${n.awards.length ? html`<h4>Danh hiệu, hình thức khen thưởng đã có</h4><ul>${n.awards.map((a) => html`<li>${a}</li>`)}</ul>` : ''}
${n.chains.length ? html`<ul>${n.chains.map((c) => html`<li>${c}</li>`)}</ul>` : ''}
${!n.achievement && !n.years.length && !n.awards.length ? html`<p>Chưa có dữ liệu thành tích trong hệ thống.</p>` : ''}
</div>`;
}

function commentForm(n: NomineeSummary, state: CommentFormState): Html {
  const failed = state.failed?.itemId === n.itemId ? state.failed : undefined;
  const v = failed?.values ?? {};
  const id = (f: string) => `${f}-${n.itemId}`;
  if (state.sentItemId === n.itemId) {
    return html`<p class="notice ok" role="status" data-testid="comment-sent">Cảm ơn bạn. Ý kiến đã được ghi nhận và sẽ được cơ quan thi đua, khen thưởng xem xét.</p>`;
  }
  return html`<details${failed ? html` open` : ''}>
<summary>Góp ý về trường hợp này</summary>
${failed ? html`<p class="notice error" role="alert" data-testid="comment-error" data-error-code="${failed.code ?? 'INVALID_INPUT'}">${failed.message}</p>` : ''}
<form method="post" action="/cong-khai/y-kien#ung-vien-${n.itemId}" data-testid="comment-form">
<input type="hidden" name="itemId" value="${n.itemId}">
<div class="honeypot" aria-hidden="true"><label for="${id('web')}">Để trống ô này</label><input id="${id('web')}" name="${HONEYPOT_FIELD}" tabindex="-1" autocomplete="off"></div>
<div class="field"><label for="${id('name')}">Họ và tên</label><input id="${id('name')}" name="name" required minlength="2" maxlength="120" autocomplete="name" value="${v.name ?? ''}"></div>
<div class="field"><label for="${id('contact')}">Số điện thoại hoặc thư điện tử</label><input id="${id('contact')}" name="contact" required minlength="5" maxlength="200" value="${v.contact ?? ''}"></div>
<div class="field wide"><label for="${id('text')}">Nội dung ý kiến</label><textarea id="${id('text')}" name="text" required minlength="10" maxlength="5000">${v.text ?? ''}</textarea></div>
<p class="muted">Họ tên và thông tin liên hệ chỉ cơ quan xử lý được xem, không công khai.</p>
<button type="submit">Gửi ý kiến</button>
</form>
</details>`;
}

export async function commentsPage(p: PortalCtx, state: CommentFormState = {}): Promise<Html> {
  const lists = await listOpenLists(p.db, p.tenant.tenantId);
  const count = lists.reduce((n, l) => n + l.items.length, 0);
  const title = 'Lấy ý kiến nhân dân về danh sách đề nghị khen thưởng';
  return page(
    p.meta(
      'comments',
      title,
      `Danh sách tập thể, cá nhân được đề nghị khen thưởng đang lấy ý kiến nhân dân: thành tích, hình thức đề nghị và thời hạn góp ý. Hiện có ${count} trường hợp.`,
      '/cong-khai/y-kien',
    ),
    html`<h1 data-testid="page-title">${title}</h1>
<p class="lead">Các trường hợp dưới đây đang được công khai để nhân dân góp ý trước khi Hội đồng thi đua, khen thưởng xét. Mọi người đều có thể góp ý, không cần tài khoản.</p>
${
  lists.length === 0
    ? html`<p>Hiện không có danh sách nào đang lấy ý kiến.</p>`
    : lists.map(
        (l) => html`<section aria-labelledby="ds-${l.proposalId}">
<h2 id="ds-${l.proposalId}">${l.title}</h2>
<p>Thời hạn góp ý: hết ngày <strong>${viDate(l.until)}</strong> · ${viNumber(l.items.length)} trường hợp</p>
${l.items.map(
  (
    n,
  ) => html`<article class="nominee" id="ung-vien-${n.itemId}" data-testid="public-item" data-subject="${n.subjectName}">
<h3>${n.subjectName}</h3>
<p class="muted">${{ PERSON: 'Cá nhân', COLLECTIVE: 'Tập thể', HOUSEHOLD: 'Hộ gia đình' }[n.subjectType]} · ${n.unitName}</p>
<p>Đề nghị: <strong data-testid="proposed-award">${n.awardName}</strong> · Hạn góp ý: ${viDate(l.until)}</p>
${summary(n)}
${commentForm(n, state)}
<p><a href="/cong-khai/khieu-nai-to-cao?doi-tuong=${n.itemId}">Khiếu nại, tố cáo về trường hợp này</a></p>
</article>`,
)}
</section>`,
      )
}`,
  );
}
