// What a form can count, and the fields a filter may read on each. The server maps each field to a
// SQL expression; a definition naming another field is refused when it is loaded.

export const REPORT_SOURCES = {
  AWARD: [
    'subjectType',
    'awardCode',
    'kind',
    'leaderLevel',
    'isEnterprise',
    'tenantKind',
    'gender',
    'isMinority',
    'isGrassroots',
  ],
  MOVEMENT: ['level', 'scope', 'form', 'duration'],
} as const;
export type ReportSource = keyof typeof REPORT_SOURCES;

/** Duration buckets of form 0601 (rows 06–10); the SQL derives them from the start and end dates. */
export const MOVEMENT_DURATIONS = ['DUOI_1_NAM', 'MOT_NAM', 'TU_1_DEN_3', 'TU_3_DEN_5', 'TU_5_NAM'] as const;
