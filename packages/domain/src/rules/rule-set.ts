// A RuleSet: one dated bundle of catalogue, criteria, quotas, money, dossier and council rules.
import { buildAwardCriteria, type CriteriaBySubject } from './award-criteria';
import { CATALOGUE, type CatalogueEntry } from './catalogue';
import type { Citations } from './citations';
import type { CouncilVoteRule, DeciderRole, PayerLevel, RuleParams, TenantOverrides } from './params';
import { AWARD_CODES, type AwardCode, type IsoDate } from './types';

export type RuleSetDefinition = {
  readonly id: string;
  readonly name: string;
  /** Inclusive. */
  readonly effectiveFrom: IsoDate;
  /** Inclusive; null: still in force. */
  readonly effectiveTo: IsoDate | null;
  readonly sources: readonly string[];
  readonly citations: Citations;
  readonly defaults: RuleParams;
};

export type AwardRule = CatalogueEntry & {
  readonly criteria: CriteriaBySubject;
  readonly citation: string;
  readonly coefficient: number | null;
  readonly moneyCitation: string;
  /** Collective amount = multiplier × individual amount. */
  readonly collectiveMultiplier: number;
  /** Household amount = multiplier × individual amount (ND 152, Điều 54). */
  readonly householdMultiplier: number;
  readonly deciders: readonly DeciderRole[];
  readonly payer: PayerLevel;
  readonly dossier: readonly string[];
  readonly councilVote: CouncilVoteRule | null;
  readonly publicComment: boolean;
};

export type RuleSet = Omit<RuleSetDefinition, 'defaults'> & {
  readonly definition: RuleSetDefinition;
  readonly params: RuleParams;
  readonly awards: Readonly<Record<AwardCode, AwardRule>>;
  readonly overridden: boolean;
};

const TITLE_DOSSIER = ['Tờ trình đề nghị', 'Báo cáo thành tích', 'Biên bản bình xét thi đua'];
const COMMENDATION_DOSSIER = ['Tờ trình đề nghị', 'Báo cáo thành tích', 'Biên bản xét khen thưởng'];
const INITIATIVE_PROOF = 'Chứng nhận, xác nhận sáng kiến, đề tài (hoặc kết quả đánh giá, xếp loại)';
const STATE_DECIDERS: readonly DeciderRole[] = ['THU_TUONG', 'CHU_TICH_NUOC'];

function dossierFor(code: AwardCode, entry: CatalogueEntry, p: RuleParams): readonly string[] {
  const base = entry.category === 'DANH_HIEU' ? [...TITLE_DOSSIER] : [...COMMENDATION_DOSSIER];
  if (code === 'CSTDCS' || code === 'CSTD_BO_TINH' || code === 'CSTDTQ') base.push(INITIATIVE_PROOF);
  return [...base, ...(p.extraDossier[code] ?? [])];
}

export function buildRuleSet(
  definition: RuleSetDefinition,
  params: RuleParams = definition.defaults,
): RuleSet {
  const criteria = buildAwardCriteria(params, definition.citations);
  const awards = {} as Record<AwardCode, AwardRule>;
  for (const code of AWARD_CODES) {
    const entry = CATALOGUE[code];
    const deciders = params.deciders[code];
    awards[code] = {
      ...entry,
      name: params.names[code] ?? entry.name,
      criteria: criteria[code],
      citation: definition.citations.award[code],
      coefficient: params.coefficients[code],
      moneyCitation: definition.citations.money[code],
      collectiveMultiplier: params.collectiveMultiplierAwards.includes(code)
        ? params.collectiveMultiplier
        : 1,
      householdMultiplier: params.householdMultiplierAwards.includes(code) ? params.householdMultiplier : 1,
      deciders,
      payer: deciders.some((d) => STATE_DECIDERS.includes(d)) ? params.stateAwardPayer : 'DECIDING_LEVEL',
      dossier: dossierFor(code, entry, params),
      councilVote: params.councilVotes[code] ?? null,
      publicComment: params.publicComment.includes(code),
    };
  }
  const { defaults: _defaults, ...meta } = definition;
  return { ...meta, definition, params, awards, overridden: params !== definition.defaults };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The rule set with a tenant's parameters applied (records merge one level deep). */
export function ruleSetWithOverrides(ruleSet: RuleSet, overrides: TenantOverrides): RuleSet {
  const merged: Record<string, unknown> = { ...ruleSet.params };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    const base = merged[key];
    merged[key] = isRecord(value) && isRecord(base) ? { ...base, ...value } : value;
  }
  return buildRuleSet(ruleSet.definition, merged as RuleParams);
}
