// The catalogue in force for a tenant: the law's titles and forms (the engine's chains), the state awards
// (Huân chương, Huy chương, honorary titles, Kỷ niệm chương) and the province's own (issue 12, rule 12).
// Award codes are not a closed list any more: proposals, movements, records and documents ask this
// catalogue whether a code exists and what it is called, instead of an enum of the law's codes.

import type { AwardCategory, AwardLevel } from './catalogue';
import type { RuleSet } from './rule-set';
import { STATE_AWARDS, stateAward } from './state-awards';
import { isLawAwardCode, type TenantAward } from './tenant-awards';
import type { SubjectType } from './types';

export type AwardSource = 'LAW' | 'STATE' | 'TENANT';

export type CatalogueAward = {
  readonly code: string;
  readonly name: string;
  readonly category: AwardCategory;
  readonly level: AwardLevel;
  readonly subjectTypes: readonly SubjectType[];
  /** LAW: the engine's chains; STATE: judged by the council; TENANT: the province's own regulation. */
  readonly source: AwardSource;
  /** The engine evaluates it and the workflow can route it (it has criteria and deciders in the rule set). */
  readonly proposable: boolean;
  /** false: a province's version no longer (or not yet) in force, found only to print its name. */
  readonly inForce: boolean;
};

/** Looks a code up; undefined when the catalogue does not know it. */
export type AwardLookup = (code: string) => CatalogueAward | undefined;

function fromRuleSet(ruleSet: RuleSet, code: string): CatalogueAward | undefined {
  if (!Object.hasOwn(ruleSet.awards, code)) return undefined;
  const rule = ruleSet.awards[code as keyof RuleSet['awards']];
  return {
    code,
    name: rule.name,
    category: rule.category,
    level: rule.level,
    subjectTypes: rule.subjectTypes,
    source: isLawAwardCode(code) ? 'LAW' : 'TENANT',
    proposable: true,
    inForce: true,
  };
}

function fromState(code: string): CatalogueAward | undefined {
  const s = stateAward(code);
  if (!s) return undefined;
  const { name, category, level, subjectTypes } = s;
  return { code, name, category, level, subjectTypes, source: 'STATE', proposable: false, inForce: true };
}

/** The latest version of a province's code, for a record dated outside every version's dates. */
function fromTenant(awards: readonly TenantAward[], code: string): CatalogueAward | undefined {
  let latest: TenantAward | undefined;
  for (const a of awards) if (a.code === code && (!latest || a.version > latest.version)) latest = a;
  if (!latest) return undefined;
  const { name, category, level, subjectTypes } = latest;
  return { code, name, category, level, subjectTypes, source: 'TENANT', proposable: false, inForce: false };
}

/**
 * The catalogue of `ruleSet` (the rule set in force on a date, with the tenant's awards in force merged in
 * by `withTenantAwards`). `anyVersion` lets names of a province's awards no longer (or not yet) in force
 * still be found, for printing old records; validation of new data leaves it out.
 */
export function awardLookup(ruleSet: RuleSet, anyVersion: readonly TenantAward[] = []): AwardLookup {
  return (code) => fromRuleSet(ruleSet, code) ?? fromState(code) ?? fromTenant(anyVersion, code);
}

/** Every award of the catalogue in force, the engine's first (in the rule set's order), then the state's. */
export function catalogueAwards(ruleSet: RuleSet): CatalogueAward[] {
  const engine = Object.keys(ruleSet.awards).flatMap((code) => fromRuleSet(ruleSet, code) ?? []);
  const known = new Set(engine.map((a) => a.code));
  const state = STATE_AWARDS.filter((s) => !known.has(s.code)).flatMap((s) => fromState(s.code) ?? []);
  return [...engine, ...state];
}

/** The name to print: the catalogue's, or the bare code when nothing knows it (never a crash). */
export const awardNameIn = (lookup: AwardLookup, code: string): string => lookup(code)?.name ?? code;
