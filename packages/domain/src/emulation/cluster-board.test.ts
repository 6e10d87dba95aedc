import { describe, expect, it } from 'vitest';
import { buildBoard, type ScoreCell } from './cluster-board';
import type { TemplateCriterion } from './scoring';

const criteria: TemplateCriterion[] = [
  { id: 'a', code: '1', name: 'Công tác chuyên môn', groupName: 'I', kind: 'STANDARD', maxPoints: 60 },
  { id: 'b', code: '2', name: 'Công tác thi đua', groupName: 'I', kind: 'STANDARD', maxPoints: 40 },
];
const members = [
  { unitId: 'x', name: 'Sở Xây dựng' },
  { unitId: 'y', name: 'Sở Y tế' },
  { unitId: 'z', name: 'Sở Tư pháp' },
];
const cell = (
  memberUnitId: string,
  assessorUnitId: string,
  criterionId: string,
  value: number,
  status: ScoreCell['status'] = 'SUBMITTED',
): ScoreCell => ({
  criterionId,
  memberUnitId,
  assessorUnitId,
  kind: memberUnitId === assessorUnitId ? 'SELF' : 'CROSS',
  value,
  status,
});

describe('buildBoard', () => {
  it('ranks by the cross-score when there is one, else the self-score, and lists who has not submitted', () => {
    const cells = [
      cell('x', 'x', 'a', 60),
      cell('x', 'x', 'b', 40),
      cell('x', 'y', 'a', 50),
      cell('x', 'y', 'b', 30),
      cell('y', 'y', 'a', 55),
      cell('y', 'y', 'b', 35),
      cell('z', 'z', 'a', 10, 'DRAFT'),
    ];
    const board = buildBoard(criteria, members, cells, 'CROSS_SCORE', 10);
    expect(board.ranking.map((r) => [r.unitId, r.total, r.rank])).toEqual([
      ['y', 90, 1],
      ['x', 80, 2],
      ['z', 10, 3],
    ]);
    expect(board.ranking.find((r) => r.unitId === 'x')?.selfTotal).toBe(100);
    expect(board.notSubmitted.map((m) => m.unitId)).toEqual(['z']);
  });

  it('flags an assessor far from the others on the same member', () => {
    const cells = ['p', 'q', 'r'].flatMap((a, i) => [
      cell('x', a, 'a', i === 2 ? 10 : 55),
      cell('x', a, 'b', i === 2 ? 5 : 35),
    ]);
    const board = buildBoard(criteria, members, cells, 'SHARED', 15);
    expect(board.outliers.map((o) => o.assessorId)).toEqual(['r']);
  });
});
