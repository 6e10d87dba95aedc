import { html } from 'hono/html';
import { findPublicModel, listPublicModels } from '../models/index';
import type { PortalCtx } from './portal-context';
import { type Html, page, viDate, viNumber } from './portal-html';

// Exemplary models (điển hình tiên tiến) the emulation office approved: who or what, the story,
// photos, the movement and awards behind it, and how many units adopted it (nhân rộng).

export const MODELS_PATH = '/cong-khai/dien-hinh';
export const modelPath = (id: string) => `${MODELS_PATH}/${id}`;
export const modelPhotoPath = (id: string, photoId: string) => `${modelPath(id)}/anh/${photoId}.jpg`;

const KIND_LABELS: Record<string, string> = {
  PERSON: 'Cá nhân điển hình',
  COLLECTIVE: 'Tập thể điển hình',
  PRACTICE: 'Cách làm hay',
};

type Summary = Awaited<ReturnType<typeof listPublicModels>>[number];

const spread = (n: number) =>
  n ? `${viNumber(n)} đơn vị đã nhân rộng` : 'Chưa có đơn vị ghi nhận nhân rộng';

export function modelCards(rows: Summary[]): Html {
  return html`<ul class="cards" data-testid="model-list">
${rows.map(
  (m) => html`<li class="card">
${m.photoId ? html`<img src="${modelPhotoPath(m.id, m.photoId)}" alt="Ảnh: ${m.title}" loading="lazy">` : ''}
<h3><a href="${modelPath(m.id)}">${m.title}</a></h3>
<p class="muted">${KIND_LABELS[m.kind]}${m.subjectName ? ` · ${m.subjectName}` : ''} · ${m.unitName}</p>
<p><span class="badge">${spread(m.adoptionCount)}</span></p>
</li>`,
)}
</ul>`;
}

export function latestModels(p: PortalCtx, limit: number) {
  return listPublicModels(p.db, p.tenant.tenantId, limit);
}

export async function modelsPage(p: PortalCtx): Promise<Html> {
  const rows = await listPublicModels(p.db, p.tenant.tenantId);
  const title = 'Điển hình tiên tiến';
  return page(
    p.meta(
      'models',
      title,
      `Các điển hình tiên tiến, cách làm hay được ${p.tenant.name} công nhận, và các đơn vị đã nhân rộng.`,
      MODELS_PATH,
    ),
    html`<h1>${title}</h1>
<p class="lead">Cá nhân, tập thể và cách làm hay được cơ quan thi đua, khen thưởng công nhận là điển hình tiên tiến, để học tập và nhân rộng.</p>
${rows.length ? modelCards(rows) : html`<p>Chưa có điển hình nào được công khai.</p>`}`,
  );
}

/** One model's page; null when it is unknown or not approved (a draft is never public). */
export async function modelPage(p: PortalCtx, id: string): Promise<Html | null> {
  const m = await findPublicModel(p.db, p.tenant.tenantId, id);
  if (!m) return null;
  const [cover] = m.photos;
  const description = `${KIND_LABELS[m.kind]}${m.subjectName ? ` ${m.subjectName}` : ''} (${m.unitName}). ${m.story.slice(0, 160)}${m.story.length > 160 ? '…' : ''}`;
  const meta = {
    ...p.meta('models', m.title, description, modelPath(m.id)),
    image: cover && { path: modelPhotoPath(m.id, cover.id), width: cover.width, height: cover.height },
  };
  return page(
    meta,
    html`<h1>${m.title}</h1>
<dl class="facts" data-testid="model-facts">
<dt>Loại điển hình</dt><dd>${KIND_LABELS[m.kind]}</dd>
${m.subjectName ? html`<dt>Cá nhân, tập thể</dt><dd>${m.subjectName}</dd>` : ''}
<dt>Đơn vị đề xuất</dt><dd>${m.unitName}</dd>
${m.movementId && m.movementTitle ? html`<dt>Phong trào thi đua</dt><dd><a href="/cong-khai/phong-trao/${m.movementId}">${m.movementTitle}</a></dd>` : ''}
<dt>Ngày công nhận</dt><dd>${viDate(m.publishedAt)}</dd>
<dt>Nhân rộng</dt><dd data-testid="model-adoptions">${spread(m.adoptionCount)}</dd>
</dl>
${m.photos.length ? html`<div class="photos">${m.photos.map((ph) => html`<figure><img src="${modelPhotoPath(m.id, ph.id)}" alt="${ph.caption ?? `Ảnh: ${m.title}`}" width="${ph.width}" height="${ph.height}">${ph.caption ? html`<figcaption>${ph.caption}</figcaption>` : ''}</figure>`)}</div>` : ''}
<h2>Câu chuyện điển hình</h2>
<p class="story" data-testid="model-story">${m.story}</p>
<h2>Khen thưởng</h2>
${m.awards.length ? html`<ul>${m.awards.map((a) => html`<li>${a.awardName} (năm ${a.year})${a.isRevoked ? html` <span class="badge revoked">Đã thu hồi</span>` : ''}</li>`)}</ul>` : html`<p>Chưa gắn khen thưởng.</p>`}
<h2>Đơn vị đã nhân rộng</h2>
${m.adoptions.length ? html`<ul>${m.adoptions.map((a) => html`<li><strong>${a.unitName}</strong> (${viDate(a.adoptedOn)}): ${a.note}</li>`)}</ul>` : html`<p>Chưa có đơn vị ghi nhận nhân rộng.</p>`}
<p><a href="${MODELS_PATH}">← Tất cả điển hình tiên tiến</a></p>`,
  );
}
