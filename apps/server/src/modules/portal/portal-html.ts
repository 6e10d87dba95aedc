import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

// The public portal's pages are rendered on the server as plain HTML: readable without
// JavaScript, by search engines and by the link previews of Zalo and Facebook (Open Graph).
// No inline script or style anywhere, so the pages pass a strict Content-Security-Policy.

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

export type PageMeta = {
  /** The page's own title; the site name is appended. */
  title: string;
  description: string;
  /** Path from the site root, e.g. "/cong-khai/bang-vang"; made absolute with the base URL. */
  path: string;
  baseUrl: string;
  siteName: string;
  /** Verification pages name a person: kept out of search indexes. */
  noIndex?: boolean;
  /** The nav item to mark as current. */
  section?: Section;
  /** Path of the page's own preview image (a model's photo); the portal's image otherwise. */
  image?: { path: string; width: number; height: number };
};

export type Section =
  | 'home'
  | 'decisions'
  | 'board'
  | 'movements'
  | 'models'
  | 'comments'
  | 'verify'
  | 'complaints'
  | 'online';

const NAV: { section: Section; href: string; label: string }[] = [
  { section: 'home', href: '/cong-khai', label: 'Trang chủ' },
  { section: 'decisions', href: '/cong-khai/quyet-dinh', label: 'Quyết định khen thưởng' },
  { section: 'board', href: '/cong-khai/bang-vang', label: 'Bảng vàng' },
  { section: 'movements', href: '/cong-khai/phong-trao', label: 'Phong trào thi đua' },
  { section: 'models', href: '/cong-khai/dien-hinh', label: 'Điển hình tiên tiến' },
  { section: 'comments', href: '/cong-khai/y-kien', label: 'Lấy ý kiến nhân dân' },
  { section: 'verify', href: '/cong-khai/xac-minh', label: 'Xác minh giấy chứng nhận' },
  { section: 'complaints', href: '/cong-khai/khieu-nai-to-cao', label: 'Khiếu nại, tố cáo' },
  { section: 'online', href: '/cong-khai/nop-ho-so', label: 'Nộp hồ sơ trực tuyến' },
];

export const absolute = (meta: Pick<PageMeta, 'baseUrl'>, path: string) => `${meta.baseUrl}${path}`;

/** One full page: head with description, canonical and Open Graph tags, the header, nav and footer. */
export function page(meta: PageMeta, content: Html): Html {
  const fullTitle = `${meta.title} — ${meta.siteName}`;
  const url = absolute(meta, meta.path);
  return html`<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fullTitle}</title>
<meta name="description" content="${meta.description}">
<link rel="canonical" href="${url}">
${meta.noIndex ? html`<meta name="robots" content="noindex">` : ''}
<meta property="og:type" content="website">
<meta property="og:locale" content="vi_VN">
<meta property="og:site_name" content="${meta.siteName}">
<meta property="og:title" content="${meta.title}">
<meta property="og:description" content="${meta.description}">
<meta property="og:url" content="${url}">
<meta property="og:image" content="${absolute(meta, meta.image?.path ?? '/cong-khai/tai-nguyen/og-image.png')}">
<meta property="og:image:width" content="${meta.image?.width ?? 1200}">
<meta property="og:image:height" content="${meta.image?.height ?? 630}">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/cong-khai/tai-nguyen/portal.css">
</head>
<body>
<a class="skip" href="#noi-dung">Bỏ qua, đến nội dung chính</a>
<header class="site-header">
<div class="wrap">
<p class="site-name"><a href="/cong-khai">${meta.siteName}</a></p>
<p class="site-tagline">Cổng thông tin công khai về thi đua, khen thưởng</p>
</div>
<nav class="wrap site-nav" aria-label="Chuyên mục">
<ul>
${NAV.map(
  (n) =>
    html`<li><a href="${n.href}"${raw(n.section === meta.section ? ' aria-current="page"' : '')}>${n.label}</a></li>`,
)}
</ul>
</nav>
</header>
<main id="noi-dung" class="wrap">
${content}
</main>
<footer class="site-footer">
<div class="wrap">
<p>${meta.siteName}. Thông tin cá nhân được công bố ở mức tối thiểu: không có số định danh, ngày sinh.</p>
<p><a href="/cong-khai/xac-minh">Xác minh giấy chứng nhận</a> · <a href="/sitemap.xml">Sơ đồ trang</a></p>
</div>
</footer>
</body>
</html>`;
}

/** A table that scrolls inside its own focusable region on a narrow phone, never the whole page. */
export function tableRegion(label: string, table: Html): Html {
  return html`<div class="table-wrap" role="region" aria-label="${label}" tabindex="0">${table}</div>`;
}

/** Previous/next links that keep the other query parameters. */
export function pager(
  path: string,
  query: Record<string, string | undefined>,
  page: number,
  pages: number,
): Html {
  if (pages <= 1) return html``;
  const link = (p: number) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v) params.set(k, v);
    params.set('trang', String(p));
    return `${path}?${params.toString()}`;
  };
  return html`<nav class="pager" aria-label="Phân trang">
${page > 1 ? html`<a href="${link(page - 1)}" rel="prev">← Trang trước</a>` : ''}
<span>Trang ${page.toLocaleString('vi-VN')} / ${pages.toLocaleString('vi-VN')}</span>
${page < pages ? html`<a href="${link(page + 1)}" rel="next">Trang sau →</a>` : ''}
</nav>`;
}

/** dd/mm/yyyy from an ISO date. */
export function viDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

export const viNumber = (n: number) => n.toLocaleString('vi-VN');
