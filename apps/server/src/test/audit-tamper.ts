import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';

/**
 * What a database superuser could do to the audit log: bypass the append-only trigger and run raw
 * statements, in one transaction. Citus takes trigger DDL on a distributed table only when told
 * the trigger is safe (db/citus.ts); other engines skip that setting.
 */
export async function tamperWithAudit(db: Db, run: (tx: Tx) => Promise<unknown>) {
  await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT set_config('citus.enable_unsafe_triggers', 'on', true)
      WHERE EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'citus')`);
    await tx.execute(sql`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update`);
    await run(tx);
    await tx.execute(sql`ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update`);
  });
}
