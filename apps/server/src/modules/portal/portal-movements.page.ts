import { awardName } from '@vinhdanh/domain/rules/engine';
import type { AwardCode } from '@vinhdanh/domain/rules/types';
import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import { html } from 'hono/html';
import { movement, orgUnit } from '../../db/schema/index';
import { listMilestones, listParticipantUnits } from '../movements/index';
import { searchAwardRows } from '../records/index';
import type { PortalCtx } from './portal-context';
import { type Html, page, tableRegion, viDate, viNumber } from './portal-html';
import { MOVEMENT_FORM_LABELS, MOVEMENT_LEVEL_LABELS, MOVEMENT_STATE_LABELS } from './portal-labels';

// Movements once launched (a draft is the office's work in progress): theme, dates, criteria,
// participating units, and the awards given under it once the final review (tổng kết) is done.

const PUBLIC_STATES = ['LAUNCHED', 'INTERIM_REVIEW', 'FINAL_REVIEW', 'CLOSED'];
const RUNNING_STATES = ['LAUNCHED', 'INTERIM_REVIEW'];
const REVIEWED_STATES = ['FINAL_REVIEW', 'CLOSED'];

export const movementPath = (id: string) => `/cong-khai/phong-trao/${id}`;

export function listPublicMovements(p: PortalCtx, opts: { runningOnly?: boolean; limit: number }) {
  return p.db
    .select()
    .from(movement)
    .where(
      and(
        eq(movement.tenantId, p.tenant.tenantId),
        inArray(movement.state, opts.runningOnly ? RUNNING_STATES : PUBLIC_STATES),
      ),
    )
    .orderBy(desc(movement.year), desc(movement.startDate), asc(movement.title))
    .limit(opts.limit);
}

type MovementRow = typeof movement.$inferSelect;

export function movementCards(rows: MovementRow[]): Html {
  return html`<ul class="cards" data-testid="movement-list">
${rows.map(
  (m) => html`<li class="card">
<h3><a href="${movementPath(m.id)}">${m.title}</a></h3>
<p class="muted">${MOVEMENT_FORM_LABELS[m.form] ?? m.form} · ${m.startDate ? `${viDate(m.startDate)} – ${viDate(m.endDate)}` : `Năm ${m.year}`}</p>
<p><span class="badge">${MOVEMENT_STATE_LABELS[m.state] ?? m.state}</span></p>
</li>`,
)}
</ul>`;
}

export async function movementsPage(p: PortalCtx): Promise<Html> {
  const rows = await listPublicMovements(p, { limit: 200 });
  const title = 'Phong trào thi đua';
  return page(
    p.meta(
      'movements',
      title,
      `Các phong trào thi đua do ${p.tenant.name} và các đơn vị phát động.`,
      '/cong-khai/phong-trao',
    ),
    html`<h1>${title}</h1>
<p class="lead">Các phong trào thi đua đã phát động: chủ đề, thời gian, tiêu chí, đơn vị tham gia và kết quả khi đã tổng kết.</p>
${rows.length ? movementCards(rows) : html`<p>Chưa có phong trào nào được phát động.</p>`}`,
  );
}

async function participationRoot(p: PortalCtx, m: MovementRow): Promise<string | null> {
  if (m.participation === 'SUBTREE') return m.participationRootId;
  const [root] = await p.db
    .select({ id: orgUnit.id })
    .from(orgUnit)
    .where(and(eq(orgUnit.tenantId, p.tenant.tenantId), isNull(orgUnit.parentId)))
    .limit(1);
  return root?.id ?? null;
}

async function movementResults(p: PortalCtx, movementId: string) {
  const { rows } = await searchAwardRows(
    p.db,
    p.tenant.tenantId,
    '/',
    { movementId, excludeRevoked: true },
    { limit: 2000 },
  );
  return rows;
}

export async function movementPage(p: PortalCtx, id: string): Promise<Html | null> {
  const [m] = await p.db
    .select()
    .from(movement)
    .where(
      and(
        eq(movement.tenantId, p.tenant.tenantId),
        eq(movement.id, id),
        inArray(movement.state, PUBLIC_STATES),
      ),
    );
  if (!m) return null;
  const [units, milestones] = await Promise.all([
    listParticipantUnits(p.db, m, await participationRoot(p, m)),
    listMilestones(p.db, p.tenant.tenantId, m.id),
  ]);
  const reviewed = REVIEWED_STATES.includes(m.state);
  const results = reviewed ? await movementResults(p, m.id) : [];
  const participation =
    m.participation === 'LIST'
      ? 'Các đơn vị được liệt kê'
      : m.participation === 'TENANT'
        ? 'Toàn bộ các cơ quan, đơn vị'
        : 'Các đơn vị trực thuộc đơn vị phát động';
  return page(
    p.meta(
      'movements',
      m.title,
      `${m.theme ?? m.title}. Phong trào ${MOVEMENT_FORM_LABELS[m.form]?.toLowerCase() ?? ''} năm ${m.year}, ${MOVEMENT_STATE_LABELS[m.state]?.toLowerCase() ?? ''}.`,
      movementPath(m.id),
    ),
    html`<h1>${m.title}</h1>
<dl class="facts" data-testid="movement-facts">
<dt>Chủ đề</dt><dd>${m.theme ?? '—'}</dd>
<dt>Hình thức</dt><dd>${MOVEMENT_FORM_LABELS[m.form] ?? m.form}</dd>
<dt>Cấp phát động</dt><dd>${MOVEMENT_LEVEL_LABELS[m.level] ?? m.level} — ${m.launchingAuthority}</dd>
<dt>Thời gian</dt><dd>${m.startDate ? `Từ ${viDate(m.startDate)} đến ${viDate(m.endDate)}` : `Năm ${m.year}`}</dd>
<dt>Tình trạng</dt><dd>${MOVEMENT_STATE_LABELS[m.state] ?? m.state}</dd>
<dt>Đối tượng tham gia</dt><dd>${participation}</dd>
</dl>
${m.goals ? html`<h2>Mục tiêu</h2><p>${m.goals}</p>` : ''}
<h2>Tiêu chí thi đua</h2>
<p>${m.criteria ?? 'Chưa công bố tiêu chí.'}</p>
${milestones.length ? html`<h2>Mốc sơ kết, tổng kết</h2><ul>${milestones.map((s) => html`<li>${s.kind === 'SO_KET' ? 'Sơ kết' : 'Tổng kết'}: ${viDate(s.dueOn)}${s.note ? ` — ${s.note}` : ''}</li>`)}</ul>` : ''}
<h2>Đơn vị tham gia (${viNumber(units.length)})</h2>
${units.length ? html`<ul data-testid="movement-units">${units.map((u) => html`<li>${u.name}</li>`)}</ul>` : html`<p>Chưa có danh sách đơn vị.</p>`}
<h2>Kết quả</h2>
${
  !reviewed
    ? html`<p>Kết quả được công bố sau khi phong trào tổng kết.</p>`
    : results.length
      ? tableRegion(
          'Kết quả khen thưởng của phong trào',
          html`<table data-testid="movement-results"><thead><tr><th scope="col">Tập thể, cá nhân</th><th scope="col">Đơn vị</th><th scope="col">Hình thức, danh hiệu</th></tr></thead>
<tbody>${results.map((r) => html`<tr><td>${r.subject_name}</td><td>${r.unit_name}</td><td>${awardName(r.award_code as AwardCode)}</td></tr>`)}</tbody></table>`,
        )
      : html`<p>Chưa có khen thưởng nào ghi nhận theo phong trào này.</p>`
}
<p><a href="/cong-khai/phong-trao">← Tất cả phong trào</a></p>`,
  );
}
