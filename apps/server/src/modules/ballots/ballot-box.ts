import { randomInt } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { ballotBoxKey, ballotChoice, ballotSeal } from '../../db/schema/index';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { appendAudit } from '../../platform/audit/append-audit';
import { newSalt, open, type SealContext, seal } from './ballot-key';

// The sealed ballot box (bỏ phiếu kín) shared by the council (ND 91, Điều 45) and the vote for a
// cluster's leading unit (suy tôn). A box is a council session or a cluster vote.
//
// Casting, in the voter's transaction: the use's participation rows ("voter X has voted on Y",
// no id, time or sequence), the choices sealed under the box's key (ballot_seal, no voter), and an
// audit event naming voter and question, never the choice. No counter moves per vote: old
// versions of a counter sharing a transaction id with a participation row were what linked
// voters to choices in the table files.
//
// Closing, in the close's transaction: open every seal, shuffle, tally, write the choices as one
// batch without voter or cast order (ballot_choice), delete the seals and the box's salt (its key
// can then never be derived again). After commit the tables are vacuumed (vacuumBallotTables).

export type BoxRef = { tenantId: string; boxId: string };
export type Tally = Map<string, Map<string, number>>;

export type SealedBallot = {
  box: BoxRef;
  /**
   * Inserts the use's participation rows (on conflict do nothing) and says whether they were new.
   * Their primary key is what makes "one voter, one vote" hold under concurrency.
   */
  participate(tx: Tx): Promise<boolean>;
  /** One choice per question; sealed before it reaches the database. */
  choices: { questionId: string; choice: string }[];
  /** The audit event: `after` names the voter and the questions only. */
  audit: { action: string; entityType: string; entityId: string; after: Record<string, unknown> };
};

const ofBox = (t: typeof ballotSeal | typeof ballotBoxKey | typeof ballotChoice, box: BoxRef) =>
  and(eq(t.tenantId, box.tenantId), eq(t.boxId, box.boxId));

/** The box's salt, created with the first ballot (the caller holds the box's row lock). */
async function saltOf(tx: Tx, box: BoxRef) {
  await tx
    .insert(ballotBoxKey)
    .values({ ...box, salt: newSalt() })
    .onConflictDoNothing();
  const [row] = await tx
    .select({ salt: ballotBoxKey.salt })
    .from(ballotBoxKey)
    .where(ofBox(ballotBoxKey, box));
  if (!row) throw new Error('ballot box key missing');
  return row.salt;
}

/** Records one ballot, or refuses a second one with ALREADY_VOTED (nothing written then). */
export async function castSealedBallot(tx: Tx, ctx: RequestContext, ballot: SealedBallot) {
  if (!(await ballot.participate(tx))) throw new AppError('ALREADY_VOTED');
  const key: SealContext = { ...ballot.box, salt: await saltOf(tx, ballot.box) };
  if (ballot.choices.length > 0)
    await tx.insert(ballotSeal).values(
      ballot.choices.map((c) => ({
        ...ballot.box,
        questionId: c.questionId,
        sealed: seal(key, c.questionId, c.choice),
      })),
    );
  await appendAudit(tx, {
    tenantId: ctx.actor.tenantId,
    actorId: ctx.actor.userId,
    action: ballot.audit.action,
    entityType: ballot.audit.entityType,
    entityId: ballot.audit.entityId,
    after: ballot.audit.after,
    requestId: ctx.requestId,
  });
}

/** Fisher–Yates with a cryptographic source: the opened choices keep nothing of the cast order. */
export function shuffle<T>(xs: T[], pick: (n: number) => number = randomInt): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = pick(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Counts per question and choice. */
export function tallyOf(choices: { questionId: string; choice: string }[]): Tally {
  const t: Tally = new Map();
  for (const c of choices) {
    const q = t.get(c.questionId) ?? new Map<string, number>();
    q.set(c.choice, (q.get(c.choice) ?? 0) + 1);
    t.set(c.questionId, q);
  }
  return t;
}

export const countOf = (t: Tally, questionId: string, choice: string) => t.get(questionId)?.get(choice) ?? 0;

/**
 * Opens the box at close, in the close's transaction: every seal is opened (BALLOT_SEAL_LOST if
 * one cannot be), the choices are shuffled and tallied, written as one batch ordered by question
 * and choice only, and the seals and the salt are deleted. A rollback of the close (quorum not
 * met, a tie) leaves the box as it was.
 */
export async function openBallotBox(tx: Tx, box: BoxRef): Promise<Tally> {
  const sealed = await tx
    .select({ questionId: ballotSeal.questionId, sealed: ballotSeal.sealed })
    .from(ballotSeal)
    .where(ofBox(ballotSeal, box));
  const [key] = await tx
    .select({ salt: ballotBoxKey.salt })
    .from(ballotBoxKey)
    .where(ofBox(ballotBoxKey, box));
  const opened: { questionId: string; choice: string }[] = [];
  for (const s of sealed) {
    const choice = key ? open({ ...box, salt: key.salt }, s.questionId, s.sealed) : null;
    if (choice === null) throw new AppError('BALLOT_SEAL_LOST');
    opened.push({ questionId: s.questionId, choice });
  }
  // Shuffled first, so nothing downstream (a log, an error) can follow the cast order; then
  // written in an order that depends on the result alone, so the heap order of the batch is the
  // same whatever order the ballots were cast in.
  const batch = shuffle(opened).sort((a, b) =>
    a.questionId === b.questionId
      ? a.choice.localeCompare(b.choice)
      : a.questionId.localeCompare(b.questionId),
  );
  if (batch.length > 0) await tx.insert(ballotChoice).values(batch.map((c) => ({ ...box, ...c })));
  await tx.delete(ballotSeal).where(ofBox(ballotSeal, box));
  await tx.delete(ballotBoxKey).where(ofBox(ballotBoxKey, box));
  return tallyOf(batch);
}

/**
 * The seals of a box that can no longer be opened (the process that held the ballot secret
 * restarted without VINHDANH_BALLOT_SECRET): they, the salt and the participation rows are
 * removed in one transaction, so the members can vote again. Recorded in the audit log.
 */
export async function emptyLostBox(
  db: Db,
  ctx: RequestContext,
  box: BoxRef,
  entity: { entityType: string; entityId: string },
  resetParticipation: (tx: Tx) => Promise<void>,
) {
  await db.transaction(async (tx) => {
    const [{ n } = { n: 0 }] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(ballotSeal)
      .where(ofBox(ballotSeal, box));
    await tx.delete(ballotSeal).where(ofBox(ballotSeal, box));
    await tx.delete(ballotBoxKey).where(ofBox(ballotBoxKey, box));
    await resetParticipation(tx);
    await appendAudit(tx, {
      tenantId: box.tenantId,
      actorId: ctx.actor.userId,
      action: 'ballot.sealLost',
      entityType: entity.entityType,
      entityId: entity.entityId,
      after: { discardedSeals: n },
      requestId: ctx.requestId,
    });
  });
}

/**
 * Closes a box: `close` runs the close's transaction (which calls openBallotBox). When the seals
 * cannot be opened the box is emptied for a new vote and BALLOT_SEAL_LOST is raised; on success
 * the ballot tables are vacuumed.
 */
export async function closeBallotBox<T>(
  db: Db,
  ctx: RequestContext,
  box: BoxRef,
  lost: { entityType: string; entityId: string; resetParticipation: (tx: Tx) => Promise<void> },
  close: () => Promise<T>,
  useTables: string[],
): Promise<T> {
  let result: T;
  try {
    result = await close();
  } catch (error) {
    if (error instanceof AppError && error.code === 'BALLOT_SEAL_LOST')
      await emptyLostBox(db, ctx, box, lost, lost.resetParticipation);
    throw error;
  }
  await vacuumBallotTables(db, useTables);
  return result;
}

/**
 * After a close: VACUUM FULL rewrites the seal and key tables (tiny; the dead rows' bytes, which a
 * plain VACUUM leaves in the page's free space, go with the old file), and a plain VACUUM clears
 * the dead versions of the use's tables. Outside any transaction, after commit; a failure is
 * logged and does not undo the close (the next close vacuums again).
 */
export async function vacuumBallotTables(db: Db, useTables: string[]) {
  try {
    await db.execute(sql.raw('VACUUM FULL ballot_seal, ballot_box_key'));
    await db.execute(sql.raw(`VACUUM ballot_choice${useTables.map((t) => `, ${t}`).join('')}`));
  } catch (error) {
    console.error('VACUUM of the ballot tables failed after a close', error);
  }
}

/** Tallies are shown only once the ballot is closed, so no one reads them change vote by vote. */
export const talliesIfClosed = <T extends object>(closed: boolean, tallies: T): Partial<T> =>
  closed ? tallies : {};
