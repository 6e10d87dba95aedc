// The worked cases of law.md §13 as contract inputs with expectations (shared by engine and CLI tests).
import type { EligibilityCase } from './case';
import cases from './fixtures/law-cases.json';

export type LawCaseExpectation = {
  readonly eligible: boolean;
  readonly held?: boolean;
  readonly ruleSet?: string;
  readonly amountVnd?: number | null;
  /** Substrings that must appear in the text of a met reason. */
  readonly metIncludes?: readonly string[];
  /** Substrings that must appear in the text of an unmet reason. */
  readonly unmetIncludes?: readonly string[];
};

export type LawCase = {
  readonly id: string;
  readonly title: string;
  readonly case: EligibilityCase;
  readonly expect: LawCaseExpectation;
};

export const LAW_CASES = cases as unknown as readonly LawCase[];
