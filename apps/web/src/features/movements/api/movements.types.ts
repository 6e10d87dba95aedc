import type { Schema } from '../../../lib/api/client';

// Generated from the server's OpenAPI document (`npm run api:types`), never hand-written.
export type MovementSummary = Schema<'MovementSummary'>;
export type MovementDetail = Schema<'MovementDetail'>;
export type CreateMovementInput = Schema<'CreateMovementInput'>;
