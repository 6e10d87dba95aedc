import {
  DECISION_LEVELS,
  DEFAULT_PUBLISHED_LEVELS,
  type DecisionLevel,
} from '@vinhdanh/domain/portal/decision-level';
import {
  DEFAULT_ONLINE_PROCEDURES,
  ONLINE_PROCEDURES,
  type OnlineProcedure,
} from '@vinhdanh/domain/workflow/online-procedures';
import { eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { portalSettings } from '../../db/schema/index';

export type PortalSettings = {
  publishedLevels: DecisionLevel[];
  /** The procedures offered for online filing ("Nộp hồ sơ trực tuyến"); all until the tenant chooses. */
  onlineProcedures: OnlineProcedure[];
};

export async function loadPortalSettings(db: Db | Tx, tenantId: string): Promise<PortalSettings> {
  const [row] = await db.select().from(portalSettings).where(eq(portalSettings.tenantId, tenantId));
  const online = new Set<string>(ONLINE_PROCEDURES);
  const onlineProcedures = row?.onlineProcedures
    ? row.onlineProcedures.filter((p): p is OnlineProcedure => online.has(p))
    : [...DEFAULT_ONLINE_PROCEDURES];
  if (!row) return { publishedLevels: [...DEFAULT_PUBLISHED_LEVELS], onlineProcedures };
  const known = new Set<string>(DECISION_LEVELS);
  return {
    publishedLevels: row.publishedLevels.filter((l): l is DecisionLevel => known.has(l)),
    onlineProcedures,
  };
}

export async function savePortalSettings(db: Db | Tx, tenantId: string, settings: PortalSettings) {
  await db
    .insert(portalSettings)
    .values({
      tenantId,
      publishedLevels: settings.publishedLevels,
      onlineProcedures: settings.onlineProcedures,
    })
    .onConflictDoUpdate({
      target: portalSettings.tenantId,
      // The row's own default (now(), taken as the row is built): Citus refuses any function that
      // is not IMMUTABLE in DO UPDATE SET (docs/scale-out.md).
      set: {
        publishedLevels: settings.publishedLevels,
        onlineProcedures: settings.onlineProcedures,
        updatedAt: sql`excluded.updated_at`,
      },
    });
}
