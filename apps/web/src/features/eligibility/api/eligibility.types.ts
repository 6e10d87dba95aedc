import type { Schema } from '../../../lib/api/client';

// Aliases of the schemas generated from the OpenAPI document.
export type SubjectEligibility = Schema<'Eligibility'>;
/** A hold (discipline, investigation) blocks any proposal, whatever the criteria say (`held`). */
export type EligibilityVerdict = SubjectEligibility['verdicts'][number];
export type EligibilityReason = EligibilityVerdict['reasons'][number];
export type EligibilityForecast = SubjectEligibility['forecast'][number];
export type ForecastStatus = EligibilityForecast['status'];
export type UnitSuggestions = Schema<'EligibilitySuggestions'>;
/** `isWomenPriority`: ND 152, Điều 4.6, a woman, first among equals. */
export type SuggestedSubject = UnitSuggestions['awards'][number]['subjects'][number];
