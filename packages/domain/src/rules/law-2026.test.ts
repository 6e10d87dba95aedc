// Issue 12: the law as it stands in 2026 (law-2025-review.md), one describe per rule, each citing its article.
import { describe, expect, it } from 'vitest';
import { routeFor } from '../workflow/routing';
import { canDecide } from './authority';
import { checkCase, type EligibilityCase } from './case';
import { evaluateAward } from './engine';
import { payableAmounts } from './money-principles';
import {
  hasWomenPriority,
  serviceMonthsRequired,
  sortWithWomenPriority,
  womenPriorityNote,
} from './priority';
import { checkCouncilVote } from './procedure';
import { ruleSetAt } from './registry';
import { ruleSetWithOverrides } from './rule-set';
import type { History } from './types';

const ND91 = ruleSetAt('2023-06-01');
const ND98 = ruleSetAt('2024-06-01');
const ND152 = ruleSetAt('2025-09-01');

const texts = (v: { reasons: readonly { met: boolean; text: string }[] }, met: boolean) =>
  v.reasons.filter((r) => r.met === met).map((r) => r.text);
const person = (extra: Partial<History> = {}, group: History['subject']['group'] = 'CBCCVC'): History => ({
  subject: { type: 'individual', recruitedOn: '2015-03-01', group },
  ...extra,
});

describe('1. Communes after the two-tier reform (ND 129/2025/NĐ-CP, Điều 59)', () => {
  it('the commune chair decides Thôn VH, GĐVH, TTLĐTT, CSTĐCS, LĐTT, Giấy khen; not the district', () => {
    for (const code of ['THON_VH', 'GD_VH', 'TTLDTT', 'CSTDCS', 'LDTT', 'GIAY_KHEN'] as const)
      expect(canDecide(ND152, 'CHU_TICH_UBND_XA', code).allowed).toBe(true);
    expect(ND152.awards.CSTDCS.deciders).not.toContain('CHU_TICH_UBND_HUYEN');
    expect(canDecide(ND152, 'CHU_TICH_UBND_XA', 'CSTDCS').citation).toContain('Điều 59');
  });
  it('"Xã, phường, đặc khu tiêu biểu" replaces "thị trấn" in the name under ND 152', () => {
    expect(ND152.awards.XA_TIEU_BIEU.name).toBe('Xã, phường, đặc khu tiêu biểu');
    expect(ND152.awards.XA_TIEU_BIEU.name).not.toContain('thị trấn');
  });
  it('leading the movement means leading the province cluster of communes (parameter, Law 2022, Điều 29)', () => {
    const commune: History = {
      subject: { type: 'collective', collectiveKind: 'COMMUNE' },
      ratings: [{ year: 2025, rating: 'HTXSNV' }],
    };
    const target = { award: 'XA_TIEU_BIEU' as const, year: 2025 };
    const without = evaluateAward(commune, target, ND152);
    expect(without.eligible).toBe(false);
    expect(without.reasons.find((r) => !r.met)?.citation).toContain('Điều 29');
    const leading = { ...commune, clusterLeader: [{ year: 2025, organizer: 'BO_TINH' as const }] };
    expect(evaluateAward(leading, target, ND152).eligible).toBe(true);
    const attestedOnly = ruleSetWithOverrides(ND152, { xaTieuBieuLeading: 'ATTESTED' });
    expect(evaluateAward(commune, target, attestedOnly).eligible).toBe(true);
  });
  it('routing: a school under a commune sends CSTĐCS and TTLĐTT to the commune chair, not the province', () => {
    const chain = [
      { id: 'school', type: 'DON_VI_SU_NGHIEP_XA', name: 'Trường Tiểu học' },
      { id: 'xa', type: 'XA_PHUONG', name: 'UBND xã' },
      { id: 'tinh', type: 'UBND_TINH', name: 'UBND tỉnh' },
    ];
    for (const code of ['CSTDCS', 'TTLDTT'] as const) {
      const r = routeFor(chain, ND152.awards[code].deciders);
      expect(r).toMatchObject({ ok: true, deciderRole: 'CHU_TICH_UBND_XA', levels: ['xa'] });
      // ND 98: the district chair decided them (Law 2022, Điều 80.2), never the commune chair.
      expect(routeFor(chain, ND98.awards[code].deciders)).not.toMatchObject({
        deciderRole: 'CHU_TICH_UBND_XA',
      });
    }
  });
});

describe('2. Workers, farmers and labourers: LĐTT without a rating (Law 2022, Điều 24.3–4)', () => {
  it('a farmer with no rating is eligible on the workers standard; a civil servant without a rating is not', () => {
    for (const group of ['NONG_DAN', 'CONG_NHAN', 'NGUOI_LAO_DONG'] as const) {
      const v = evaluateAward(person({}, group), { award: 'LDTT', year: 2025 }, ND152);
      expect(v.eligible, group).toBe(true);
      expect(v.reasons.some((r) => r.citation.includes('Điều 24, khoản 3'))).toBe(true);
    }
    const cadre = evaluateAward(person({}, 'CBCCVC'), { award: 'LDTT', year: 2025 }, ND152);
    expect(cadre.eligible).toBe(false);
    expect(texts(cadre, false).join(' ')).toContain('Chưa có kết quả đánh giá năm 2025');
  });
  it('an unknown group keeps the civil-service standard', () => {
    const v = evaluateAward({ subject: { type: 'individual' } }, { award: 'LDTT', year: 2025 }, ND152);
    expect(v.eligible).toBe(false);
  });
});

describe('3. Households (Law 2022, Điều 31, 74, 75; ND 152, Điều 54)', () => {
  const household: History = { subject: { type: 'household' } };
  it('Giấy khen and Gia đình văn hóa need no rating', () => {
    expect(evaluateAward(household, { award: 'GIAY_KHEN', year: 2025 }, ND152).eligible).toBe(true);
    const gd = evaluateAward(household, { award: 'GD_VH', year: 2025 }, ND152);
    expect(gd.eligible).toBe(true);
    expect(gd.reasons[0]?.citation).toContain('Điều 31');
  });
  it('Bằng khen tỉnh can go to a household, judged by the council', () => {
    const v = evaluateAward(household, { award: 'BK_BO_TINH', year: 2025 }, ND152);
    expect(v.eligible).toBe(false);
    expect(v.needsCouncil).toBe(true);
    expect(texts(v, false)[0]).toContain('Cần Hội đồng xác nhận');
    const confirmed = { ...household, confirmed: ['LTDKT2022_D74_HO_GIA_DINH'] };
    expect(evaluateAward(confirmed, { award: 'BK_BO_TINH', year: 2025 }, ND152).eligible).toBe(true);
  });
  it('a household receives 1.5 × the individual amount (ND 152, Điều 54)', () => {
    const target = { award: 'BK_BO_TINH' as const, year: 2025 };
    const opts = { decisionDate: '2025-09-10' };
    const one = evaluateAward(person(), target, ND152, opts).amountVnd;
    const hh = evaluateAward(household, target, ND152, opts).amountVnd;
    expect(one).toBe(3_510_000);
    expect(hh).toBe(5_270_000); // 1.5 × 1.5 × 2,340,000 = 5,265,000 → rounded up to 10,000 đ
    const gk = evaluateAward(household, { award: 'GIAY_KHEN', year: 2025 }, ND152, opts).amountVnd;
    expect(gk).toBe(1_060_000); // 1.5 × 0.3 × 2,340,000 = 1,053,000 → 1,060,000
    expect(ND152.awards.GIAY_KHEN.moneyCitation).toContain('Điều 54');
  });
});

describe('4. Every route to Bằng khen under công trạng (Law 2022, Điều 73, 74; ND 152, Điều 4.1)', () => {
  const noChain = person({ ratings: [{ year: 2025, rating: 'HTTNV' }] });
  it('without the chain, the other routes are shown as "cần Hội đồng xác nhận" with their points', () => {
    const v = evaluateAward(noChain, { award: 'BK_BO_TINH', year: 2025 }, ND152);
    expect(v.eligible).toBe(false);
    expect(v.needsCouncil).toBe(true);
    const judged = v.reasons.filter((r) => r.text.startsWith('Cần Hội đồng xác nhận'));
    expect(judged.map((r) => r.citation)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Điều 74, khoản 1, điểm a'),
        expect.stringContaining('Điều 74, khoản 1, điểm b'),
        expect.stringContaining('Điều 74, khoản 1, điểm c'),
      ]),
    );
  });
  it('a confirmed route makes it eligible, kind công trạng, with no lower form first', () => {
    const h = { ...noChain, confirmed: ['LTDKT2022_D74_1_B'] };
    const v = evaluateAward(h, { award: 'BK_BO_TINH', year: 2025, kind: 'CONG_TRANG' }, ND152);
    expect(v.eligible).toBe(true);
    expect(texts(v, true).join(' ')).toContain('Hội đồng đã xác nhận');
    const ttg = evaluateAward(
      { ...noChain, confirmed: ['LTDKT2022_D73_1_C'] },
      { award: 'BK_TTG', year: 2025 },
      ND152,
    );
    expect(ttg.eligible).toBe(true);
  });
  it('the workers and farmers point applies only to them (influence at commune level)', () => {
    const confirmed = ['LTDKT2022_D74_1_CN_ND'];
    const farmer = person({ confirmed }, 'NONG_DAN');
    expect(evaluateAward(farmer, { award: 'BK_BO_TINH', year: 2025 }, ND152).eligible).toBe(true);
    expect(evaluateAward(person({ confirmed }), { award: 'BK_BO_TINH', year: 2025 }, ND152).eligible).toBe(
      false,
    );
  });
  it('a judged BK still counts in later chains, being công trạng', () => {
    const h = person({
      awards: [{ award: 'BK_BO_TINH', year: 2019, kind: 'CONG_TRANG' }],
      ratings: [2020, 2021, 2022, 2023, 2024].map((year) => ({ year, rating: 'HTTNV' as const })),
    });
    const v = evaluateAward(h, { award: 'BK_TTG', year: 2024 }, ND98);
    expect(texts(v, true).join(' ')).toContain('Đã được tặng Bằng khen bộ, tỉnh');
  });
});

describe('5. TTLĐTT: at least 70% LĐTT and no member cảnh cáo or worse (Law 2022, Điều 28.1.c)', () => {
  const unit = (ldtt: number, disciplined = 0, year = 2025): History => ({
    subject: { type: 'collective' },
    ratings: [{ year, rating: 'HTTNV' }],
    members: { total: 40, completedDuties: 40, ldtt, cstdcs: 0, disciplined },
  });
  it('28/40 = 70% is enough; 27/40 is not; a disciplined member blocks', () => {
    expect(evaluateAward(unit(28), { award: 'TTLDTT', year: 2025 }, ND152).eligible).toBe(true);
    const low = evaluateAward(unit(27), { award: 'TTLDTT', year: 2025 }, ND152);
    expect(low.eligible).toBe(false);
    expect(texts(low, false).join(' ')).toContain('tối thiểu 70%');
    expect(low.reasons[0]?.citation).toContain('Điều 28');
    expect(evaluateAward(unit(30, 1), { award: 'TTLDTT', year: 2025 }, ND152).eligible).toBe(false);
  });
  it('the old law keeps "more than 50%"', () => {
    expect(evaluateAward(unit(21, 0, 2023), { award: 'TTLDTT', year: 2023 }, ND91).eligible).toBe(true);
  });
});

describe('6. Titles with cycles (Law 2022, Điều 21.1, 22.1.a with Điều 5.2.c)', () => {
  it('CSTĐ toàn quốc: two CSTĐ tỉnh a cycle apart are consecutive; a missed cycle is not', () => {
    const h = (years: number[]) =>
      person({
        awards: years.map((year) => ({ award: 'CSTD_BO_TINH' as const, year })),
        initiatives: [{ year: 2025, type: 'SANG_KIEN', scope: 'TOAN_QUOC' }],
      });
    const v = evaluateAward(h([2022, 2025]), { award: 'CSTDTQ', year: 2025 }, ND152);
    expect(v.eligible, JSON.stringify(v.reasons)).toBe(true);
    expect(texts(v, true).join(' ')).toContain('mỗi lần một chu kỳ 3 năm');
    const gap = evaluateAward(h([2018, 2025]), { award: 'CSTDTQ', year: 2025 }, ND152);
    expect(gap.eligible).toBe(false);
    expect(gap.reasons.find((r) => !r.met)?.citation).toContain('Điều 21');
  });
  it('a new CSTĐ tỉnh needs three CSTĐCS not already counted for the earlier one', () => {
    const h = person({
      awards: [
        ...[2021, 2022, 2023, 2024].map((year) => ({ award: 'CSTDCS' as const, year })),
        { award: 'CSTD_BO_TINH', year: 2023 },
      ],
      initiatives: [{ year: 2024, type: 'SANG_KIEN', scope: 'BO_TINH' }],
    });
    const v = evaluateAward(h, { award: 'CSTD_BO_TINH', year: 2024 }, ND152);
    expect(v.eligible).toBe(false);
    expect(texts(v, false).join(' ')).toContain('đã được tính cho');
    const fresh = person({
      awards: [
        ...[2021, 2022, 2023, 2024, 2025, 2026].map((year) => ({ award: 'CSTDCS' as const, year })),
        { award: 'CSTD_BO_TINH', year: 2023 },
      ],
      initiatives: [{ year: 2026, type: 'SANG_KIEN', scope: 'BO_TINH' }],
    });
    expect(evaluateAward(fresh, { award: 'CSTD_BO_TINH', year: 2026 }, ND152).eligible).toBe(true);
  });
});

describe('7. Initiatives and topics (Law 2022, Điều 23.2, 74.1.d; CV 5007/BNV-TĐKT III.5.c)', () => {
  const base = {
    ratings: [{ year: 2025, rating: 'HTTNV' as const }],
    awards: [{ award: 'LDTT' as const, year: 2025 }],
  };
  it('CSTĐCS may rest on a topic accepted but not applied; Bằng khen may not', () => {
    const topic = person({
      ...base,
      initiatives: [{ year: 2025, type: 'DE_TAI', scope: 'CO_SO', applied: false }],
    });
    const v = evaluateAward(topic, { award: 'CSTDCS', year: 2025 }, ND152);
    expect(v.eligible).toBe(true);
    const notAccepted = person({
      ...base,
      initiatives: [{ year: 2025, type: 'DE_TAI', scope: 'CO_SO', applied: false, accepted: false }],
    });
    expect(evaluateAward(notAccepted, { award: 'CSTDCS', year: 2025 }, ND152).eligible).toBe(false);
    const bk = person({
      ratings: [2024, 2025].map((year) => ({ year, rating: 'HTXSNV' as const })),
      initiatives: [2024, 2025].map((year) => ({
        year,
        type: 'DE_TAI' as const,
        scope: 'CO_SO' as const,
        applied: false,
      })),
    });
    expect(evaluateAward(bk, { award: 'BK_BO_TINH', year: 2025 }, ND152).eligible).toBe(false);
  });
  it('"02 sáng kiến hoặc 02 đề tài": one of each is not enough by default (parameter)', () => {
    const mixed = person({
      ratings: [2024, 2025].map((year) => ({ year, rating: 'HTXSNV' as const })),
      initiatives: [
        { year: 2024, type: 'SANG_KIEN', scope: 'CO_SO' },
        { year: 2025, type: 'DE_TAI', scope: 'CO_SO' },
      ],
    });
    const v = evaluateAward(mixed, { award: 'BK_BO_TINH', year: 2025 }, ND152);
    expect(v.eligible).toBe(false);
    expect(texts(v, false).join(' ')).toContain('không cộng lẫn');
    const allowMixing = ruleSetWithOverrides(ND152, { initiativeMixing: 'MIXED' });
    expect(evaluateAward(mixed, { award: 'BK_BO_TINH', year: 2025 }, allowMixing).eligible).toBe(true);
  });
  it('an initiative used as the ground of one award is not used again', () => {
    const h = (initiativesUsed: string[]) =>
      person({
        ratings: [2024, 2025].map((year) => ({ year, rating: 'HTXSNV' as const })),
        initiatives: [
          { id: 'sk-1', year: 2024, type: 'SANG_KIEN', scope: 'CO_SO' },
          { id: 'sk-2', year: 2025, type: 'SANG_KIEN', scope: 'CO_SO' },
        ],
        awards: [{ award: 'GIAY_KHEN', year: 2025, initiativesUsed }],
      });
    expect(evaluateAward(h([]), { award: 'BK_BO_TINH', year: 2025 }, ND152).eligible).toBe(true);
    const used = evaluateAward(h(['sk-2']), { award: 'BK_BO_TINH', year: 2025 }, ND152);
    expect(used.eligible).toBe(false);
    expect(texts(used, false).join(' ')).toContain('Chỉ có 1/2');
  });
});

describe("8. Discipline in the year blocks that year's title (ND 152, Điều 4, khoản 4)", () => {
  const h = person(
    {
      ratings: [
        { year: 2025, rating: 'HTTNV' },
        { year: 2026, rating: 'HTTNV' },
      ],
      disciplines: [{ form: 'KHIEN_TRACH', from: '2025-02-01', to: '2025-07-31' }],
    },
    'CBCCVC',
  );
  it('by default (NEXT_FULL_YEAR) no LĐTT for 2025, LĐTT again for 2026', () => {
    const v = evaluateAward(h, { award: 'LDTT', year: 2025 }, ND152);
    expect(v.eligible).toBe(false);
    const d = v.reasons.find((r) => r.text.includes('không xét năm 2025'));
    expect(d?.citation).toBe('Nghị định 152/2025/NĐ-CP, Điều 4, khoản 4');
    expect(evaluateAward(h, { award: 'LDTT', year: 2026 }, ND152).eligible).toBe(true);
  });
  it('a worker without a rating is blocked the same way', () => {
    const worker = { ...h, subject: { ...h.subject, group: 'CONG_NHAN' as const } };
    expect(evaluateAward(worker, { award: 'LDTT', year: 2025 }, ND152).eligible).toBe(false);
  });
  it('SAME_YEAR stays available as a tenant parameter', () => {
    const rs = ruleSetWithOverrides(ND152, { disciplineRestart: 'SAME_YEAR' });
    expect(evaluateAward(h, { award: 'LDTT', year: 2025 }, rs).eligible).toBe(true);
  });
});

describe('9. Education: the school year (Sept–Aug), months never past the decision', () => {
  const teacher = (recruitedOn: string, extra: Partial<History> = {}): History => ({
    subject: { type: 'individual', recruitedOn, group: 'CBCCVC', evaluationPeriod: 'SCHOOL_YEAR' },
    ratings: [{ year: 2025, rating: 'HTTNV' }],
    ...extra,
  });
  it('school year 2024–2025 ends 31/8/2025: recruited 01/02/2025 has 6 months by then', () => {
    const c: EligibilityCase = { ...teacher('2025-02-01'), target: { award: 'LDTT', year: 2025 } };
    const v = checkCase(c);
    expect(v.eligible, JSON.stringify(v.reasons)).toBe(true);
    expect(texts(v, true).join(' ')).toContain('cuối năm học 2024–2025');
    expect(v.ruleSet).toBe('LTDKT-2022+ND-152-2025'); // default decision date 31/08/2025
  });
  it('months are counted to the decision date when it comes first', () => {
    const c: EligibilityCase = {
      ...teacher('2025-02-01'),
      target: { award: 'LDTT', year: 2025 },
      decisionDate: '2025-06-30',
    };
    const v = checkCase(c);
    expect(v.eligible).toBe(false);
    expect(texts(v, false).join(' ')).toContain('ngày quyết định 30/06/2025');
  });
  it('a calendar-year June decision does not count months to 31/12 either', () => {
    const c: EligibilityCase = {
      subject: { type: 'individual', recruitedOn: '2025-01-15', group: 'CBCCVC' },
      ratings: [{ year: 2025, rating: 'HTTNV' }],
      target: { award: 'LDTT', year: 2025 },
      decisionDate: '2025-06-20',
    };
    expect(checkCase(c).eligible).toBe(false);
  });
  it('a discipline ending in October lets the next school year count', () => {
    const h = teacher('2015-09-01', {
      ratings: [{ year: 2026, rating: 'HTTNV' }],
      disciplines: [{ form: 'KHIEN_TRACH', from: '2025-03-01', to: '2025-08-31' }],
    });
    expect(evaluateAward(h, { award: 'LDTT', year: 2026 }, ND152).eligible).toBe(true);
  });
});

describe('10. Money (ND 152, Điều 49–54)', () => {
  it('cites Điều 50 for titles, 51 for Huân chương, 54 for Bằng khen and Giấy khen', () => {
    expect(ND152.awards.LDTT.moneyCitation).toBe('Nghị định 152/2025/NĐ-CP, Điều 50');
    expect(ND152.awards.CSTDCS.moneyCitation).toContain('Điều 50');
    expect(ND152.awards.HCLD3.moneyCitation).toContain('Điều 51');
    expect(ND152.awards.BK_BO_TINH.moneyCitation).toContain('Điều 54');
  });
  const items = [
    { key: 'ldtt', subjectKey: 'p1', award: 'LDTT' as const, year: 2025, amountVnd: 710_000 },
    { key: 'cstdcs', subjectKey: 'p1', award: 'CSTDCS' as const, year: 2025, amountVnd: 2_340_000 },
    { key: 'bk', subjectKey: 'p1', award: 'BK_BO_TINH' as const, year: 2025, amountVnd: 3_510_000 },
    { key: 'other', subjectKey: 'p2', award: 'LDTT' as const, year: 2025, amountVnd: 710_000 },
  ];
  it('several titles of one year pay only the highest; a title and a form both pay', () => {
    const out = payableAmounts(ND152, items);
    expect(out.map((p) => p.payableVnd)).toEqual([0, 2_340_000, 3_510_000, 710_000]);
    expect(out[0]?.note).toContain('chỉ nhận tiền thưởng của danh hiệu cao nhất');
    expect(out[0]?.citation).toBe('Nghị định 152/2025/NĐ-CP, Điều 49');
  });
  it('a lower title paid by an earlier decision: the later one pays the difference (parameter)', () => {
    const earlier = [{ subjectKey: 'p1', award: 'LDTT' as const, year: 2025, amountVnd: 710_000 }];
    const out = payableAmounts(ND152, items.slice(1, 2), earlier);
    expect(out[0]?.payableVnd).toBe(1_630_000);
    const full = ruleSetWithOverrides(ND152, {
      moneyPrinciples: { sameYearTitles: 'HIGHEST_ONLY', earlierPaidLowerTitle: 'PAY_HIGHER_IN_FULL' },
    });
    expect(payableAmounts(full, items.slice(1, 2), earlier)[0]?.payableVnd).toBe(2_340_000);
  });
});

describe('11. Women (ND 152, Điều 4, khoản 6–7)', () => {
  it('with equal merit, women and collectives with ≥ 70% women come first, and the list says so', () => {
    const list = [
      { id: 'a', score: 90, female: false },
      { id: 'b', score: 90, female: true },
      { id: 'c', score: 95, female: false },
      { id: 'd', score: 90, members: { total: 10, women: 7 } },
    ];
    const sorted = sortWithWomenPriority(
      ND152,
      list,
      (x) => x.score,
      (x) => x,
    );
    expect(sorted.map((x) => x.id)).toEqual(['c', 'b', 'd', 'a']);
    expect(hasWomenPriority(ND152, { members: { total: 10, women: 6 } })).toBe(false);
    expect(womenPriorityNote(ND152)).toContain('Điều 4, khoản 6');
  });
  it('female leaders need one third less service time for cống hiến', () => {
    expect(serviceMonthsRequired(ND152, 10, false)).toBe(120);
    expect(serviceMonthsRequired(ND152, 10, true)).toBe(80);
  });
});

describe('13. Transition by the date the deciding level received the dossier (Law 2022, Điều 96)', () => {
  const c: EligibilityCase = {
    target: { award: 'CSTDCS', year: 2023 },
    subject: { type: 'individual', recruitedOn: '2015-03-01', group: 'CBCCVC' },
    ratings: [{ year: 2023, rating: 'HTXSNV' }],
    awards: [{ award: 'LDTT', year: 2023 }],
    decisionDate: '2024-01-20',
  };
  it('received 20/12/2023, decided 20/01/2024: judged under the old law', () => {
    const v = checkCase({ ...c, submittedOn: '2023-12-20' });
    expect(v.ruleSet).toBe('LTDKT-2013+ND-91-2017');
    expect(v.eligible).toBe(false);
    expect(v.amountVnd).toBe(1_800_000); // money still on the decision date's base salary
    expect(checkCase(c).ruleSet).toBe('LTDKT-2022+ND-98-2023');
  });
  it('ND 152: dossiers received before 01/07/2025 keep ND 98 (parameter)', () => {
    const late = { ...c, target: { award: 'CSTDCS' as const, year: 2025 }, decisionDate: '2025-08-01' };
    expect(checkCase({ ...late, submittedOn: '2025-06-25' }).ruleSet).toBe('LTDKT-2022+ND-98-2023');
    expect(checkCase({ ...late, submittedOn: '2025-07-02' }).ruleSet).toBe('LTDKT-2022+ND-152-2025');
  });
});

describe('14. Council thresholds: the province regulation, not ND 91 (law-2025-review §1.3.15)', () => {
  it('a 2025 ballot cites the provincial regulation; the 90% default stays a tenant parameter', () => {
    const r = checkCouncilVote(ND152, 'CSTD_BO_TINH', { members: 20, present: 18, yes: 17 });
    expect(r.citation).toContain('Quy chế hoạt động của Hội đồng Thi đua – Khen thưởng tỉnh');
    expect(r.citation).not.toContain('91/2017');
    expect(r.thresholdPct).toBe(90);
    const bacNinh = ruleSetWithOverrides(ND152, {
      councilVotes: { CSTD_BO_TINH: { thresholdPct: 50, denominator: 'PRESENT' } },
    });
    expect(checkCouncilVote(bacNinh, 'CSTD_BO_TINH', { members: 20, present: 18, yes: 10 }).passed).toBe(
      true,
    );
  });
});
