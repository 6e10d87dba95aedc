import { and, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { queryRows } from '../../db/query-rows';
import { eligibilityScan, orgUnit, person } from '../../db/schema/index';
import type { TenantRuleSets } from '../rule-params/index';
import { judgeBatch, saveVerdicts } from './eligibility-scan';
import { loadRuleSets } from './judge';

// The maintained scan behind "Gợi ý đề nghị" (issue 19). Triggers (migration 0045) put every subject
// whose records change into eligibility_stale; a scope asked for a year not yet scanned, or whose
// tenant's parameters or catalogue changed, puts all its subjects there. This file empties it:
// claims rows with FOR UPDATE SKIP LOCKED and a lease (no advisory lock, no LISTEN: docs/scale-out.md),
// judges them as the scan does and deletes each row only if no write touched it meanwhile.

const LEASE = sql`interval '5 minutes'`;
const escapeLike = (value: string) => value.replace(/[\\%_]/g, '\\$&');

type Claimed = { subject_id: string; year: number; version: number };

/** Subjects under a path: its people and its units (a condition on eligibility_stale `s`). */
const inScope = (tenantId: string, path: string) => sql`(
  EXISTS (SELECT 1 FROM person p JOIN org_unit u ON u.tenant_id = p.tenant_id AND u.id = p.unit_id
          WHERE p.tenant_id = ${tenantId} AND p.id = s.subject_id AND u.path LIKE ${`${escapeLike(path)}%`})
  OR EXISTS (SELECT 1 FROM org_unit u WHERE u.tenant_id = ${tenantId} AND u.id = s.subject_id
             AND u.path LIKE ${`${escapeLike(path)}%`}))`;

/**
 * Puts every person and active unit under `path` in the queue for `year`, once per rules version:
 * the upsert returns a row only to the caller that changed the scope's version, so two servers
 * asking at once enqueue it once.
 */
// EXCLUDED, not now(), in DO UPDATE: Citus refuses mutable functions there on distributed tables.
async function enqueueScope(db: Db, tenantId: string, year: number, path: string, version: string) {
  return db.transaction(async (tx) => {
    const changed = await queryRows<{ path: string }>(
      tx,
      sql`INSERT INTO eligibility_scan (tenant_id, year, path, rules_version)
          VALUES (${tenantId}, ${year}, ${path}, ${version})
          ON CONFLICT (tenant_id, year, path) DO UPDATE
            SET rules_version = excluded.rules_version, requested_at = excluded.requested_at
            WHERE eligibility_scan.rules_version <> excluded.rules_version
          RETURNING path`,
    );
    if (changed.length === 0) return false;
    const prefix = `${escapeLike(path)}%`;
    await tx.execute(sql`INSERT INTO eligibility_stale (tenant_id, subject_id, year, changed_at, version)
      SELECT ${tenantId}::uuid, id, ${year}::int, now(), 1 FROM (
        SELECT p.id FROM person p JOIN org_unit u ON u.tenant_id = p.tenant_id AND u.id = p.unit_id
        WHERE p.tenant_id = ${tenantId} AND u.path LIKE ${prefix}
        UNION
        SELECT u.id FROM org_unit u WHERE u.tenant_id = ${tenantId} AND u.status = 'ACTIVE'
          AND u.valid_to IS NULL AND u.path LIKE ${prefix}) subjects
      ON CONFLICT (tenant_id, subject_id, year) DO UPDATE
        SET changed_at = excluded.changed_at, version = eligibility_stale.version + 1`);
    return true;
  });
}

/**
 * Makes sure the verdicts of `year` under the unit's path are maintained under the rules version
 * in force: a scope never asked for, or scanned under other parameters, is enqueued (not judged here).
 */
/**
 * This transaction marks no verdict stale (migration 0045's triggers skip it): for a new tenant's
 * bulk seed, which has no stored verdicts yet and would otherwise queue every subject it writes.
 */
export async function skipStaleMarking(tx: Db | Tx) {
  await tx.execute(sql`SELECT set_config('vinhdanh.skip_eligibility_stale', 'on', true)`);
}

export async function ensureScope(db: Db, tenantId: string, year: number, path: string, version: string) {
  const covering = await db
    .select({ path: eligibilityScan.path, rulesVersion: eligibilityScan.rulesVersion })
    .from(eligibilityScan)
    .where(
      and(
        eq(eligibilityScan.tenantId, tenantId),
        eq(eligibilityScan.year, year),
        sql`${path} LIKE ${eligibilityScan.path} || '%'`,
      ),
    );
  if (covering.some((c) => c.rulesVersion === version)) return;
  // A wider scope scanned under an older version is enqueued whole; else the unit's own.
  const targets = covering.length > 0 ? covering.map((c) => c.path) : [path];
  for (const target of targets) await enqueueScope(db, tenantId, year, target, version);
}

/** Re-enqueues every scope of the tenant scanned under another rules version (the job's pass). */
async function reconcileScopes(db: Db, tenantId: string, version: string) {
  const old = await db
    .select({ year: eligibilityScan.year, path: eligibilityScan.path })
    .from(eligibilityScan)
    .where(and(eq(eligibilityScan.tenantId, tenantId), sql`${eligibilityScan.rulesVersion} <> ${version}`));
  for (const s of old) await enqueueScope(db, tenantId, s.year, s.path, version);
}

/** How many subjects under the path wait for a new verdict of the year. */
export async function pendingInScope(db: Db, tenantId: string, year: number, path: string) {
  const [count] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(DISTINCT s.subject_id)::int AS n FROM eligibility_stale s
        WHERE s.tenant_id = ${tenantId} AND s.year IN (0, ${year}) AND ${inScope(tenantId, path)}`,
  );
  return Number(count?.n ?? 0);
}

/** Claims up to `limit` rows no other job holds, hiding them for the lease. */
async function claim(db: Db, tenantId: string, limit: number, scope?: SQL) {
  return db.transaction((tx) =>
    queryRows<Claimed>(
      tx,
      sql`WITH picked AS (
            SELECT s.subject_id, s.year FROM eligibility_stale s
            WHERE s.tenant_id = ${tenantId} AND (s.claimed_until IS NULL OR s.claimed_until < now())
              ${scope ? sql`AND ${scope}` : sql``}
            ORDER BY s.changed_at, s.subject_id LIMIT ${limit}
            FOR UPDATE SKIP LOCKED)
          UPDATE eligibility_stale s SET claimed_until = now() + ${LEASE}
          FROM picked WHERE s.tenant_id = ${tenantId} AND s.subject_id = picked.subject_id AND s.year = picked.year
          RETURNING s.subject_id, s.year, s.version`,
    ),
  );
}

/** Judges claimed subjects for their year (0: every year the tenant maintains) and releases the rows. */
async function refreshClaimed(db: Db, tenantId: string, claimed: Claimed[], ruleSets: TenantRuleSets) {
  const scanned = await db
    .selectDistinct({ year: eligibilityScan.year })
    .from(eligibilityScan)
    .where(eq(eligibilityScan.tenantId, tenantId));
  const byYear = new Map<number, Set<string>>();
  for (const c of claimed) {
    for (const year of c.year === 0 ? scanned.map((s) => s.year) : [c.year]) {
      const ids = byYear.get(year) ?? new Set<string>();
      ids.add(c.subject_id);
      byYear.set(year, ids);
    }
  }
  for (const [year, set] of byYear) {
    const ids = [...set];
    const people = await db
      .select({ id: person.id })
      .from(person)
      .where(and(eq(person.tenantId, tenantId), inArray(person.id, ids)));
    const units = await db
      .select({ id: orgUnit.id })
      .from(orgUnit)
      .where(
        and(
          eq(orgUnit.tenantId, tenantId),
          inArray(orgUnit.id, ids),
          eq(orgUnit.status, 'ACTIVE'),
          isNull(orgUnit.validTo),
        ),
      );
    const rows = [
      ...(await judgeBatch(
        db,
        tenantId,
        year,
        ruleSets,
        people.map((p) => p.id),
        'PERSON',
      )),
      ...(await judgeBatch(
        db,
        tenantId,
        year,
        ruleSets,
        units.map((u) => u.id),
        'COLLECTIVE',
      )),
    ];
    // Every id's verdicts are replaced: a deleted person or a closed unit keeps none.
    await saveVerdicts(db, tenantId, year, ids, rows);
  }
  const keys = sql.join(
    claimed.map((c) => sql`(${c.subject_id}::uuid, ${c.year}::int, ${c.version}::int)`),
    sql`, `,
  );
  // A row a write touched while we judged has a higher version: it stays, and is judged again.
  await db.execute(sql`DELETE FROM eligibility_stale WHERE tenant_id = ${tenantId}
    AND (subject_id, year, version) IN (${keys})`);
  const pairs = sql.join(
    claimed.map((c) => sql`(${c.subject_id}::uuid, ${c.year}::int)`),
    sql`, `,
  );
  await db.execute(sql`UPDATE eligibility_stale SET claimed_until = NULL WHERE tenant_id = ${tenantId}
    AND (subject_id, year) IN (${pairs})`);
}

/**
 * Judges the subjects under a path that wait for the year, inline (a small scope: the GET answers
 * fresh). Rows another job holds are left to it and stay counted as pending.
 */
export async function refreshScope(
  db: Db,
  tenantId: string,
  year: number,
  path: string,
  ruleSets: TenantRuleSets,
  limit: number,
) {
  const scope = sql`s.year IN (0, ${year}) AND ${inScope(tenantId, path)}`;
  const claimed = await claim(db, tenantId, limit, scope);
  if (claimed.length > 0) await refreshClaimed(db, tenantId, claimed, ruleSets);
  return claimed.length;
}

export type RefreshOptions = { batchSize?: number; maxBatchesPerTenant?: number };

/**
 * One pass of the job: for each tenant with work, re-enqueues scopes scanned under old parameters,
 * then judges waiting subjects in batches (a bounded number, so one tenant never starves another).
 */
export async function refreshOnce(db: Db, options: RefreshOptions = {}): Promise<number> {
  const batchSize = options.batchSize ?? 200;
  const tenants = await queryRows<{ tenant_id: string }>(
    db,
    sql`SELECT DISTINCT tenant_id FROM eligibility_stale UNION SELECT DISTINCT tenant_id FROM eligibility_scan`,
  );
  let judged = 0;
  for (const { tenant_id: tenantId } of tenants) {
    const ruleSets = await loadRuleSets(db, tenantId);
    await reconcileScopes(db, tenantId, ruleSets.version);
    for (let i = 0; i < (options.maxBatchesPerTenant ?? 10); i++) {
      const claimed = await claim(db, tenantId, batchSize);
      if (claimed.length === 0) break;
      await refreshClaimed(db, tenantId, claimed, ruleSets);
      judged += claimed.length;
    }
  }
  return judged;
}

/**
 * Runs a pass every `intervalMs` (default 3 s), at once again while there is work; stop() waits
 * for the pass in flight. Every server process runs one: the row claims keep them apart.
 */
export function startEligibilityJob(
  db: Db,
  options: RefreshOptions & { intervalMs?: number; onError?: (error: unknown) => void } = {},
) {
  let stopped = false;
  let running: Promise<unknown> | null = null;
  const pass = async () => {
    while (!stopped && (await refreshOnce(db, options)) > 0);
  };
  const timer = setInterval(() => {
    // A long pass is not queued behind: the next tick finds it still running and waits.
    if (running || stopped) return;
    running = pass()
      .catch((error) => options.onError?.(error))
      .finally(() => {
        running = null;
      });
  }, options.intervalMs ?? 3_000);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
