import { and, eq, inArray } from 'drizzle-orm';
import { movement } from '../../db/schema/index';
import { listPublicModels } from '../models/index';
import type { PortalCtx } from './portal-context';
import { decisionPath } from './portal-decisions.page';
import { listPublishedDecisions } from './portal-decisions.repository';
import { MODELS_PATH, modelPath } from './portal-models.page';
import { movementPath } from './portal-movements.page';

// sitemap.xml and robots.txt with absolute links from PUBLIC_BASE_URL. Verification results name
// a person, so they are neither listed nor open to crawlers; the API and the console neither.

const escapeXml = (s: string) =>
  s.replace(
    /[<>&'"]/g,
    (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[ch] ?? ch,
  );

export async function sitemapXml(p: PortalCtx): Promise<string> {
  const paths = [
    '/cong-khai',
    '/cong-khai/quyet-dinh',
    '/cong-khai/bang-vang',
    '/cong-khai/phong-trao',
    MODELS_PATH,
    '/cong-khai/y-kien',
    '/cong-khai/xac-minh',
    '/cong-khai/khieu-nai-to-cao',
    '/cong-khai/nop-ho-so',
  ];
  const { rows } = await listPublishedDecisions(p.db, p.tenant.tenantId, p.settings.publishedLevels, {
    limit: 5000,
    offset: 0,
  });
  paths.push(...rows.map((d) => decisionPath(d.id)));
  const movements = await p.db
    .select({ id: movement.id })
    .from(movement)
    .where(
      and(
        eq(movement.tenantId, p.tenant.tenantId),
        inArray(movement.state, ['LAUNCHED', 'INTERIM_REVIEW', 'FINAL_REVIEW', 'CLOSED']),
      ),
    )
    .limit(5000);
  paths.push(...movements.map((m) => movementPath(m.id)));
  paths.push(...(await listPublicModels(p.db, p.tenant.tenantId, 5000)).map((m) => modelPath(m.id)));
  const urls = paths.map((path) => `  <url><loc>${escapeXml(`${p.baseUrl}${path}`)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}

export function robotsTxt(baseUrl: string): string {
  return [
    'User-agent: *',
    'Allow: /cong-khai',
    'Allow: /sitemap.xml',
    'Disallow: /cong-khai/xac-minh/',
    'Disallow: /cong-khai/khieu-nai-to-cao/tra-cuu',
    'Disallow: /cong-khai/nop-ho-so/tra-cuu',
    'Disallow: /api/',
    'Disallow: /',
    '',
    `Sitemap: ${baseUrl}/sitemap.xml`,
    '',
  ].join('\n');
}
