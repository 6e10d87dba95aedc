import type { Context } from 'hono';
import type { Db } from '../../db/client';
import type { AppEnv } from '../../lib/context';
import { publicBaseUrl } from '../../lib/public-url';
import { type PortalTenant, portalTenant } from '../tenants/index';
import type { PageMeta, Section } from './portal-html';
import { siteNameOf } from './portal-labels';
import { loadPortalSettings, type PortalSettings } from './portal-settings.repository';

/** What every portal page needs: the tenant shown, its settings, and the absolute base URL. */
export type PortalCtx = {
  /** The request's `readDb`: a page only reads; a form's POST gets the primary. */
  db: Db;
  tenant: PortalTenant;
  settings: PortalSettings;
  baseUrl: string;
  siteName: string;
  /** File storage (signed PDFs are read back to check their signatures). */
  dataDir: string;
  meta(section: Section, title: string, description: string, path: string): PageMeta;
};

export async function portalContext(c: Context<AppEnv>): Promise<PortalCtx> {
  const { config } = c.get('deps');
  // A standby for the pages; the primary for the forms posted here (lib/read-routing.ts).
  const db = c.get('readDb');
  const tenant = await portalTenant(db, config.publicTenantCode);
  const baseUrl = publicBaseUrl(config, c.req.url);
  const siteName = siteNameOf(tenant);
  return {
    db,
    tenant,
    settings: await loadPortalSettings(db, tenant.tenantId),
    baseUrl,
    siteName,
    dataDir: config.dataDir,
    meta: (section, title, description, path) => ({ section, title, description, path, baseUrl, siteName }),
  };
}
