// An emulation cluster or block (cụm, khối thi đua), organised by a province or by the centre; its members
// score themselves and each other. The lists are the API's and the tables' closed values.

export const CLUSTER_KINDS = ['CUM', 'KHOI'] as const;
export type ClusterKind = (typeof CLUSTER_KINDS)[number];

export const CLUSTER_ORGANISER_LEVELS = ['TINH', 'TRUNG_UONG'] as const;
export type ClusterOrganiserLevel = (typeof CLUSTER_ORGANISER_LEVELS)[number];

/** A member scores itself (SELF) and the assessor units score it (CROSS). */
export const SCORE_KINDS = ['SELF', 'CROSS'] as const;
export type ScoreKind = (typeof SCORE_KINDS)[number];

export const SCORE_STATUSES = ['DRAFT', 'SUBMITTED'] as const;
export type ScoreStatus = (typeof SCORE_STATUSES)[number];

/** A sheet (one member by one assessor) is NONE until it has a cell, SUBMITTED once every cell is. */
export const SHEET_STATUSES = ['NONE', ...SCORE_STATUSES] as const;
export type SheetStatus = (typeof SHEET_STATUSES)[number];
