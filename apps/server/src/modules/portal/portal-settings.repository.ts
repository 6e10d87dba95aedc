import {
  DECISION_LEVELS,
  DEFAULT_PUBLISHED_LEVELS,
  type DecisionLevel,
} from '@vinhdanh/domain/portal/decision-level';
import { eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { portalSettings } from '../../db/schema/index';

export type PortalSettings = { publishedLevels: DecisionLevel[] };

export async function loadPortalSettings(db: Db | Tx, tenantId: string): Promise<PortalSettings> {
  const [row] = await db.select().from(portalSettings).where(eq(portalSettings.tenantId, tenantId));
  if (!row) return { publishedLevels: [...DEFAULT_PUBLISHED_LEVELS] };
  const known = new Set<string>(DECISION_LEVELS);
  return { publishedLevels: row.publishedLevels.filter((l): l is DecisionLevel => known.has(l)) };
}

export async function savePortalSettings(db: Db | Tx, tenantId: string, settings: PortalSettings) {
  await db
    .insert(portalSettings)
    .values({ tenantId, publishedLevels: settings.publishedLevels })
    .onConflictDoUpdate({
      target: portalSettings.tenantId,
      // The row's own default (now(), taken as the row is built): Citus refuses any function that
      // is not IMMUTABLE in DO UPDATE SET (docs/scale-out.md).
      set: { publishedLevels: settings.publishedLevels, updatedAt: sql`excluded.updated_at` },
    });
}
