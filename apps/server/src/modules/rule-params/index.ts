// What other modules use of rule-params: its public surface (ARCHITECTURE.md, "How to add a module").

export type { AwardNamer } from './award-catalogue';
export { awardNamerCache, loadAwardNamer, requireAward } from './award-catalogue';
export type { TenantRuleSets } from './tenant-rule-set';
export { loadTenantRuleSets } from './tenant-rule-set';
