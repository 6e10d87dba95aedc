import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { annualRating, eligibilityStale, eligibilityVerdict, hold } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { ApiClient } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { addPerson } from '../../test/fixtures';
import { ensureScope, pendingInScope, refreshOnce } from './eligibility-refresh';
import { loadRuleSets } from './judge';

// Issue 19: the stored verdicts behind "Gợi ý đề nghị" are kept fresh by triggers and a job, never
// recomputed whole inside a GET, and a stale one is never shown as current.
describeEngines('eligibility refresh', (env) => {
  type Subject = { id: string; isPending: boolean; computedAt: string };
  type Award = { award: string; total: number; subjects: Subject[] };

  it('marks a subject stale when its records change, and the job judges it again', async () => {
    const { database, fx, app } = env();
    const db = database.db;
    const unit = fx.ownChild;
    const id = await addPerson(db, fx.tenantA, unit.id, 'Đinh Thị Lụa', { recruitedOn: '2010-01-01' });
    await db.insert(annualRating).values({
      tenantId: fx.tenantA,
      id: newId(),
      subjectType: 'PERSON',
      subjectId: id,
      year: 2025,
      rating: 'HTTNV',
    });
    const stale = () =>
      db
        .select()
        .from(eligibilityStale)
        .where(and(eq(eligibilityStale.tenantId, fx.tenantA), eq(eligibilityStale.subjectId, id)));
    // The rating's trigger marked her (every year: 0), whatever wrote it.
    expect((await stale()).map((s) => s.year)).toEqual([0]);

    // A small scope is judged inside the GET: the answer is fresh, with its time.
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const first = await officer.get(`/api/org-units/${unit.id}/suggestions?year=2025`);
    expect(first.status).toBe(200);
    expect(first.body.pending).toBe(0);
    const ldtt = (body: { awards: Award[] }) => body.awards.find((a) => a.award === 'LDTT');
    const listed = ldtt(first.body)?.subjects.find((s) => s.id === id);
    expect(listed).toMatchObject({ isPending: false });
    expect(Number.isNaN(Date.parse(listed!.computedAt))).toBe(false);
    expect(first.body.computedAt).not.toBeNull();
    expect(await stale()).toEqual([]);

    // A complaint holds her awards: the hold's trigger marks her; the stored verdict is now stale.
    await db.insert(hold).values({
      tenantId: fx.tenantA,
      id: newId(),
      subjectId: id,
      reason: 'KHIEU_NAI',
      fromDate: '2025-06-01',
    });
    expect(await stale()).toHaveLength(1);
    expect(await pendingInScope(db, fx.tenantA, 2025, unit.path)).toBeGreaterThanOrEqual(1);
    const verdict = () =>
      db
        .select()
        .from(eligibilityVerdict)
        .where(
          and(
            eq(eligibilityVerdict.tenantId, fx.tenantA),
            eq(eligibilityVerdict.subjectId, id),
            eq(eligibilityVerdict.year, 2025),
            eq(eligibilityVerdict.awardCode, 'LDTT'),
          ),
        );
    expect((await verdict())[0]).toMatchObject({ isEligible: true, isHeld: false });

    // The job (one pass, as the server's timer runs it) judges her again and empties the queue.
    expect(await refreshOnce(db)).toBeGreaterThanOrEqual(1);
    expect(await stale()).toEqual([]);
    expect((await verdict())[0]).toMatchObject({ isEligible: false, isHeld: true });
    const after = await officer.get(`/api/org-units/${unit.id}/suggestions?year=2025`);
    expect(after.body.pending).toBe(0);
    expect(ldtt(after.body)?.subjects.some((s: Subject) => s.id === id) ?? false).toBe(false);
  });

  it('enqueues a year never scanned instead of judging it in the request, then the job fills it', async () => {
    const { database, fx } = env();
    const db = database.db;
    const unit = fx.ownChild;
    await refreshOnce(db);
    const { version } = await loadRuleSets(db, fx.tenantA);
    await ensureScope(db, fx.tenantA, 2021, unit.path, version);
    const waiting = await pendingInScope(db, fx.tenantA, 2021, unit.path);
    expect(waiting).toBeGreaterThan(0);
    // Asking again under the same rules enqueues nothing more.
    await ensureScope(db, fx.tenantA, 2021, unit.path, version);
    expect(await pendingInScope(db, fx.tenantA, 2021, unit.path)).toBe(waiting);
    await refreshOnce(db);
    expect(await pendingInScope(db, fx.tenantA, 2021, unit.path)).toBe(0);
  });

  it('pages each award’s list and counts it whole', async () => {
    const { database, fx, app } = env();
    const db = database.db;
    const unit = fx.ownChild;
    for (const name of ['Mã Văn Ba', 'Mã Văn Bốn', 'Mã Văn Năm']) {
      const id = await addPerson(db, fx.tenantA, unit.id, name, { recruitedOn: '2010-01-01' });
      await db.insert(annualRating).values({
        tenantId: fx.tenantA,
        id: newId(),
        subjectType: 'PERSON',
        subjectId: id,
        year: 2025,
        rating: 'HTTNV',
      });
    }
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const all = ldttOf((await officer.get(`/api/org-units/${unit.id}/suggestions?year=2025`)).body);
    expect(all.total).toBe(all.subjects.length);
    expect(all.total).toBeGreaterThanOrEqual(3);
    const page = ldttOf(
      (await officer.get(`/api/org-units/${unit.id}/suggestions?year=2025&limit=2&offset=1`)).body,
    );
    expect(page.total).toBe(all.total);
    expect(page.subjects.map((s) => s.id)).toEqual(all.subjects.slice(1, 3).map((s) => s.id));
  });

  const ldttOf = (body: { awards: Award[] }) => body.awards.find((a) => a.award === 'LDTT')!;
});
