import { html } from 'hono/html';
import { listOpenLists } from './portal-comments.repository';
import type { PortalCtx } from './portal-context';
import { decisionList, latestDecisions } from './portal-decisions.page';
import { type Html, page, viDate, viNumber } from './portal-html';
import { latestModels, MODELS_PATH, modelCards } from './portal-models.page';
import { listPublicMovements, movementCards } from './portal-movements.page';

export async function homePage(p: PortalCtx): Promise<Html> {
  const [movements, decisions, lists, models] = await Promise.all([
    listPublicMovements(p, { runningOnly: true, limit: 6 }),
    latestDecisions(p, 6),
    listOpenLists(p.db, p.tenant.tenantId),
    latestModels(p, 6),
  ]);
  const nominees = lists.reduce((n, l) => n + l.items.length, 0);
  const title = `Cổng thông tin thi đua, khen thưởng ${p.tenant.name}`;
  return page(
    p.meta(
      'home',
      title,
      `Phong trào thi đua đang triển khai, quyết định khen thưởng, điển hình tiên tiến, lấy ý kiến nhân dân và xác minh giấy chứng nhận của ${p.tenant.name}.`,
      '/cong-khai',
    ),
    html`<h1>${title}</h1>
<p class="lead">Công khai phong trào thi đua, kết quả khen thưởng và danh sách đề nghị khen thưởng để nhân dân theo dõi, góp ý.</p>
<section aria-labelledby="h-phong-trao">
<h2 id="h-phong-trao">Phong trào thi đua đang triển khai</h2>
${movements.length ? movementCards(movements) : html`<p>Hiện chưa có phong trào nào đang triển khai.</p>`}
<p><a href="/cong-khai/phong-trao">Xem tất cả phong trào</a></p>
</section>
<section aria-labelledby="h-quyet-dinh">
<h2 id="h-quyet-dinh">Quyết định khen thưởng mới ban hành</h2>
${decisions.length ? decisionList(decisions) : html`<p>Chưa có quyết định nào được công khai.</p>`}
<p><a href="/cong-khai/quyet-dinh">Xem tất cả quyết định</a> · <a href="/cong-khai/bang-vang">Tra cứu bảng vàng</a></p>
</section>
<section aria-labelledby="h-dien-hinh">
<h2 id="h-dien-hinh">Điển hình tiên tiến</h2>
${models.length ? modelCards(models) : html`<p>Chưa có điển hình nào được công khai.</p>`}
<p><a href="${MODELS_PATH}">Xem tất cả điển hình tiên tiến</a></p>
</section>
<section aria-labelledby="h-y-kien">
<h2 id="h-y-kien">Đang lấy ý kiến nhân dân</h2>
${
  lists.length
    ? html`<ul>${lists.map((l) => html`<li><a href="/cong-khai/y-kien#ds-${l.proposalId}">${l.title}</a> — ${viNumber(l.items.length)} trường hợp, hạn góp ý ${viDate(l.until)}</li>`)}</ul>
<p><a href="/cong-khai/y-kien">Xem và góp ý (${viNumber(nominees)} trường hợp)</a></p>`
    : html`<p>Hiện không có danh sách nào đang lấy ý kiến.</p>`
}
</section>
<section aria-labelledby="h-xac-minh">
<h2 id="h-xac-minh">Xác minh giấy chứng nhận</h2>
<form class="filters" method="get" action="/cong-khai/xac-minh" role="search" aria-label="Xác minh giấy chứng nhận">
<div class="field"><label for="ma">Mã xác minh in trên giấy khen, bằng khen</label><input id="ma" name="ma" maxlength="64" autocomplete="off" spellcheck="false"></div>
<button type="submit">Xác minh</button>
</form>
</section>`,
  );
}
