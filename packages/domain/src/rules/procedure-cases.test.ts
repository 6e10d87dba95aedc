// law.md §13 cases that are not a single eligibility verdict: T20, T22, T30–T33.
import { describe, expect, it } from 'vitest';
import { findDuplicateRewards, revocationEffect } from './achievement';
import { canDecide } from './authority';
import { evaluateAward } from './engine';
import { checkCouncilVote, dossierFor, needsPublicComment, simplifiedProcedure } from './procedure';
import { checkQuotas } from './quota';
import { ruleSetAt, ruleSetById } from './registry';
import { ruleSetWithOverrides } from './rule-set';
import type { History } from './types';

const ND91 = ruleSetAt('2023-06-01');
const ND98 = ruleSetAt('2024-06-01');
const ND152 = ruleSetAt('2025-09-01');

describe('T20 Cờ thi đua của Chính phủ cap', () => {
  it('12 cluster leaders → at most 2, rounding down by default', () => {
    const [r] = checkQuotas(ND98, { clusterLeaders: 12, proposed: { CO_CP: 3 } });
    expect(r).toMatchObject({ limit: 2, raw: 2.4, rounding: 'FLOOR', requested: 3, ok: false });
    expect(r?.citation).toContain('Điều 25');
    expect(checkQuotas(ND152, { clusterLeaders: 12, proposed: { CO_CP: 2 } })[0]?.ok).toBe(true);
  });
  it('rounding is a tenant parameter', () => {
    const quotas = ND98.params.quotas.map((q) => ({ ...q, rounding: 'ROUND' as const }));
    const [r] = checkQuotas(ruleSetWithOverrides(ND98, { quotas }), {
      clusterLeaders: 13,
      proposed: { CO_CP: 3 },
    });
    expect(r).toMatchObject({ raw: 2.6, limit: 3, rounding: 'ROUND', ok: true });
  });
  it('ND 91 caps CSTĐ cơ sở at 15% of LĐTT holders; Law 2022 sets no national cap', () => {
    const [r] = checkQuotas(ND91, { ldttCount: 20, proposed: { CSTDCS: 4 } });
    expect(r).toMatchObject({ limit: 3, ok: false });
    expect(checkQuotas(ND98, { ldttCount: 20, proposed: { CSTDCS: 4 } })).toEqual([]);
  });
  it('a missing basis is reported, not guessed', () => {
    expect(checkQuotas(ND98, { proposed: { CO_CP: 1 } })[0]).toMatchObject({ ok: false, limit: null });
  });
});

describe('T22 authority', () => {
  it('under ND 98 a commune chair may not decide CSTĐ cơ sở, only LĐTT, Giấy khen, Gia đình văn hóa (Điều 80.3)', () => {
    const r = canDecide(ND98, 'CHU_TICH_UBND_XA', 'CSTDCS');
    expect(r.allowed).toBe(false);
    expect(r.citation).toContain('Điều 80');
    for (const code of ['LDTT', 'GIAY_KHEN', 'GD_VH'] as const)
      expect(canDecide(ND98, 'CHU_TICH_UBND_XA', code).allowed).toBe(true);
    for (const code of ['THON_VH', 'TTLDTT'] as const)
      expect(canDecide(ND98, 'CHU_TICH_UBND_XA', code).allowed).toBe(false);
  });
  it('from 01/07/2025 the commune chair decides what the district chair did (ND 129/2025, Điều 59)', () => {
    for (const code of ['THON_VH', 'GD_VH', 'TTLDTT', 'CSTDCS', 'LDTT', 'GIAY_KHEN'] as const) {
      const r = canDecide(ND152, 'CHU_TICH_UBND_XA', code);
      expect(r.allowed, code).toBe(true);
      expect(r.citation).toContain('Nghị định 129/2025/NĐ-CP, Điều 59');
    }
    for (const code of ['TTLDXS', 'BK_BO_TINH', 'CSTD_BO_TINH', 'XA_TIEU_BIEU'] as const)
      expect(canDecide(ND152, 'CHU_TICH_UBND_XA', code).allowed, code).toBe(false);
  });
  it('the district level disappears under ND 152', () => {
    expect(canDecide(ND98, 'CHU_TICH_UBND_HUYEN', 'LDTT').allowed).toBe(true);
    expect(canDecide(ND152, 'CHU_TICH_UBND_HUYEN', 'LDTT').allowed).toBe(false);
  });
});

describe('T30 revocation', () => {
  it('falsified report: revoke, recover certificate and money; the award no longer counts', () => {
    const e = revocationEffect('a', ND98);
    expect(e).toMatchObject({ revoke: true, recoverItems: true, recoverMoney: true });
    expect(e.citation).toContain('Điều 93');
    const h: History = {
      subject: { type: 'individual' },
      ratings: [2019, 2020, 2021, 2022, 2023].map((year) => ({ year, rating: 'HTXSNV' as const })),
      awards: [
        { award: 'BK_TTG', year: 2018, revoked: true },
        ...[2019, 2021, 2023].map((year) => ({ award: 'CSTDCS' as const, year })),
      ],
    };
    expect(evaluateAward(h, { award: 'HCLD3', year: 2023 }, ND98).eligible).toBe(false);
  });
});

describe('T31 one achievement, one award', () => {
  const h: History = {
    subject: { type: 'individual' },
    awards: [
      {
        award: 'BK_BO_TINH',
        year: 2024,
        kind: 'DOT_XUAT',
        achievementId: 'lu-2024',
        achievement: 'Cứu hộ lũ lụt 2024',
      },
      { award: 'CSTDCS', year: 2024 },
      { award: 'GIAY_KHEN', year: 2024, kind: 'DOT_XUAT', achievementId: 'x', revoked: true },
    ],
  };
  it('rejects BK TTg for the flood rescue already rewarded with a BK tỉnh đột xuất', () => {
    const d = findDuplicateRewards(h, {
      award: 'BK_TTG',
      year: 2024,
      kind: 'DOT_XUAT',
      achievementId: 'lu-2024',
    });
    expect(d).toHaveLength(1);
    expect(d[0]?.rule).toBe('SAME_ACHIEVEMENT_ID');
    expect(d[0]?.citation).toContain('Điều 5');
  });
  it('matches by normalised text when no id is known', () => {
    const d = findDuplicateRewards(h, {
      award: 'BK_TTG',
      year: 2024,
      kind: 'DOT_XUAT',
      achievement: '  cứu hộ  lũ lụt 2024',
    });
    expect(d.map((x) => x.rule)).toEqual(['SAME_ACHIEVEMENT_TEXT']);
  });
  it('the same yearly title twice is a duplicate; a different form on its own basis is not; revoked awards never count', () => {
    expect(findDuplicateRewards(h, { award: 'CSTDCS', year: 2024 }).map((x) => x.rule)).toEqual([
      'SAME_TITLE_SAME_PERIOD',
    ]);
    expect(findDuplicateRewards(h, { award: 'BK_BO_TINH', year: 2024 })).toEqual([]);
    expect(
      findDuplicateRewards(h, { award: 'GIAY_KHEN', year: 2024, kind: 'DOT_XUAT', achievementId: 'x' }),
    ).toEqual([]);
  });
});

describe('T32 council secret ballot', () => {
  it('13 of 15 members (86.7%) fails ≥ 90% of all members under ND 91 and, by default, ND 98/152', () => {
    for (const rs of [ND91, ND98, ND152]) {
      const r = checkCouncilVote(rs, 'CSTDTQ', { members: 15, present: 14, yes: 13 });
      expect(r).toMatchObject({
        required: true,
        passed: false,
        thresholdPct: 90,
        denominator: 'ALL_MEMBERS',
      });
    }
    // Law review 2025 §1.3.15: ND 91 is cited only for its own era; from 2024 the threshold is the province's
    // council regulation (a tenant parameter), with the confirmed legal minimum (ND 98, Điều 47) beside it.
    expect(checkCouncilVote(ND91, 'CSTDTQ', { members: 15, present: 14, yes: 13 }).citation).toContain(
      'Nghị định 91/2017/NĐ-CP, Điều 45',
    );
    for (const rs of [ND98, ND152]) {
      const citation = checkCouncilVote(rs, 'CSTDTQ', { members: 15, present: 14, yes: 13 }).citation;
      expect(citation).toContain('Quy chế hoạt động của Hội đồng Thi đua – Khen thưởng tỉnh');
      expect(citation).not.toContain('91/2017');
    }
    expect(checkCouncilVote(ND98, 'CSTDTQ', { members: 15, present: 14, yes: 13 }).citation).toContain(
      'Nghị định 98/2023/NĐ-CP, Điều 47',
    );
    expect(checkCouncilVote(ND91, 'CSTDTQ', { members: 15, present: 15, yes: 14 }).passed).toBe(true);
  });
  it('threshold and denominator are tenant parameters', () => {
    const rs = ruleSetWithOverrides(ND98, {
      councilVotes: { CSTDTQ: { thresholdPct: 90, denominator: 'PRESENT' } },
    });
    expect(checkCouncilVote(rs, 'CSTDTQ', { members: 15, present: 14, yes: 12 }).passed).toBe(false);
    expect(checkCouncilVote(rs, 'CSTDTQ', { members: 15, present: 13, yes: 12 }).passed).toBe(true);
    expect(checkCouncilVote(rs, 'CSTD_BO_TINH', { members: 15, present: 13, yes: 12 }).thresholdPct).toBe(90);
    expect(checkCouncilVote(ND98, 'LDTT', { members: 5, present: 5, yes: 1 }).required).toBe(false);
  });
  it('public comment before CSTĐ toàn quốc and orders', () => {
    expect(needsPublicComment(ND98, 'CSTDTQ')).toBe(true);
    expect(needsPublicComment(ND98, 'HCLD3')).toBe(true);
    expect(needsPublicComment(ND98, 'LDTT')).toBe(false);
  });
});

describe('T33 simplified procedure', () => {
  it('a clear one-off rescue may use the short dossier', () => {
    const r = simplifiedProcedure(ND152, {
      kind: 'DOT_XUAT',
      timely: true,
      unexpected: true,
      clearMerit: true,
    });
    expect(r.allowed).toBe(true);
    expect(r.dossier).toHaveLength(2);
    expect(r.citation).toContain('Điều 85');
    expect(
      simplifiedProcedure(ND98, { kind: 'CONG_TRANG', timely: true, unexpected: true, clearMerit: true })
        .allowed,
    ).toBe(false);
  });
  it('dossiers follow Điều 84 and add the initiative proof for CSTĐ titles', () => {
    const d = dossierFor(ND98, 'CSTDCS');
    expect(d.citation).toContain('Điều 84, khoản 1');
    expect(d.items.some((x) => x.includes('sáng kiến'))).toBe(true);
    expect(dossierFor(ND98, 'BK_TTG').citation).toContain('Điều 84, khoản 2');
  });
});

describe('rule set ids', () => {
  it('are the contract ids', () => {
    expect(ruleSetById('LTDKT-2013+ND-91-2017')).toBeDefined();
    expect(ND91.id).toBe('LTDKT-2013+ND-91-2017');
    expect(ND98.id).toBe('LTDKT-2022+ND-98-2023');
    expect(ND152.id).toBe('LTDKT-2022+ND-152-2025');
  });
});
