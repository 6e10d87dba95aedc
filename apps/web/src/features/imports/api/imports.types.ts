import type { Schema } from '../../../lib/api/client';

export const IMPORT_KINDS = ['people', 'ratings', 'initiatives', 'awards'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

// Aliases of the schemas generated from the OpenAPI document.
export type ImportJob = Schema<'ImportJob'>;
export type ImportProblem = ImportJob['report']['problems'][number];
export type ImportMatch = ImportJob['report']['matches'][number];
