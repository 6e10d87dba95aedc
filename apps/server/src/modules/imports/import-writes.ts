import type { Tx } from '../../db/client';
import { insertUnnest } from './imports.repository';

// Column lists of the bulk inserts, in the order the planner fills each row.
export const WRITE_COLUMNS = {
  person: [
    ['tenant_id', 'uuid'],
    ['id', 'uuid'],
    ['unit_id', 'uuid'],
    ['full_name', 'text'],
    ['name_search', 'text'],
    ['name_sort', 'text'],
    ['gender', 'text'],
    ['birth_date', 'date'],
    ['ethnicity', 'text'],
    ['citizen_id', 'text'],
    ['position', 'text'],
    ['subject_group', 'text'],
    ['recruited_on', 'date'],
  ],
  person_employment: [
    ['tenant_id', 'uuid'],
    ['id', 'uuid'],
    ['person_id', 'uuid'],
    ['unit_id', 'uuid'],
    ['position', 'text'],
    ['from_date', 'date'],
  ],
  annual_rating: [
    ['tenant_id', 'uuid'],
    ['id', 'uuid'],
    ['subject_type', 'text'],
    ['subject_id', 'uuid'],
    ['year', 'int4'],
    ['rating', 'text'],
    ['source_doc', 'text'],
  ],
  decision: [
    ['tenant_id', 'uuid'],
    ['id', 'uuid'],
    ['number', 'text'],
    ['signed_on', 'date'],
    ['issuer', 'text'],
    ['signer', 'text'],
  ],
  award: [
    ['tenant_id', 'uuid'],
    ['id', 'uuid'],
    ['subject_type', 'text'],
    ['subject_id', 'uuid'],
    ['award_code', 'text'],
    ['kind', 'text'],
    ['year', 'int4'],
    ['period_start_year', 'int4'],
    ['decision_id', 'uuid'],
    ['decision_number', 'text'],
    ['decision_date', 'date'],
    ['amount_vnd', 'int4'],
    ['achievement', 'text'],
  ],
  initiative: [
    ['tenant_id', 'uuid'],
    ['id', 'uuid'],
    ['title', 'text'],
    ['type', 'text'],
    ['scope', 'text'],
    ['year', 'int4'],
    ['unit_id', 'uuid'],
    ['recognized_by', 'text'],
    ['decision_number', 'text'],
    ['decision_date', 'date'],
  ],
  initiative_author: [
    ['tenant_id', 'uuid'],
    ['initiative_id', 'uuid'],
    ['person_id', 'uuid'],
    ['share_pct', 'int4'],
  ],
} as const;

export type WriteTable = keyof typeof WRITE_COLUMNS;
export type Writes = Record<WriteTable, unknown[][]>;

/** Parents before children, so foreign keys hold at every statement. */
const ORDER: WriteTable[] = [
  'person',
  'person_employment',
  'annual_rating',
  'decision',
  'award',
  'initiative',
  'initiative_author',
];

export function emptyWrites(): Writes {
  return {
    person: [],
    person_employment: [],
    annual_rating: [],
    decision: [],
    award: [],
    initiative: [],
    initiative_author: [],
  };
}

export function countWrites(writes: Writes): Record<WriteTable, number> {
  return Object.fromEntries(ORDER.map((t) => [t, writes[t].length])) as Record<WriteTable, number>;
}

export async function applyWrites(tx: Tx, writes: Writes): Promise<void> {
  for (const table of ORDER) {
    if (writes[table].length) await insertUnnest(tx, table, WRITE_COLUMNS[table], writes[table]);
  }
}
