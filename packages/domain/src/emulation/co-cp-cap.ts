// The cap on Cờ thi đua của Chính phủ proposals from a ministry or province: at most a share of
// its cluster and bloc leaders (CV 5007/BNV-TĐKT 05/9/2023: 20%), rounded as the rule set says.
// The share and the rounding are rule-set parameters, never constants here.
import { checkQuotas, type QuotaResult } from '../rules/quota';
import type { RuleSet } from '../rules/rule-set';

export type CoCpCap = { limit: number | null; result: QuotaResult | null; ok: boolean };

/** How many of `clusterLeaders` leading units may go forward for Cờ CP, and whether `proposed` fits. */
export function checkCoCpCap(ruleSet: RuleSet, clusterLeaders: number, proposed: number): CoCpCap {
  const [result] = checkQuotas(ruleSet, { clusterLeaders, proposed: { CO_CP: proposed } }, true).filter(
    (q) => q.award === 'CO_CP' && q.basis === 'CLUSTER_LEADERS',
  );
  // No quota in the rule set means the law sets no cap for that period.
  if (!result) return { limit: null, result: null, ok: true };
  return { limit: result.limit, result, ok: result.ok };
}
