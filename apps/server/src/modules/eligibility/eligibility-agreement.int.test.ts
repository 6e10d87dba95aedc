import { evaluateAward } from '@vinhdanh/domain/rules/engine';
import { and, eq, like } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { annualRating, award, orgUnit, person } from '../../db/schema/index';
import { DEMO_PASSWORD } from '../../demo/seed-demo';
import { newId } from '../../lib/ids';
import { currentYearVn } from '../../platform/clock';
import { ApiClient } from '../../test/client';
import { demoTenantId } from '../../test/demo-db';
import { describeDemoEngines } from '../../test/engines';
import { appraiseItems } from '../proposals/proposal-appraisal';
import { refreshOnce } from './eligibility-refresh';
import { judgeSubjects, loadHistories, loadRuleSets, type SubjectRef } from './judge';

// Issue 11.3, acceptance: the person page, "Gợi ý đề nghị" and the dossier check give the same verdict
// for every person (and unit) of the demo province, once the stored verdicts are fresh. Each path runs
// its own code: the suggestions over HTTP from the stored verdicts, once the refresh job (issue 19)
// has judged all that waits; the person page's judgement in bulk, and over HTTP for a sample (which
// must match the bulk answer); the dossier check (appraiseItems, what create and submit run) over one
// item per subject and award, and over HTTP for the seen case. Years: the demo's last year of records
// (2025) and the current year.

type Reason = { met: boolean; text: string; citation: string };
type Verdict = { award: string; eligible: boolean; held: boolean; reasons: Reason[] };
const LAST_DEMO_YEAR = 2025;
const ONE_ACHIEVEMENT = /Luật Thi đua, khen thưởng.*Điều 5$/;

describeDemoEngines('one eligibility truth over the demo province', (env) => {
  let tenantId = '';
  let root = { id: '', path: '' };
  let sgddt = { id: '', path: '' };
  let subjects: SubjectRef[] = [];
  /** The seen case in the current year: holds Bằng khen tỉnh for it, and the record alone meets it. */
  let holderNow = '';

  const record = (db: Db, subjectId: string, code: string, year: number) =>
    db.insert(award).values({
      tenantId,
      id: newId(),
      subjectType: 'PERSON',
      subjectId,
      awardCode: code,
      kind: 'CONG_TRANG',
      year,
      decisionDate: `${year}-12-01`,
    });

  beforeAll(async () => {
    const db = env().database.db;
    tenantId = await demoTenantId(db);
    const unit = async (code: string) => {
      const [u] = await db
        .select({ id: orgUnit.id, path: orgUnit.path })
        .from(orgUnit)
        .where(and(eq(orgUnit.tenantId, tenantId), eq(orgUnit.code, code)));
      return u!;
    };
    root = await unit('UBND');
    sgddt = await unit('SGDDT');
    const people = await db.select({ id: person.id }).from(person).where(eq(person.tenantId, tenantId));
    const units = await db
      .select({ id: orgUnit.id })
      .from(orgUnit)
      .where(and(eq(orgUnit.tenantId, tenantId), eq(orgUnit.status, 'ACTIVE')));
    subjects = [
      ...people.map((p) => ({ subjectType: 'PERSON' as const, subjectId: p.id })),
      ...units.map((u) => ({ subjectType: 'COLLECTIVE' as const, subjectId: u.id })),
    ];
    // The seen case this year: a teacher of the Sở with CSTĐ cơ sở last year, rated and given LĐTT,
    // CSTĐ cơ sở and Bằng khen tỉnh this year (recorded after the fact, as an import would).
    const year = currentYearVn();
    const candidates = await db
      .select({ id: person.id })
      .from(person)
      .innerJoin(orgUnit, and(eq(orgUnit.tenantId, person.tenantId), eq(orgUnit.id, person.unitId)))
      .innerJoin(award, and(eq(award.tenantId, person.tenantId), eq(award.subjectId, person.id)))
      .where(
        and(
          eq(person.tenantId, tenantId),
          like(orgUnit.path, `${sgddt.path}%`),
          eq(award.awardCode, 'CSTDCS'),
          eq(award.year, year - 1),
        ),
      );
    holderNow = candidates[0]!.id;
    await db.insert(annualRating).values({
      tenantId,
      id: newId(),
      subjectType: 'PERSON',
      subjectId: holderNow,
      year,
      rating: 'HTXSNV',
    });
    for (const code of ['LDTT', 'CSTDCS', 'BK_BO_TINH']) await record(db, holderNow, code, year);
  });

  /** Holders of Bằng khen tỉnh for the year whose record alone meets it: the seen case. */
  async function seenCases(year: number) {
    const db = env().database.db;
    const holders = await db
      .select({ id: award.subjectId })
      .from(award)
      .where(
        and(
          eq(award.tenantId, tenantId),
          eq(award.awardCode, 'BK_BO_TINH'),
          eq(award.year, year),
          eq(award.subjectType, 'PERSON'),
        ),
      );
    const refs = holders.map((h) => ({ subjectType: 'PERSON' as const, subjectId: h.id }));
    const histories = await loadHistories(db, tenantId, refs, year);
    const ruleSet = (await loadRuleSets(db, tenantId)).ofYear(year);
    return refs
      .map((r) => r.subjectId)
      .filter((id) => evaluateAward(histories.get(id)!, { award: 'BK_BO_TINH', year }, ruleSet).eligible);
  }

  async function compareAll(year: number) {
    const { database, app } = env();
    const db = database.db;
    // Fresh stored verdicts, kept as the server keeps them: the first GET of the year puts the whole
    // province in the queue (it judges no big scope inline), the job judges what waits, and then
    // the answer has nothing pending and no verdict marked as being judged again.
    const officer = await ApiClient.login(app, 'quantri', DEMO_PASSWORD);
    const url = `/api/org-units/${root.id}/suggestions?year=${year}`;
    const asked = await officer.get(url);
    expect(asked.status).toBe(200);
    expect(asked.body.pending).toBeGreaterThan(0);
    while ((await refreshOnce(db, { maxBatchesPerTenant: 100 })) > 0);
    const res = await officer.get(url);
    expect(res.status).toBe(200);
    expect(res.body.pending).toBe(0);
    expect(res.body.computedAt).not.toBeNull();
    const suggested = new Set<string>();
    for (const a of res.body.awards)
      for (const s of a.subjects) {
        expect(s.isPending, s.id).toBe(false);
        suggested.add(`${s.id}|${a.award}`);
      }

    // The person page's judgement, in bulk.
    const page = (await judgeSubjects(db, tenantId, year, subjects)).subjects;
    const pageKeys = new Set([...page].flatMap(([id, p]) => p.verdicts.map((v) => `${id}|${v.award}`)));

    // The dossier check: one item per subject and award the page judges.
    const kinds = new Map(subjects.map((s) => [s.subjectId, s.subjectType]));
    const items = [...page].flatMap(([id, p]) =>
      p.verdicts.map((v) => ({
        id: `${id}|${v.award}`,
        subjectType: kinds.get(id)!,
        subjectId: id,
        awardCode: v.award,
        achievement: null,
      })),
    );
    const dossier = await appraiseItems(
      db,
      tenantId,
      { kind: 'CONG_TRANG', year, unitPath: root.path },
      items,
    );

    const disagreements: string[] = [];
    let eligible = 0;
    for (const [id, p] of page) {
      for (const v of p.verdicts) {
        const key = `${id}|${v.award}`;
        const d = dossier.get(key);
        const isSuggested = suggested.has(key);
        if (v.eligible) eligible += 1;
        if (
          !d ||
          d.engineEligible !== v.eligible ||
          d.verdict.eligible !== v.eligible ||
          isSuggested !== v.eligible ||
          d.verdict.held !== v.held ||
          JSON.stringify(d.verdict.reasons) !== JSON.stringify(v.reasons)
        )
          disagreements.push(
            `${key}: trang cá nhân ${v.eligible}, gợi ý ${isSuggested}, hồ sơ ${d?.engineEligible} (${d?.verdict.eligible})`,
          );
      }
    }
    for (const key of suggested) if (!pageKeys.has(key)) disagreements.push(`${key}: chỉ có trong gợi ý`);
    expect(disagreements.slice(0, 20)).toEqual([]);
    expect(pageKeys.size).toBe(items.length);
    expect(suggested.size).toBe(eligible);
    return { page, officer };
  }

  /** The person page over HTTP gives the bulk judgement, for a sample and the given people. */
  async function pageOverHttp(
    officer: ApiClient,
    page: Awaited<ReturnType<typeof compareAll>>['page'],
    year: number,
    ids: string[],
  ) {
    const sample = [...subjects.filter((_, i) => i % 97 === 0).map((s) => s.subjectId), ...ids];
    for (const id of sample) {
      const res = await officer.get(`/api/subjects/${id}/eligibility?year=${year}`);
      expect(res.status).toBe(200);
      const bulk = page.get(id)!.verdicts.map((v) => ({
        award: v.award,
        eligible: v.eligible,
        held: v.held,
        reasons: v.reasons,
      }));
      const http = (res.body.verdicts as Verdict[]).map((v) => ({
        award: v.award,
        eligible: v.eligible,
        held: v.held,
        reasons: v.reasons,
      }));
      expect(http).toEqual(bulk);
    }
    return sample.length;
  }

  it(`agree for every person and unit in ${LAST_DEMO_YEAR}, and the seen case cites Điều 5 on each path`, async () => {
    const year = LAST_DEMO_YEAR;
    const seen = await seenCases(year);
    expect(seen.length).toBeGreaterThan(0);
    const { page, officer } = await compareAll(year);
    for (const id of seen) {
      const v = page.get(id)!.verdicts.find((x) => x.award === 'BK_BO_TINH')!;
      expect(v.eligible).toBe(false);
      expect(v.reasons.filter((r) => !r.met).map((r) => r.citation)).toEqual([
        expect.stringMatching(ONE_ACHIEVEMENT),
      ]);
    }
    expect(await pageOverHttp(officer, page, year, seen)).toBeGreaterThan(20);
  });

  it('agree for every person and unit in the current year; a Bằng khen already held is refused on every path', async () => {
    const { app } = env();
    const year = currentYearVn();
    expect(await seenCases(year)).toEqual([holderNow]);
    const { page, officer } = await compareAll(year);
    const citesDieu5 = (reasons: Reason[]) =>
      reasons
        .filter((r) => !r.met)
        .map((r) => r.citation)
        .some((c) => ONE_ACHIEVEMENT.test(c));

    // Person page over HTTP.
    const res = await officer.get(`/api/subjects/${holderNow}/eligibility?year=${year}`);
    const onPage = (res.body.verdicts as Verdict[]).find((v) => v.award === 'BK_BO_TINH')!;
    expect(onPage.eligible).toBe(false);
    expect(citesDieu5(onPage.reasons)).toBe(true);
    // "Gợi ý đề nghị" of the Sở: not listed for Bằng khen tỉnh.
    const sugg = await officer.get(`/api/org-units/${sgddt.id}/suggestions?year=${year}`);
    const bk = (sugg.body.awards as { award: string; subjects: { id: string }[] }[]).find(
      (a) => a.award === 'BK_BO_TINH',
    );
    expect(bk?.subjects.some((s) => s.id === holderNow) ?? false).toBe(false);
    // A dossier of the Sở proposing it: the item is not eligible, with the same reasons.
    const unitOfficer = await ApiClient.login(app, 'canbo.sogd', DEMO_PASSWORD);
    const created = await unitOfficer.post('/api/proposals', {
      kind: 'CONG_TRANG',
      title: 'Đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh',
      year,
      submittingUnitId: sgddt.id,
      items: [{ subjectType: 'PERSON', subjectId: holderNow, awardCode: 'BK_BO_TINH' }],
    });
    expect(created.status).toBe(201);
    const item = created.body.proposals[0].items[0];
    expect(item.engineEligible).toBe(false);
    expect(item.verdict.eligible).toBe(false);
    expect(item.verdict.reasons).toEqual(onPage.reasons);
    expect(citesDieu5(item.verdict.reasons)).toBe(true);
    await pageOverHttp(officer, page, year, [holderNow]);
  });
});
