import type { QueryOf, Schema } from '../../../lib/api/client';

// Generated from the server's OpenAPI document (`npm run api:types`), never hand-written.
export type SubjectKind = 'PERSON' | 'COLLECTIVE';

export type RatingInput = Schema<'CreateRatingInput'>;
export type AwardInput = Schema<'CreateAwardInput'>;
export type InitiativeInput = Schema<'CreateInitiativeInput'>;
export type DisciplineInput = Schema<'CreateDisciplineInput'>;
export type HoldInput = Schema<'OpenHoldInput'>;
export type AwardHit = Schema<'AwardHit'>;
export type AwardSearch = QueryOf<'/awards'>;
