import { describe, expect, it } from 'vitest';
import { stepDeadline } from '../complaints/time-limits';
import { validateOverrides } from './overrides';
import { RULE_SETS, ruleSetAt } from './registry';
import { ruleSetWithOverrides } from './rule-set';

// The complaint time limits are rule-set parameters: every rule set carries them with their
// articles, the remote-area extension follows the unit's flag, and a province can override them.

const remote = { isRemoteArea: true, isComplex: false };
const remoteComplex = { isRemoteArea: true, isComplex: true };

describe('complaint time limits in the rule set', () => {
  it('every rule set carries them, each limit citing its article and how it is counted', () => {
    for (const rs of RULE_SETS) {
      const limits = rs.params.complaintTimeLimits;
      for (const kind of ['KHIEU_NAI', 'TO_CAO'] as const) {
        for (const step of ['ACCEPTANCE', 'RESOLUTION'] as const) {
          expect(limits[kind][step].citation, `${rs.id} ${kind} ${step}`).toMatch(/Luật .* 20\d\d, Điều \d+/);
          expect(['CALENDAR', 'WORKING']).toContain(limits[kind][step].count);
        }
      }
    }
  });

  it('a complaint about a remote-area unit gets 45 days, 60 when complex, counted in calendar days (Điều 28)', () => {
    const limits = ruleSetAt('2026-03-02').params.complaintTimeLimits;
    // Accepted Monday 2026-03-02: + 45 days = Thursday 2026-04-16.
    expect(stepDeadline('KHIEU_NAI', 'RESOLUTION', '2026-03-02', remote, limits)).toEqual({
      dueOn: '2026-04-16',
      days: 45,
      count: 'CALENDAR',
      citation: 'Luật Khiếu nại 2011, Điều 28',
    });
    // + 60 days = Friday 2026-05-01, Labour Day, and Saturday, Sunday follow: Monday 2026-05-04.
    expect(stepDeadline('KHIEU_NAI', 'RESOLUTION', '2026-03-02', remoteComplex, limits).dueOn).toBe(
      '2026-05-04',
    );
    // Acceptance has no remote-area rule: 10 days everywhere (Điều 27).
    expect(stepDeadline('KHIEU_NAI', 'ACCEPTANCE', '2026-03-02', remote, limits).days).toBe(10);
  });

  it('a denunciation about a remote-area unit gets no extension: the Law on Denunciations has none', () => {
    const limits = ruleSetAt('2026-03-06').params.complaintTimeLimits;
    expect(stepDeadline('TO_CAO', 'RESOLUTION', '2026-03-02', remote, limits).days).toBe(30);
    // 7 working days from Friday 2026-03-06, wherever the unit is: Tuesday 2026-03-17.
    expect(stepDeadline('TO_CAO', 'ACCEPTANCE', '2026-03-06', remote, limits).dueOn).toBe('2026-03-17');
  });

  it('a province overrides a limit like any other parameter; the others keep the law', () => {
    const base = ruleSetAt('2026-03-02');
    const raw = {
      complaintTimeLimits: {
        KHIEU_NAI: {
          ACCEPTANCE: base.params.complaintTimeLimits.KHIEU_NAI.ACCEPTANCE,
          RESOLUTION: { ...base.params.complaintTimeLimits.KHIEU_NAI.RESOLUTION, remoteDays: 50 },
        },
      },
    };
    const checked = validateOverrides(base, raw);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const limits = ruleSetWithOverrides(base, checked.overrides).params.complaintTimeLimits;
    expect(stepDeadline('KHIEU_NAI', 'RESOLUTION', '2026-03-02', remote, limits).days).toBe(50);
    expect(limits.TO_CAO).toEqual(base.params.complaintTimeLimits.TO_CAO);
    expect(validateOverrides(base, { complaintTimeLimits: { KHIEU_NAI: 10 } }).ok).toBe(false);
  });
});
