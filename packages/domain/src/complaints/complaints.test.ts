import { describe, expect, it } from 'vitest';
import { ruleSetAt } from '../rules/registry';
import { nextComplaintState } from './complaint-flow';
import {
  type ComplaintKind,
  type ComplaintStep,
  type DeadlineCase,
  stepDeadline as stepDeadlineOf,
} from './time-limits';

const plain = { isRemoteArea: false, isComplex: false };
// The limits of the rule set in force on the day the case was received.
const stepDeadline = (kind: ComplaintKind, step: ComplaintStep, from: string, c: DeadlineCase) =>
  stepDeadlineOf(kind, step, from, c, ruleSetAt(from).params.complaintTimeLimits);

describe('complaint time limits', () => {
  it('counts a complaint resolution in calendar days from acceptance (Luật Khiếu nại 2011, Điều 28)', () => {
    // 2026-03-02 + 30 days = 2026-04-01, a Wednesday.
    expect(stepDeadline('KHIEU_NAI', 'RESOLUTION', '2026-03-02', plain)).toMatchObject({
      dueOn: '2026-04-01',
      days: 30,
      citation: 'Luật Khiếu nại 2011, Điều 28',
    });
  });
  it('extends a complaint in a remote area to 45 days, 60 when complex; denunciations have no such rule', () => {
    expect(
      stepDeadline('KHIEU_NAI', 'RESOLUTION', '2026-03-02', { isRemoteArea: true, isComplex: false }).days,
    ).toBe(45);
    expect(
      stepDeadline('KHIEU_NAI', 'RESOLUTION', '2026-03-02', { isRemoteArea: true, isComplex: true }).days,
    ).toBe(60);
    expect(
      stepDeadline('KHIEU_NAI', 'RESOLUTION', '2026-03-02', { isRemoteArea: false, isComplex: true }).days,
    ).toBe(45);
    expect(
      stepDeadline('TO_CAO', 'RESOLUTION', '2026-03-02', { isRemoteArea: true, isComplex: false }).days,
    ).toBe(30);
  });
  it('moves a calendar-day limit that ends on a day off to the next working day', () => {
    // 2026-03-07 + 30 days = 2026-04-06 (Monday); 2026-03-05 + 30 = 2026-04-04, a Saturday → Monday 06.
    expect(stepDeadline('KHIEU_NAI', 'RESOLUTION', '2026-03-05', plain).dueOn).toBe('2026-04-06');
  });
  it('counts the initial handling of a denunciation in working days (Luật Tố cáo 2018, Điều 24)', () => {
    // Friday 2026-03-06 + 7 working days = Tuesday 2026-03-17.
    expect(stepDeadline('TO_CAO', 'ACCEPTANCE', '2026-03-06', plain)).toMatchObject({
      dueOn: '2026-03-17',
      count: 'WORKING',
    });
    expect(ruleSetAt('2026-03-06').params.complaintTimeLimits.TO_CAO.RESOLUTION.citation).toContain(
      'Điều 30',
    );
  });
});

describe('complaint flow', () => {
  it('classifies, accepts, verifies and concludes; never backwards', () => {
    expect(nextComplaintState('RECEIVED', { type: 'classify', kind: 'TO_CAO', isCompetent: true })).toEqual({
      ok: true,
      state: 'CLASSIFIED',
    });
    expect(nextComplaintState('RECEIVED', { type: 'classify', kind: 'TO_CAO', isCompetent: false })).toEqual({
      ok: true,
      state: 'TRANSFERRED',
    });
    expect(nextComplaintState('CLASSIFIED', { type: 'accept' })).toEqual({ ok: true, state: 'ACCEPTED' });
    expect(nextComplaintState('ACCEPTED', { type: 'conclude', outcome: 'REJECTED' })).toEqual({
      ok: true,
      state: 'CONCLUDED',
    });
    expect(nextComplaintState('CONCLUDED', { type: 'accept' })).toEqual({ ok: false });
    expect(nextComplaintState('TRANSFERRED', { type: 'accept' })).toEqual({ ok: false });
  });
});
