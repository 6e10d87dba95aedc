// The cluster's scoreboard: totals per member, ranking and progress, computed from score cells.
import type { ScoreKind, ScoreStatus, SheetStatus } from './cluster';
import { detectOutliers, type OutlierFlag } from './outliers';
import { type Ranked, type RankInput, rankMembers, type TieBreak } from './ranking';
import { clampScore, type TemplateCriterion, totalScore } from './scoring';

export type ScoreCell = {
  readonly criterionId: string;
  readonly memberUnitId: string;
  readonly assessorUnitId: string;
  readonly kind: ScoreKind;
  readonly value: number;
  readonly status: ScoreStatus;
};

export type BoardMember = { readonly unitId: string; readonly name: string };

export type BoardRow = RankInput & {
  readonly selfTotal: number | null;
  readonly selfStatus: SheetStatus;
  /** Cross sheets submitted for this member. */
  readonly crossSheets: number;
};

export type Board = {
  ranking: Ranked<BoardRow>[];
  notSubmitted: BoardMember[];
  outliers: OutlierFlag[];
};

function sheetStatus(cells: readonly ScoreCell[]): SheetStatus {
  if (cells.length === 0) return 'NONE';
  return cells.every((c) => c.status === 'SUBMITTED') ? 'SUBMITTED' : 'DRAFT';
}

function valuesOf(cells: readonly ScoreCell[]): Map<string, number> {
  return new Map(cells.map((c) => [c.criterionId, c.value]));
}

/** Per criterion, the mean of the assessors' values (each clamped first). */
function meanValues(
  criteria: readonly TemplateCriterion[],
  sheets: readonly ScoreCell[][],
): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of criteria) {
    const vs = sheets.flatMap((s) =>
      s.filter((x) => x.criterionId === c.id).map((x) => clampScore(x.value, c.maxPoints)),
    );
    if (vs.length) out.set(c.id, Math.round((vs.reduce((a, b) => a + b, 0) / vs.length) * 100) / 100);
  }
  return out;
}

function pointsOfKind(
  criteria: readonly TemplateCriterion[],
  values: Map<string, number>,
  kind: TemplateCriterion['kind'],
) {
  return totalScore(
    criteria.filter((c) => c.kind === kind),
    values,
  );
}

/**
 * A member's result is the mean of its cross-scores per criterion when any assessor has scored
 * it (the regulation's thẩm định), and its own self-score otherwise. Draft cells count, so the
 * board shows progress while scoring goes on; the status columns say what is final.
 */
export function buildBoard(
  criteria: readonly TemplateCriterion[],
  members: readonly BoardMember[],
  cells: readonly ScoreCell[],
  tieBreak: TieBreak,
  outlierThreshold: number,
): Board {
  const rows: BoardRow[] = members.map((m) => {
    const mine = cells.filter((c) => c.memberUnitId === m.unitId);
    const self = mine.filter((c) => c.kind === 'SELF');
    const byAssessor = new Map<string, ScoreCell[]>();
    for (const c of mine.filter((x) => x.kind === 'CROSS'))
      byAssessor.set(c.assessorUnitId, [...(byAssessor.get(c.assessorUnitId) ?? []), c]);
    const crossSheets = [...byAssessor.values()];
    const values = crossSheets.length ? meanValues(criteria, crossSheets) : valuesOf(self);
    const total = totalScore(criteria, values);
    return {
      unitId: m.unitId,
      unitName: m.name,
      total,
      crossTotal: crossSheets.length ? total : null,
      standardPoints: pointsOfKind(criteria, values, 'STANDARD'),
      penaltyPoints: pointsOfKind(criteria, values, 'PENALTY'),
      selfTotal: self.length ? totalScore(criteria, valuesOf(self)) : null,
      selfStatus: sheetStatus(self),
      crossSheets: crossSheets.filter((s) => sheetStatus(s) === 'SUBMITTED').length,
    };
  });
  const crossTotals = new Map<string, { assessorId: string; memberId: string; total: number }>();
  for (const c of cells.filter((x) => x.kind === 'CROSS')) {
    const key = `${c.assessorUnitId}|${c.memberUnitId}`;
    if (!crossTotals.has(key)) {
      const sheet = cells.filter(
        (x) =>
          x.kind === 'CROSS' && x.assessorUnitId === c.assessorUnitId && x.memberUnitId === c.memberUnitId,
      );
      crossTotals.set(key, {
        assessorId: c.assessorUnitId,
        memberId: c.memberUnitId,
        total: totalScore(criteria, valuesOf(sheet)),
      });
    }
  }
  return {
    ranking: rankMembers(rows, tieBreak),
    notSubmitted: rows
      .filter((r) => r.selfStatus !== 'SUBMITTED')
      .map((r) => ({ unitId: r.unitId, name: r.unitName })),
    outliers: detectOutliers([...crossTotals.values()], outlierThreshold),
  };
}
