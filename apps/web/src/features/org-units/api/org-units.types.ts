import type { Schema } from '../../../lib/api/client';

// Aliases of the schemas generated from the OpenAPI document.
export type OrgUnit = Schema<'OrgUnit'>;
export type OrgUnitDetail = Schema<'OrgUnitDetail'>;
export type LineageEntry = OrgUnitDetail['predecessors'][number];
export type OrgUnitHistoryItem = Schema<'OrgUnitHistory'>['items'][number];
