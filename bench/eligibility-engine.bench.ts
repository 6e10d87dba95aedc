import { evaluateAll } from '@vinhdanh/domain/rules/engine';
import { prepareHistory } from '@vinhdanh/domain/rules/history';
import { ruleSetAt } from '@vinhdanh/domain/rules/registry';
import { syntheticHistories } from './synthetic-history';

/**
 * Engine alone, one core: every individual award for 100,000 subjects with 20-year
 * histories. Baseline in the same run: only indexing the same histories
 * (prepareHistory), the step every evaluation starts from.
 */
export function benchEngine(subjects = 100_000) {
  const year = 2025;
  const ruleSet = ruleSetAt('2025-12-31');
  const histories = syntheticHistories(subjects, year);
  const records = histories.reduce(
    (s, h) => s + (h.ratings?.length ?? 0) + (h.awards?.length ?? 0) + (h.initiatives?.length ?? 0),
    0,
  );

  let t = performance.now();
  let indexed = 0;
  for (const h of histories) indexed += prepareHistory(h).subjectType === 'individual' ? 1 : 0;
  const baselineMs = performance.now() - t;

  t = performance.now();
  let evaluations = 0;
  let eligible = 0;
  for (const h of histories) {
    for (const v of evaluateAll(prepareHistory(h), year, ruleSet, { explain: false })) {
      evaluations += 1;
      if (v.eligible) eligible += 1;
    }
  }
  const engineMs = performance.now() - t;

  // The explained pass times a sample; below 10,000 subjects it is all of them (it read past the end).
  const explained = Math.min(10_000, histories.length);
  t = performance.now();
  for (let i = 0; i < explained; i++) evaluateAll(histories[i]!, year, ruleSet);
  const explainedMs = performance.now() - t;
  const explainedEvaluations = (evaluations / subjects) * explained;

  return {
    subjects,
    records,
    indexed,
    evaluations,
    eligible,
    evaluationsPerSecond: Math.round(evaluations / (engineMs / 1000)),
    explainedPerSecond: Math.round(explainedEvaluations / (explainedMs / 1000)),
    engineMs,
    baselineMs,
  };
}
