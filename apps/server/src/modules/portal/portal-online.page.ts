import {
  ONLINE_PROCEDURE_INFO,
  ONLINE_SERVICES_CITATION,
  type OnlineProcedure,
} from '@vinhdanh/domain/workflow/online-procedures';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { html } from 'hono/html';
import { orgUnit } from '../../db/schema/index';
import { type DossierStatus, ONLINE_MAX_ATTACHMENTS, trackDossier } from '../proposals/index';
import type { PortalCtx } from './portal-context';
import { type Html, page, viDate } from './portal-html';

// "Nộp hồ sơ trực tuyến": the procedures the tenant offers online (its portal settings), the
// household's Gia đình văn hóa registration form (no account, no script), the confirmation with
// the dossier code, and the look-up of any filed dossier by that code (docs/interop.md).
// A unit's đột xuất proposal is filed by the unit's emulation officer signed in to Vinh Danh
// (decision 020): the page says so and links to the sign-in.

export const ONLINE_PATH = '/cong-khai/nop-ho-so';
export const HOUSEHOLD_FORM_PATH = `${ONLINE_PATH}/gia-dinh-van-hoa`;
export const DOSSIER_TRACK_PATH = `${ONLINE_PATH}/tra-cuu`;
export const ONLINE_HONEYPOT = 'website';
/** The console's new-proposal page, behind the sign-in. */
const NEW_PROPOSAL_PATH = '/dang-nhap?redirect=%2Fho-so-de-nghi%2Fmoi';

export type FormState = { error?: string; code?: string; values?: Record<string, string> };

/** The MaTTHC of each procedure from the tenant's portal sync settings ('' when not set). */
export type ProcedureCodes = Partial<Record<string, string>>;

function meta(p: PortalCtx, title: string, description: string, path: string, noIndex = false) {
  return { ...p.meta('online', title, description, path), ...(noIndex && { noIndex }) };
}

function trackForm(value: string): Html {
  return html`<form class="filters" method="get" action="${DOSSIER_TRACK_PATH}" role="search" aria-label="Tra cứu hồ sơ">
<div class="field"><label for="hs-ma">Mã hồ sơ</label><input id="hs-ma" name="ma" value="${value}" maxlength="80" autocomplete="off" spellcheck="false" placeholder="SONHA-261205-0123456789AB"></div>
<button type="submit">Tra cứu</button>
</form>`;
}

export function onlineIndexPage(p: PortalCtx, codes: ProcedureCodes): Html {
  const title = 'Nộp hồ sơ trực tuyến';
  const offered = p.settings.onlineProcedures;
  const item = (procedure: OnlineProcedure) => {
    const info = ONLINE_PROCEDURE_INFO[procedure];
    const code = codes[info.procedureKey];
    return html`<li class="card" data-testid="online-procedure" data-procedure="${procedure}">
<h2>${info.name}</h2>
<p class="muted">Căn cứ: ${info.citation}.${code ? html` Mã thủ tục trên Cổng Dịch vụ công quốc gia: <strong>${code}</strong>.` : ''}</p>
${
  info.applicant === 'HOUSEHOLD'
    ? html`<p>Chủ hộ hoặc thành viên hộ gia đình nộp hồ sơ, không cần tài khoản. Hồ sơ được chuyển đến Ủy ban nhân dân xã, phường nơi hộ cư trú.</p>
<p><a class="button" href="${HOUSEHOLD_FORM_PATH}">Nộp hồ sơ</a></p>`
    : html`<p>Hồ sơ do cán bộ thi đua, khen thưởng của đơn vị nộp bằng tài khoản đơn vị đã được cấp, kèm tờ trình của thủ trưởng đơn vị.</p>
<p><a class="button" href="${NEW_PROPOSAL_PATH}">Đăng nhập để nộp hồ sơ của đơn vị</a></p>`
}
</li>`;
  };
  return page(
    meta(
      p,
      title,
      `Các thủ tục thi đua, khen thưởng ${p.tenant.name} nhận hồ sơ trực tuyến, và tra cứu hồ sơ đã nộp.`,
      ONLINE_PATH,
    ),
    html`<h1>${title}</h1>
<p class="lead">Dịch vụ công trực tuyến về thi đua, khen thưởng (${ONLINE_SERVICES_CITATION}). Mỗi hồ sơ có một mã hồ sơ, dùng để tra cứu tại đây và trên Cổng Dịch vụ công quốc gia.</p>
${offered.length ? html`<ul class="cards">${offered.map(item)}</ul>` : html`<p data-testid="online-none">Hiện chưa có thủ tục nào nhận hồ sơ trực tuyến.</p>`}
<h2>Tra cứu hồ sơ đã nộp</h2>
${trackForm('')}`,
  );
}

export type RegistrationUnit = { id: string; label: string };

/** The villages a household may register under, each with its commune, in tree order. */
export async function registrationUnits(p: PortalCtx): Promise<RegistrationUnit[]> {
  const rows = await p.db
    .select({ id: orgUnit.id, name: orgUnit.name, type: orgUnit.type, path: orgUnit.path })
    .from(orgUnit)
    .where(
      and(
        eq(orgUnit.tenantId, p.tenant.tenantId),
        eq(orgUnit.status, 'ACTIVE'),
        inArray(orgUnit.type, ['THON_TO_DAN_PHO', 'XA_PHUONG']),
      ),
    )
    .orderBy(asc(orgUnit.path));
  const communes = rows.filter((r) => r.type === 'XA_PHUONG');
  return rows
    .filter((r) => r.type === 'THON_TO_DAN_PHO')
    .map((r) => {
      const commune = communes.find((c) => r.path.startsWith(c.path));
      return { id: r.id, label: commune ? `${r.name} — ${commune.name}` : r.name };
    })
    .sort((a, b) => a.label.localeCompare(b.label, 'vi'));
}

export function householdFormPage(
  p: PortalCtx,
  units: RegistrationUnit[],
  year: number,
  state: FormState = {},
): Html {
  const info = ONLINE_PROCEDURE_INFO.GIA_DINH_VAN_HOA;
  const v = state.values ?? {};
  const selected = (id: string) => (v.unitId === id ? html` selected` : '');
  return page(
    meta(
      p,
      info.name,
      `Hộ gia đình đăng ký danh hiệu "Gia đình văn hóa" trực tuyến với ${p.tenant.name}.`,
      HOUSEHOLD_FORM_PATH,
    ),
    html`<h1>${info.name}</h1>
<p class="lead">Căn cứ: ${info.citation}. Hồ sơ được chuyển đến Ủy ban nhân dân xã, phường nơi hộ cư trú; bạn nhận mã hồ sơ để tra cứu kết quả.</p>
<p class="muted">Số điện thoại và thư điện tử chỉ dùng để cán bộ liên hệ về hồ sơ, không được công khai.</p>
${state.error ? html`<p class="notice error" role="alert" data-testid="online-error" data-error-code="${state.code ?? 'INVALID_INPUT'}">${state.error}</p>` : ''}
<form method="post" action="${HOUSEHOLD_FORM_PATH}" enctype="multipart/form-data" data-testid="household-form">
<div class="honeypot" aria-hidden="true"><label for="hs-web">Để trống ô này</label><input id="hs-web" name="${ONLINE_HONEYPOT}" tabindex="-1" autocomplete="off"></div>
<div class="field wide"><label for="hs-unit">Thôn, tổ dân phố nơi hộ cư trú</label><select id="hs-unit" name="unitId" required>
<option value="">— Chọn thôn, tổ dân phố —</option>
${units.map((u) => html`<option value="${u.id}"${selected(u.id)}>${u.label}</option>`)}
</select></div>
<div class="field"><label for="hs-head">Họ và tên chủ hộ</label><input id="hs-head" name="headName" required minlength="2" maxlength="120" autocomplete="name" value="${v.headName ?? ''}"></div>
<div class="field"><label for="hs-year">Năm đăng ký</label><input id="hs-year" name="year" type="number" required min="2000" max="2100" value="${v.year ?? String(year)}"></div>
<div class="field wide"><label for="hs-address">Địa chỉ của hộ</label><input id="hs-address" name="address" required minlength="3" maxlength="255" autocomplete="street-address" value="${v.address ?? ''}"></div>
<div class="field"><label for="hs-phone">Số điện thoại</label><input id="hs-phone" name="phone" type="tel" required maxlength="20" autocomplete="tel" value="${v.phone ?? ''}"></div>
<div class="field"><label for="hs-email">Thư điện tử (không bắt buộc)</label><input id="hs-email" name="email" type="email" maxlength="200" autocomplete="email" value="${v.email ?? ''}"></div>
<div class="field wide"><label for="hs-pledge">Nội dung đăng ký (không bắt buộc)</label><textarea id="hs-pledge" name="pledge" maxlength="2000">${v.pledge ?? ''}</textarea></div>
<div class="field wide"><label for="hs-files">Tệp kèm theo: bản đăng ký có chữ ký, ảnh giấy tờ (PDF, JPEG, PNG; tối đa ${ONLINE_MAX_ATTACHMENTS} tệp, mỗi tệp 5 MB; không bắt buộc)</label><input id="hs-files" name="tep" type="file" multiple accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"></div>
<p><button type="submit">Nộp hồ sơ</button></p>
</form>`,
  );
}

function statusFacts(t: DossierStatus): Html {
  return html`<dl class="facts" data-testid="dossier-status" data-portal-status="${t.portalStatus}">
<dt>Mã hồ sơ</dt><dd data-testid="dossier-code">${t.code}</dd>
<dt>Thủ tục</dt><dd>${t.procedure}</dd>
<dt>Ngày nộp</dt><dd>${viDate(t.filedOn)}</dd>
<dt>Trạng thái</dt><dd data-testid="dossier-state">${t.portalStatusLabel} (${t.stateLabel})</dd>
${t.handledBy ? html`<dt>${t.isFinal ? 'Cơ quan đã giải quyết' : 'Cơ quan đang giải quyết'}</dt><dd>${t.handledBy}</dd>` : ''}
</dl>`;
}

export async function dossierTrackPage(
  p: PortalCtx,
  code: string,
  isNew: boolean,
): Promise<{ body: Html; found: boolean }> {
  const clean = code.trim().toUpperCase().slice(0, 80);
  const t = clean ? await trackDossier(p.db, p.tenant.tenantId, clean) : null;
  const title = 'Tra cứu hồ sơ';
  const m = meta(
    p,
    title,
    'Tình trạng giải quyết hồ sơ thi đua, khen thưởng theo mã hồ sơ.',
    DOSSIER_TRACK_PATH,
    true,
  );
  if (!t)
    return {
      found: false,
      body: page(
        m,
        html`<h1>${title}</h1>
${clean ? html`<p class="notice error" role="alert" data-testid="dossier-not-found" data-error-code="DOSSIER_NOT_FOUND">Không tìm thấy hồ sơ với mã này.</p>` : ''}
${trackForm(clean)}`,
      ),
    };
  return {
    found: true,
    body: page(
      m,
      html`<h1>${title}</h1>
${isNew ? html`<p class="notice ok" role="status" data-testid="dossier-received">Hồ sơ đã được gửi. Hãy ghi lại mã hồ sơ <strong data-testid="new-dossier-code">${t.code}</strong> để tra cứu kết quả tại đây hoặc trên Cổng Dịch vụ công quốc gia.</p>` : ''}
${statusFacts(t)}
${trackForm(t.code)}`,
    ),
  };
}
