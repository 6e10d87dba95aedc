import { and, eq } from 'drizzle-orm';
import { html } from 'hono/html';
import { proposalItem } from '../../db/schema/index';
import { trackComplaint } from '../complaints/index';
import type { PortalCtx } from './portal-context';
import { type Html, page, viDate } from './portal-html';

// Khiếu nại, tố cáo from the portal: a plain form (no account, no script), a tracking code on a
// receipt page, and a look-up by that code. What the citizen wrote about themselves is never
// shown back on these pages: the receipt and the look-up show the case, not the person.

export const COMPLAINT_PATH = '/cong-khai/khieu-nai-to-cao';
export const COMPLAINT_HONEYPOT = 'website';

/** A refusal: its Vietnamese message, and its stable code (as the JSON API's) on the element. */
export type ComplaintFormState = { error?: string; code?: string; values?: Record<string, string> };

export async function nomineeName(p: PortalCtx, itemId: string | undefined) {
  if (!itemId || !/^[0-9a-f-]{36}$/i.test(itemId)) return null;
  const [item] = await p.db
    .select({ name: proposalItem.subjectName })
    .from(proposalItem)
    .where(and(eq(proposalItem.tenantId, p.tenant.tenantId), eq(proposalItem.id, itemId)));
  return item ? { itemId, name: item.name } : null;
}

export async function complaintFormPage(
  p: PortalCtx,
  itemId: string | undefined,
  state: ComplaintFormState = {},
): Promise<Html> {
  const nominee = await nomineeName(p, itemId ?? state.values?.itemId);
  const v = state.values ?? {};
  const title = 'Gửi khiếu nại, tố cáo về thi đua, khen thưởng';
  const checked = (on: boolean) => (on ? html` checked` : '');
  return page(
    p.meta(
      'complaints',
      title,
      `Gửi khiếu nại, tố cáo về việc xét khen thưởng tới ${p.tenant.name} và theo dõi kết quả bằng mã tra cứu.`,
      COMPLAINT_PATH,
    ),
    html`<h1>${title}</h1>
<p class="lead">Đơn được tiếp nhận, phân loại và giải quyết theo Luật Khiếu nại và Luật Tố cáo. Bạn nhận mã tra cứu để theo dõi mà không cần tài khoản.</p>
<p class="muted">Họ tên, địa chỉ và thông tin liên hệ của người tố cáo được giữ bí mật: chỉ cán bộ được giao giải quyết được xem, và không bao giờ hiển thị trên cổng thông tin.</p>
${state.error ? html`<p class="notice error" role="alert" data-testid="complaint-error" data-error-code="${state.code ?? 'INVALID_INPUT'}">${state.error}</p>` : ''}
<form method="post" action="${COMPLAINT_PATH}" data-testid="complaint-form">
${nominee ? html`<input type="hidden" name="itemId" value="${nominee.itemId}">` : ''}
<div class="honeypot" aria-hidden="true"><label for="kn-web">Để trống ô này</label><input id="kn-web" name="${COMPLAINT_HONEYPOT}" tabindex="-1" autocomplete="off"></div>
<fieldset class="field wide"><legend>Loại đơn</legend>
<label><input type="radio" name="filedAs" value="TO_CAO"${checked(v.filedAs !== 'KHIEU_NAI')}> Tố cáo (báo hành vi vi phạm pháp luật)</label>
<label><input type="radio" name="filedAs" value="KHIEU_NAI"${checked(v.filedAs === 'KHIEU_NAI')}> Khiếu nại (đề nghị xem xét lại quyết định)</label>
</fieldset>
<div class="field wide"><label for="kn-subject">Người, đơn vị, hồ sơ hoặc quyết định bị khiếu nại, tố cáo</label><input id="kn-subject" name="subjectName" required minlength="2" maxlength="200" value="${v.subjectName ?? nominee?.name ?? ''}"></div>
<div class="field wide"><label for="kn-content">Nội dung</label><textarea id="kn-content" name="content" required minlength="20" maxlength="8000">${v.content ?? ''}</textarea></div>
<div class="field"><label for="kn-name">Họ và tên người gửi</label><input id="kn-name" name="fullName" required minlength="2" maxlength="120" autocomplete="name" value="${v.fullName ?? ''}"></div>
<div class="field"><label for="kn-contact">Số điện thoại hoặc thư điện tử</label><input id="kn-contact" name="contact" required minlength="5" maxlength="200" value="${v.contact ?? ''}"></div>
<div class="field wide"><label for="kn-address">Địa chỉ (không bắt buộc)</label><input id="kn-address" name="address" maxlength="300" autocomplete="street-address" value="${v.address ?? ''}"></div>
<p><button type="submit">Gửi đơn</button></p>
</form>
<h2>Tra cứu đơn đã gửi</h2>
${trackForm('')}`,
  );
}

function trackForm(value: string): Html {
  return html`<form class="filters" method="get" action="${COMPLAINT_PATH}/tra-cuu" role="search" aria-label="Tra cứu đơn khiếu nại, tố cáo">
<div class="field"><label for="kn-ma">Mã tra cứu</label><input id="kn-ma" name="ma" value="${value}" maxlength="20" autocomplete="off" spellcheck="false"></div>
<button type="submit">Tra cứu</button>
</form>`;
}

export async function complaintTrackPage(
  p: PortalCtx,
  code: string,
  isNew: boolean,
): Promise<{ body: Html; found: boolean }> {
  const clean = code.trim().toUpperCase().slice(0, 20);
  const t = clean ? await trackComplaint(p.db, p.tenant.tenantId, clean) : null;
  const title = 'Tra cứu đơn khiếu nại, tố cáo';
  const meta = {
    ...p.meta(
      'complaints',
      title,
      'Tình trạng giải quyết đơn khiếu nại, tố cáo theo mã tra cứu.',
      `${COMPLAINT_PATH}/tra-cuu`,
    ),
    noIndex: true,
  };
  if (!t) {
    return {
      found: false,
      body: page(
        meta,
        html`<h1>${title}</h1>
${clean ? html`<p class="notice error" role="alert" data-testid="complaint-not-found">Không tìm thấy đơn với mã tra cứu này.</p>` : ''}
${trackForm(clean)}`,
      ),
    };
  }
  return {
    found: true,
    body: page(
      meta,
      html`<h1>${title}</h1>
${isNew ? html`<p class="notice ok" role="status" data-testid="complaint-received">Đơn đã được tiếp nhận. Hãy ghi lại mã tra cứu <strong data-testid="tracking-code">${t.trackingCode}</strong> để theo dõi kết quả.</p>` : ''}
<dl class="facts" data-testid="complaint-status" data-state="${t.state}">
<dt>Mã tra cứu</dt><dd>${t.trackingCode}</dd>
<dt>Loại đơn</dt><dd>${t.filedAs}</dd>
<dt>Ngày tiếp nhận</dt><dd>${viDate(t.receivedOn)}</dd>
<dt>Tình trạng</dt><dd data-testid="complaint-state">${t.stateLabel}</dd>
${t.state !== 'CONCLUDED' && t.state !== 'TRANSFERRED' ? html`<dt>Hạn xử lý bước hiện tại</dt><dd>${viDate(t.dueOn)}</dd>` : ''}
${t.transferredTo ? html`<dt>Đã chuyển đến</dt><dd>${t.transferredTo}</dd>` : ''}
${t.outcome ? html`<dt>Kết luận</dt><dd>${t.outcome} (ngày ${viDate(t.concludedOn)})</dd>` : ''}
${t.answer ? html`<dt>Trả lời</dt><dd data-testid="complaint-answer">${t.answer}</dd>` : ''}
</dl>
${trackForm(t.trackingCode)}`,
    ),
  };
}
