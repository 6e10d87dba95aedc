import { DECISION_LEVEL_SHORT } from '@vinhdanh/domain/portal/decision-level';
import { awardName } from '@vinhdanh/domain/rules/engine';
import type { AwardCode } from '@vinhdanh/domain/rules/types';
import { html } from 'hono/html';
import { searchAwardRows } from '../records/index';
import type { PortalCtx } from './portal-context';
import { renderPublicDecisionPdf } from './portal-decision-pdf';
import {
  findPublishedDecision,
  levelOfRank,
  listPublishedDecisions,
  type PublicDecisionRow,
} from './portal-decisions.repository';
import { type Html, page, pager, tableRegion, viDate, viNumber } from './portal-html';

const PAGE_SIZE = 20;

export const decisionPath = (id: string) => `/cong-khai/quyet-dinh/${id}`;

export function levelBadge(row: Pick<PublicDecisionRow, 'level_rank'>): Html {
  const level = levelOfRank(row.level_rank);
  return level ? html`<span class="badge">${DECISION_LEVEL_SHORT[level]}</span>` : html``;
}

export async function latestDecisions(p: PortalCtx, limit: number) {
  return (
    await listPublishedDecisions(p.db, p.tenant.tenantId, p.settings.publishedLevels, { limit, offset: 0 })
  ).rows;
}

export function decisionList(rows: PublicDecisionRow[]): Html {
  return html`<ul class="cards" data-testid="decision-list">
${rows.map(
  (d) => html`<li class="card">
<h3><a href="${decisionPath(d.id)}">Quyết định số ${d.number}</a></h3>
<p class="muted">Ngày ${viDate(d.signed_on)} · ${d.issuer}</p>
<p>${levelBadge(d)} ${viNumber(d.awards)} khen thưởng${d.revoked ? html` · <span class="badge revoked">${viNumber(d.revoked)} đã thu hồi</span>` : ''}</p>
</li>`,
)}
</ul>`;
}

export async function decisionsPage(p: PortalCtx, query: { nam?: string; trang?: string }): Promise<Html> {
  const year = /^\d{4}$/.test(query.nam ?? '') ? Number(query.nam) : undefined;
  const current = Math.max(1, Number.parseInt(query.trang ?? '1', 10) || 1);
  const { rows, total } = await listPublishedDecisions(p.db, p.tenant.tenantId, p.settings.publishedLevels, {
    year,
    limit: PAGE_SIZE,
    offset: (current - 1) * PAGE_SIZE,
  });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const title = 'Quyết định khen thưởng';
  return page(
    p.meta(
      'decisions',
      title,
      `Các quyết định khen thưởng đã ban hành của ${p.tenant.name}: số, ngày, người ký và danh sách được khen thưởng.`,
      '/cong-khai/quyet-dinh',
    ),
    html`<h1>${title}</h1>
<p class="lead">Các quyết định khen thưởng đã ban hành, công khai theo quy định. Tổng số: ${viNumber(total)} quyết định.</p>
<form class="filters" method="get" action="/cong-khai/quyet-dinh" role="search" aria-label="Lọc quyết định">
<div class="field"><label for="nam">Năm ký</label><input id="nam" name="nam" inputmode="numeric" pattern="[0-9]{4}" value="${year ?? ''}" placeholder="Ví dụ: 2025"></div>
<button type="submit">Lọc</button>
</form>
${rows.length ? decisionList(rows) : html`<p>Chưa có quyết định nào được công khai${year ? ` trong năm ${year}` : ''}.</p>`}
${pager('/cong-khai/quyet-dinh', { nam: year ? String(year) : undefined }, current, pages)}`,
  );
}

/** One decision: its facts and every awardee (name, unit, award), revoked awards marked. */
export async function decisionPage(p: PortalCtx, id: string): Promise<Html | null> {
  const d = await findPublishedDecision(p.db, p.tenant.tenantId, p.settings.publishedLevels, id);
  if (!d) return null;
  const { rows } = await searchAwardRows(p.db, p.tenant.tenantId, '/', { decisionId: id }, { limit: 5000 });
  const title = `Quyết định số ${d.number}`;
  return page(
    p.meta(
      'decisions',
      title,
      `Quyết định khen thưởng số ${d.number} ngày ${viDate(d.signed_on)} của ${d.issuer}: ${viNumber(d.awards)} tập thể, cá nhân được khen thưởng.`,
      decisionPath(id),
    ),
    html`<h1>${title}</h1>
<dl class="facts" data-testid="decision-facts">
<dt>Số, ký hiệu</dt><dd>${d.number}</dd>
<dt>Ngày ký</dt><dd>${viDate(d.signed_on)}</dd>
<dt>Cơ quan ban hành</dt><dd>${d.issuer}</dd>
<dt>Người ký</dt><dd>${d.signer ?? 'Chưa ghi nhận'}</dd>
<dt>Cấp quyết định</dt><dd>${levelBadge(d)}</dd>
<dt>Văn bản</dt><dd><a href="${decisionPath(id)}/quyet-dinh.pdf">Tải quyết định (PDF)</a></dd>
</dl>
<h2>Danh sách được khen thưởng (${viNumber(rows.length)})</h2>
${tableRegion(
  'Danh sách được khen thưởng',
  html`<table data-testid="decision-awards">
<thead><tr><th scope="col">STT</th><th scope="col">Tập thể, cá nhân</th><th scope="col">Đơn vị</th><th scope="col">Hình thức, danh hiệu</th><th scope="col">Tình trạng</th></tr></thead>
<tbody>
${rows.map(
  (r, i) => html`<tr${r.is_revoked ? html` class="revoked"` : ''}>
<td>${i + 1}</td><td>${r.subject_name}</td><td>${r.unit_name}</td><td>${awardName(r.award_code as AwardCode)}</td>
<td>${r.is_revoked ? html`<span class="badge revoked">Đã thu hồi${r.revoked_on ? ` ngày ${viDate(r.revoked_on)}` : ''}</span>` : 'Còn hiệu lực'}</td>
</tr>`,
)}
</tbody>
</table>`,
)}
<p><a href="/cong-khai/quyet-dinh">← Tất cả quyết định</a></p>`,
  );
}

/** The public copy of the decision as PDF; null when the decision is not published. */
export async function decisionPdf(p: PortalCtx, id: string): Promise<{ file: Buffer; name: string } | null> {
  const d = await findPublishedDecision(p.db, p.tenant.tenantId, p.settings.publishedLevels, id);
  if (!d) return null;
  const { rows } = await searchAwardRows(p.db, p.tenant.tenantId, '/', { decisionId: id }, { limit: 5000 });
  const file = await renderPublicDecisionPdf({
    title: `Quyết định số ${d.number}`,
    facts: [
      ['Ngày ký', viDate(d.signed_on)],
      ['Cơ quan ban hành', d.issuer],
      ['Người ký', d.signer ?? 'Chưa ghi nhận'],
    ],
    rows: rows.map((r) => ({
      name: r.subject_name,
      unit: r.unit_name,
      award: awardName(r.award_code as AwardCode),
      status: r.is_revoked
        ? `Đã thu hồi${r.revoked_on ? ` ngày ${viDate(r.revoked_on)}` : ''}`
        : 'Còn hiệu lực',
    })),
    footer: `Bản công khai trên ${p.siteName}, ${p.baseUrl}${decisionPath(id)}. Thông tin cá nhân được công bố ở mức tối thiểu.`,
  });
  return { file, name: `quyet-dinh-${d.number.replace(/[^\p{L}\d]+/gu, '-')}.pdf` };
}
