export type EligibilityReason = { met: boolean; text: string; citation: string };

export type EligibilityVerdict = {
  award: string;
  name: string;
  eligible: boolean;
  /** A hold (discipline, investigation) blocks any proposal, whatever the criteria say. */
  held: boolean;
  amountVnd: number | null;
  reasons: EligibilityReason[];
};

export type ForecastStatus = 'ELIGIBLE' | 'LATER' | 'NOT_WITHIN_HORIZON';

export type EligibilityForecast = {
  award: string;
  name: string;
  status: ForecastStatus;
  year: number | null;
  text: string;
};

export type SubjectEligibility = {
  subject: { id: string; type: 'individual' | 'collective'; name: string };
  year: number;
  ruleSet: string;
  verdicts: EligibilityVerdict[];
  forecast: EligibilityForecast[];
};

export type SuggestedSubject = {
  id: string;
  type: 'PERSON' | 'COLLECTIVE';
  name: string;
  unitName: string;
  isDirectWorker: boolean;
  /** ND 152, Điều 4.6: a woman, first among equals. */
  isWomenPriority: boolean;
  amountVnd: number | null;
};

export type UnitSuggestions = {
  year: number;
  ruleSet: string;
  /** How each list is ordered, with its articles. */
  order: string;
  awards: { award: string; name: string; subjects: SuggestedSubject[] }[];
};
