import {
  awardCodesOfLevel,
  DECISION_LEVEL_SHORT,
  type DecisionLevel,
} from '@vinhdanh/domain/portal/decision-level';
import { awardName } from '@vinhdanh/domain/rules/engine';
import type { AwardCode } from '@vinhdanh/domain/rules/types';
import { foldVietnamese } from '@vinhdanh/domain/text/fold';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { html } from 'hono/html';
import { orgUnit } from '../../db/schema/index';
import { searchAwardRows } from '../records/index';
import type { PortalCtx } from './portal-context';
import { decisionPath } from './portal-decisions.page';
import { type Html, page, pager, tableRegion, viNumber } from './portal-html';

// Bảng vàng: standing honours (revoked ones are left out) of the published levels, by year, by
// unit (the unit's whole subtree) and by level, searchable by name without diacritics.

const PAGE_SIZE = 50;

export type BoardQuery = { nam?: string; don_vi?: string; cap?: string; q?: string; trang?: string };

/** The units one level under the root: the choices of the unit filter. */
async function boardUnits(p: PortalCtx) {
  const [root] = await p.db
    .select({ id: orgUnit.id })
    .from(orgUnit)
    .where(and(eq(orgUnit.tenantId, p.tenant.tenantId), isNull(orgUnit.parentId)))
    .limit(1);
  if (!root) return [];
  return p.db
    .select({ id: orgUnit.id, name: orgUnit.name, path: orgUnit.path })
    .from(orgUnit)
    .where(
      and(
        eq(orgUnit.tenantId, p.tenant.tenantId),
        eq(orgUnit.parentId, root.id),
        eq(orgUnit.status, 'ACTIVE'),
      ),
    )
    .orderBy(asc(orgUnit.name))
    .limit(300);
}

export async function boardPage(p: PortalCtx, query: BoardQuery): Promise<Html> {
  const year = /^\d{4}$/.test(query.nam ?? '') ? Number(query.nam) : undefined;
  const levels = p.settings.publishedLevels;
  const level = levels.find((l) => l === query.cap);
  const units = await boardUnits(p);
  const unit = units.find((u) => u.id === query.don_vi);
  const search = (query.q ?? '').trim().slice(0, 120);
  const current = Math.max(1, Number.parseInt(query.trang ?? '1', 10) || 1);
  const codes = (level ? [level] : levels).flatMap((l: DecisionLevel) => awardCodesOfLevel(l));
  const { rows, total } = await searchAwardRows(
    p.db,
    p.tenant.tenantId,
    unit?.path ?? '/',
    {
      foldedName: search ? foldVietnamese(search) : undefined,
      yearFrom: year,
      yearTo: year,
      awardCodes: codes,
      excludeRevoked: true,
    },
    // The public board still links every page, so it counts every match (not capped yet).
    { limit: PAGE_SIZE, offset: (current - 1) * PAGE_SIZE, count: 'exact' },
  );
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const title = 'Bảng vàng thi đua, khen thưởng';
  const selected = (on: boolean) => (on ? html` selected` : '');
  return page(
    p.meta(
      'board',
      title,
      `Những tập thể, cá nhân được khen thưởng của ${p.tenant.name}, tra cứu theo năm, đơn vị và cấp khen thưởng.`,
      '/cong-khai/bang-vang',
    ),
    html`<h1>${title}</h1>
<p class="lead">Những tập thể, cá nhân được khen thưởng. Có thể gõ tên không dấu, ví dụ "nguyen van an".</p>
<form class="filters" method="get" action="/cong-khai/bang-vang" role="search" aria-label="Tra cứu bảng vàng">
<div class="field"><label for="q">Tên tập thể, cá nhân</label><input id="q" name="q" type="search" value="${search}"></div>
<div class="field"><label for="nam">Năm</label><input id="nam" name="nam" inputmode="numeric" pattern="[0-9]{4}" value="${year ?? ''}"></div>
<div class="field"><label for="don_vi">Đơn vị</label><select id="don_vi" name="don_vi"><option value="">Tất cả đơn vị</option>
${units.map((u) => html`<option value="${u.id}"${selected(u.id === unit?.id)}>${u.name}</option>`)}
</select></div>
<div class="field"><label for="cap">Cấp khen thưởng</label><select id="cap" name="cap"><option value="">Tất cả các cấp</option>
${levels.map((l) => html`<option value="${l}"${selected(l === level)}>${DECISION_LEVEL_SHORT[l]}</option>`)}
</select></div>
<button type="submit">Tra cứu</button>
</form>
<p data-testid="board-total">Tìm thấy ${viNumber(total)} khen thưởng.</p>
${
  rows.length
    ? tableRegion(
        'Bảng vàng',
        html`<table data-testid="board">
<thead><tr><th scope="col">Năm</th><th scope="col">Tập thể, cá nhân</th><th scope="col">Đơn vị</th><th scope="col">Hình thức, danh hiệu</th><th scope="col">Quyết định</th></tr></thead>
<tbody>
${rows.map(
  (
    r,
  ) => html`<tr><td>${r.year}</td><td>${r.subject_name}</td><td>${r.unit_name}</td><td>${awardName(r.award_code as AwardCode)}</td>
<td>${r.decision_id && r.decision_number ? html`<a href="${decisionPath(r.decision_id)}">${r.decision_number}</a>` : (r.decision_number ?? '')}</td></tr>`,
)}
</tbody></table>`,
      )
    : html`<p>Không có khen thưởng nào khớp điều kiện tra cứu.</p>`
}
${pager('/cong-khai/bang-vang', { q: search || undefined, nam: year ? String(year) : undefined, don_vi: unit?.id, cap: level }, current, pages)}`,
  );
}
