import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { auditEvent, auditHead } from '../../db/schema/index';
import { GENESIS_HASH, hashAuditRecord } from '../../platform/audit/audit-hash';

export type ChainProblem = 'HASH' | 'LINK' | 'GAP' | 'TAIL' | 'NO_EVENTS' | 'NO_HEAD' | 'ANCHOR';
export type ChainBreak = {
  tenantId: string;
  shard: number;
  seq: number;
  id: string | null;
  problem: ChainProblem;
};

/** A chain's head as exported for safekeeping outside the data folder. */
export type AuditAnchor = { tenantId: string; shard: number; seq: number; eventId: string; hash: string };

export type VerifyOptions = {
  onProgress?: (checked: number) => void;
  /** Heads exported earlier (`audit head --export`): each must still be a link of its chain. */
  anchors?: AuditAnchor[];
};

type ChainEnd = { seq: number; id: string | null; hash: string };
type Head = { seq: number; hash: string };

/** One chain: a tenant's shard (platform/audit/append-audit.ts). */
type ChainKey = { tenantId: string; shard: number };
const keyOf = (c: ChainKey) => `${c.tenantId}/${c.shard}`;

/**
 * Recomputes every chain (each shard of each tenant) in batches and returns the first problem of
 * each chain. A chain that verifies link by link can still have lost its last events, or all of
 * them: so the chain must also reach the head recorded in `audit_head`, a shard with a head past
 * seq 0 must have events, and a shard with events must have a head. Heads are read before the
 * events, so an event appended meanwhile only makes the chain longer than its head, which is fine.
 */
export async function verifyAuditChains(
  db: Db,
  options: VerifyOptions | ((checked: number) => void) = {},
): Promise<{ checked: number; breaks: ChainBreak[] }> {
  const { onProgress, anchors = [] } = typeof options === 'function' ? { onProgress: options } : options;
  const headRows = await db.select().from(auditHead);
  const heads = new Map<string, ChainKey & Head>(headRows.map((h) => [keyOf(h), h]));
  const chains = await db
    .selectDistinct({ tenantId: auditEvent.tenantId, shard: auditEvent.shard })
    .from(auditEvent)
    .orderBy(asc(auditEvent.tenantId), asc(auditEvent.shard));
  const breaks: ChainBreak[] = [];
  const counter = { checked: 0 };
  const withEvents = new Set<string>();
  for (const chain of chains) {
    withEvents.add(keyOf(chain));
    const head = heads.get(keyOf(chain));
    const walk = await walkChain(db, chain, markSeqs(head, anchors, chain), counter, onProgress);
    const problem = walk.broken ?? (await checkEnd(db, chain, head, walk));
    if (problem) breaks.push(problem);
    else {
      const anchorProblem = checkAnchors(anchors, chain, walk.seen);
      if (anchorProblem) breaks.push(anchorProblem);
    }
  }
  for (const head of [...heads.values()].sort((a, b) => keyOf(a).localeCompare(keyOf(b)))) {
    if (withEvents.has(keyOf(head)) || head.seq === 0) continue;
    breaks.push({
      tenantId: head.tenantId,
      shard: head.shard,
      seq: head.seq,
      id: null,
      problem: 'NO_EVENTS',
    });
  }
  for (const anchor of anchors) {
    if (withEvents.has(keyOf(anchor)) || heads.has(keyOf(anchor))) continue;
    breaks.push({ ...anchorKey(anchor), seq: anchor.seq, id: anchor.eventId, problem: 'ANCHOR' });
  }
  return { checked: counter.checked, breaks };
}

const anchorKey = (a: AuditAnchor): ChainKey => ({ tenantId: a.tenantId, shard: a.shard });
const sameChain = (a: AuditAnchor, chain: ChainKey) => keyOf(a) === keyOf(chain);

/** The sequence numbers whose row we must remember while walking: the head's and the anchors'. */
function markSeqs(head: Head | undefined, anchors: AuditAnchor[], chain: ChainKey): Set<number> {
  const marks = new Set(anchors.filter((a) => sameChain(a, chain)).map((a) => a.seq));
  if (head) marks.add(head.seq);
  return marks;
}

async function walkChain(
  db: Db,
  chain: ChainKey,
  marks: Set<number>,
  counter: { checked: number },
  onProgress?: (checked: number) => void,
): Promise<{ broken?: ChainBreak; end?: ChainEnd; seen: Map<number, ChainEnd> }> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let end: ChainEnd | undefined;
  const seen = new Map<number, ChainEnd>();
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvent)
      .where(
        and(
          eq(auditEvent.tenantId, chain.tenantId),
          eq(auditEvent.shard, chain.shard),
          gt(auditEvent.seq, expectedSeq - 1),
        ),
      )
      .orderBy(asc(auditEvent.seq))
      .limit(2000);
    if (rows.length === 0) return { end, seen };
    for (const row of rows) {
      const { prevHash: storedPrev, hash, ...record } = row;
      let problem: ChainProblem | undefined;
      if (row.seq !== expectedSeq) problem = 'GAP';
      else if (storedPrev !== prevHash) problem = 'LINK';
      else if (hashAuditRecord(prevHash, record) !== hash) problem = 'HASH';
      if (problem) return { broken: { ...chain, seq: row.seq, id: row.id, problem }, seen };
      end = { seq: row.seq, id: row.id, hash };
      if (marks.has(row.seq)) seen.set(row.seq, end);
      prevHash = hash;
      expectedSeq += 1;
      counter.checked += 1;
    }
    onProgress?.(counter.checked);
  }
}

/** The chain must reach its recorded head, and the link there must carry the head's hash. */
async function checkEnd(
  db: Db,
  chain: ChainKey,
  head: Head | undefined,
  walk: { end?: ChainEnd; seen: Map<number, ChainEnd> },
): Promise<ChainBreak | undefined> {
  const last = walk.end;
  if (!last) return undefined;
  if (!head) {
    // A shard's first events may have committed after the heads were read.
    const [now] = await db
      .select()
      .from(auditHead)
      .where(and(eq(auditHead.tenantId, chain.tenantId), eq(auditHead.shard, chain.shard)));
    if (now) return undefined;
    return { ...chain, seq: last.seq, id: last.id, problem: 'NO_HEAD' };
  }
  const atHead = walk.seen.get(head.seq);
  if (!atHead) return { ...chain, seq: head.seq, id: null, problem: 'TAIL' };
  if (atHead.hash !== head.hash) return { ...chain, seq: head.seq, id: atHead.id, problem: 'HASH' };
  return undefined;
}

function checkAnchors(anchors: AuditAnchor[], chain: ChainKey, seen: Map<number, ChainEnd>) {
  for (const anchor of anchors) {
    if (!sameChain(anchor, chain)) continue;
    const link = seen.get(anchor.seq);
    if (!link || link.id !== anchor.eventId || link.hash !== anchor.hash) {
      return { ...chain, seq: anchor.seq, id: anchor.eventId, problem: 'ANCHOR' as const };
    }
  }
  return undefined;
}

/** Each chain's head (tenant and shard) as it stands, with the id of its last event, for an external anchor. */
export async function exportAuditHeads(db: Db): Promise<AuditAnchor[]> {
  const rows = await db
    .select({
      tenantId: auditHead.tenantId,
      shard: auditHead.shard,
      seq: auditHead.seq,
      eventId: auditEvent.id,
      hash: auditHead.hash,
    })
    .from(auditHead)
    .innerJoin(
      auditEvent,
      and(
        eq(auditEvent.tenantId, auditHead.tenantId),
        eq(auditEvent.shard, auditHead.shard),
        eq(auditEvent.seq, auditHead.seq),
      ),
    )
    .orderBy(asc(auditHead.tenantId), asc(auditHead.shard));
  return rows;
}

export async function countAuditEvents(db: Db, tenantId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(auditEvent)
    .where(eq(auditEvent.tenantId, tenantId));
  return row?.n ?? 0;
}
