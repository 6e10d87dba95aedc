import { describe, expect, it } from 'vitest';
import { compareWork, daysLeft, type WorkOrderKey, workKindsFor } from './my-work';

describe('my work', () => {
  it('gives each role its own kinds and an administrator none of the office work', () => {
    // A unit officer also fixes an exemplary model the office returned (issue 16, docs/models.md).
    expect(workKindsFor(['UNIT_OFFICER'])).toEqual([
      'PROPOSAL_RETURNED',
      'PROPOSAL_TO_SUBMIT',
      'MODEL_RETURNED',
    ]);
    expect(workKindsFor(['COUNCIL_MEMBER'])).toEqual(['BALLOT_TO_CAST']);
    // An inspector follows up the recommendations of its inspections (docs/inspections.md).
    expect(workKindsFor(['INSPECTOR'])).toEqual(['INSPECTION_FOLLOW_UP']);
    expect(workKindsFor(['LEADER'])).toEqual([
      'MINUTES_TO_CONFIRM',
      'DECISION_TO_SIGN',
      'EXTERNAL_DECISION_TO_RECORD',
    ]);
    expect(workKindsFor(['TENANT_ADMIN', 'VIEWER'])).toEqual([]);
  });

  it('counts working days for dossier steps and calendar days otherwise', () => {
    // Friday 2026-12-04 → Monday 2026-12-07: one working day, three calendar days.
    expect(daysLeft('2026-12-04', '2026-12-07', 'WORKING')).toBe(1);
    expect(daysLeft('2026-12-04', '2026-12-07', 'CALENDAR')).toBe(3);
    expect(daysLeft('2026-12-07', '2026-12-04', 'WORKING')).toBe(-1);
    expect(daysLeft('2026-12-07', '2026-12-04', 'CALENDAR')).toBe(-3);
  });

  it('puts overdue work first, then the nearest deadline, then work without one', () => {
    const w = (title: string, dueOn: string | null): WorkOrderKey => ({
      title,
      dueOn,
      kind: 'PROPOSAL_TO_APPRAISE',
    });
    const sorted = [
      w('không hạn', null),
      w('sau', '2026-12-20'),
      w('quá hạn', '2026-12-01'),
      w('gần', '2026-12-05'),
    ]
      .sort((a, b) => compareWork('2026-12-03', a, b))
      .map((x) => x.title);
    expect(sorted).toEqual(['quá hạn', 'gần', 'sau', 'không hạn']);
  });
});
